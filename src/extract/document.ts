/**
 * Where a figure's own words stand in the document: the phrase before it (back over 、 to the clause break, but not
 * over the figure before it), whether two sentences follow each other in a paragraph, and the names listed before
 * "分别为" for each group of joined figures.
 */
import { listedNames } from './relations';
import type { RawFigure, Span } from './types';

const PHRASE_BREAK = /[,;:。!?\n]/;
const JOIN = /(?:以及|并且|同时|和|及|与|并|、)/g;

/** The start of the phrase stating a figure's measure: "免提交、减材料5000余件" reads back over 、 to the comma. */
export function phraseStartOf(hay: string, start: number, prevEnd: number): number {
  let s = start;
  while (s > 0 && start - s < 60 && !PHRASE_BREAK.test(hay[s - 1]!)) s--;
  if (prevEnd > s && prevEnd <= start) {
    // "20多个监管应用场景以及130多个监测预警模型": the words before 以及 belong to the figure before
    s = prevEnd;
    const gap = hay.slice(prevEnd, start);
    let cut = -1;
    JOIN.lastIndex = 0;
    for (let m = JOIN.exec(gap); m; m = JOIN.exec(gap)) cut = m.index + m[0].length;
    if (cut >= 0) s = prevEnd + cut;
  }
  return s;
}

/** Two sentences of one paragraph, the second right after the first. */
export function adjacent(hay: string, a: Span, b: Span): boolean {
  return b.start >= a.end && b.start - a.end <= 2 && !hay.slice(a.end, b.start).includes('\n');
}

/** The names listed before "分别为" for each group of joined figures, by raw index. */
export function groupNames(hay: string, raws: readonly RawFigure[]): Map<number, Span> {
  const out = new Map<number, Span>();
  for (let i = 0; i < raws.length; ) {
    let j = i + 1;
    while (j < raws.length && raws[j]!.joined) j++;
    const first = raws[i]!;
    const listed = j - i >= 2 ? listedNames(hay, first.start, j - i, hay.slice(first.start, first.end)) : null;
    listed?.forEach((n, k) => out.set(i + k, n));
    i = j;
  }
  return out;
}
