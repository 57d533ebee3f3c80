/**
 * The outline of a report: its headings (第X部分, 一、, (一), 1., (1), 一是 …) with their levels. A heading sets the
 * area for what follows until the next heading of the same or a higher level; a figure reads the chain of headings
 * it stands under, innermost first. Inline list items (……;二是……) head the rest of their paragraph up to the next item.
 * Works on the matching text (simplified, half-width); one pass over the lines.
 */
import type { Span } from './types';

/** Levels, outermost first; an unnumbered short line heads what follows up to the next heading of any level. */
const NUMBERED: readonly [RegExp, number][] = [
  [/^第[一二三四五六七八九十\d]+(?:部分|章|篇)/, 0],
  [/^[一二三四五六七八九十]+[、.,,]/, 1],
  [/^\([一二三四五六七八九十]+\)/, 2],
  [/^\d{1,2}(?:[.、,](?!\d)|\s)/, 3],
  [/^(?:\(\d{1,2}\)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/, 4],
  [/^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,,、])/, 5],
];
const UNNUMBERED = 9;
/** inline items inside a paragraph: "……。二是……", "……;三是……" */
const INLINE_ITEM = /(?:^|[。;;::!!??])\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,,])/g;
const HEADING_END = /[。;;::!!??]/;
const MAX_HEADING = 40;

interface Heading extends Span {
  level: number;
}

export interface Outline {
  /** per line: its span in the text and the headings it stands under (outermost first, its own heading last) */
  lines: { start: number; end: number; chain: readonly Heading[]; items: readonly Span[] }[];
}

/** The heading part of a line that opens with one: up to its first full stop or colon, at most 40 characters. */
function headingSpan(hay: string, start: number, end: number): Span {
  let e = start;
  while (e < end && e - start < MAX_HEADING && !HEADING_END.test(hay[e]!)) e++;
  return { start, end: e };
}

function levelOf(t: string, lineStart: boolean): number | null {
  for (const [re, level] of NUMBERED) if (re.test(t)) return level;
  // a short line without a full stop: a heading without a number (titles, "主要成效")
  if (lineStart && t.length > 0 && t.length <= 30 && !/[。;;,,]/.test(t)) return UNNUMBERED;
  return null;
}

/**
 * Headings inside a line, where a text lost its line breaks ("……取得新成效。一、主要举措(一)加强组织领导。……"):
 * a section number right after a full stop or a heading's end.
 */
const INLINE_HEADING = /[。;;!!??::)\s]\s*(?=第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d))/g;

/** The parts of a line that each open with a heading (the first part starts the line). */
export function segmentsOf(text: string): number[] {
  const starts = [0];
  INLINE_HEADING.lastIndex = 0;
  for (let m = INLINE_HEADING.exec(text); m; m = INLINE_HEADING.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

export function outlineOf(hay: string): Outline {
  const out: Outline['lines'] = [];
  let stack: Heading[] = [];
  let start = 0;
  for (const line of hay.split('\n')) {
    const cuts = segmentsOf(line);
    cuts.forEach((cut, k) => {
      const segStart = start + cut;
      const end = k + 1 < cuts.length ? start + cuts[k + 1]! : start + line.length;
      const text = hay.slice(segStart, end);
      const lead = text.length - text.trimStart().length;
      const level = levelOf(text.trim(), k === 0);
      if (level !== null) {
        stack = stack.filter((h) => h.level < level && h.level !== UNNUMBERED);
        stack.push({ ...headingSpan(hay, segStart + lead, end), level });
      }
      const items: Span[] = [];
      INLINE_ITEM.lastIndex = 0;
      for (let m = INLINE_ITEM.exec(text); m; m = INLINE_ITEM.exec(text)) {
        const at = segStart + m.index + m[0].search(/[一二三四五六七八九十第]/);
        if (at > segStart + lead) items.push(headingSpan(hay, at, end));
        if (m[0].length === 0) INLINE_ITEM.lastIndex++;
      }
      out.push({ start: segStart, end, chain: stack, items });
    });
    start += line.length + 1;
  }
  return { lines: out };
}

/** The line holding `at` (binary search). */
function lineAt(o: Outline, at: number): number {
  let lo = 0;
  let hi = o.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (o.lines[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The headings a position stands under, innermost first: the inline item it follows in its paragraph, then the
 * headings of the outline (a heading's own text is not its own heading: a figure in "(二)受理案件12件" reads the
 * headings above it).
 */
export function headingsAt(o: Outline, at: number): Span[] {
  if (!o.lines.length) return [];
  const line = o.lines[lineAt(o, at)]!;
  const out: Span[] = [];
  for (let k = line.items.length - 1; k >= 0; k--) {
    const item = line.items[k]!;
    if (item.start <= at) {
      if (at >= item.end) out.push(item);
      break;
    }
  }
  for (let k = line.chain.length - 1; k >= 0; k--) {
    const h = line.chain[k]!;
    if (at < h.start || at >= h.end) out.push(h);
  }
  return out;
}
