/**
 * The part of a long report text the review shows beside the queue: the whole text up to WHOLE_CHARS characters,
 * else a window of lines around the focused sentence (the opening when nothing is focused), so that the page never
 * lays out millions of characters. Pure.
 */
export const WHOLE_CHARS = 60_000;
export const AROUND_CHARS = 6_000;

export interface TextWindow {
  start: number;
  end: number;
}

/** [start, end) of `text` to show for a focus at [at, atEnd); ends on line boundaries where there are some. */
export function textWindow(length: number, lineStart: (i: number) => number, lineEnd: (i: number) => number, at?: number, atEnd = at): TextWindow {
  if (length <= WHOLE_CHARS) return { start: 0, end: length };
  const from = at ?? 0;
  const to = Math.max(from, atEnd ?? from);
  const start = from - AROUND_CHARS <= 0 ? 0 : lineStart(from - AROUND_CHARS);
  const end = to + AROUND_CHARS >= length ? length : lineEnd(to + AROUND_CHARS);
  return { start, end };
}

/** textWindow over a string: a line starts after a newline and ends after the next one. */
export function windowOf(text: string, at?: number, atEnd?: number): TextWindow {
  return textWindow(
    text.length,
    (i) => text.lastIndexOf('\n', i) + 1,
    (i) => {
      const nl = text.indexOf('\n', i);
      return nl < 0 ? text.length : nl + 1;
    },
    at,
    atEnd,
  );
}
