/** Strings of the compare view: coverage in the pickers, figures one place reports, years (zh first; en has the same keys). */
export const zh = {} as const satisfies Record<string, string>;
export const en: Record<keyof typeof zh, string> = {};
