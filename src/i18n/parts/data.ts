/** Strings of the data feature: same keys in zh and en (the type checks it). */
export const zh = {
} as const satisfies Record<string, string>;
export const en: Record<keyof typeof zh, string> = {
};
