/** Strings of the composite guards and the profile radar (zh first; en has the same keys). */
export const zh = {} as const satisfies Record<string, string>;
export const en: Record<keyof typeof zh, string> = {};
