/**
 * The opening of a long text, whose figures are shown first while the whole text is read: up to the end of the line
 * at or after OPENING_CHARS (the whole text when it is shorter). Pure.
 */
export const OPENING_CHARS = 150_000;

export function splitOpening(text: string, size = OPENING_CHARS): number {
  if (text.length <= size * 1.5) return text.length;
  const nl = text.indexOf('\n', size);
  return nl < 0 ? text.length : nl + 1;
}
