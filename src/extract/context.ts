/** Sentence, clause, paragraph lead and headings around a position of the matching text. */
import type { Span } from './types';
import { headingsAt, type Outline } from './outline';

const SENTENCE_END = /[。;;!!??\n]/;
const CLAUSE_END = /[。;;!!??\n,,、::]/;
const ENUMERATOR = /^\s*(?:[一二三四五六七八九十]+[、是]|[((][一二三四五六七八九十\d]+[))]|\d+[.、.]|[))])/;

/** Sentences and clauses longer than this (text without punctuation) are cut: the work per figure stays bounded. */
export const MAX_REACH = 400;

/** The positions of the stop characters of a text, found once: the span around a figure is two binary searches. */
export class Stops {
  private readonly at: number[] = [];
  private readonly length: number;

  constructor(hay: string, stop: RegExp) {
    this.length = hay.length;
    for (let i = 0; i < hay.length; i++) if (stop.test(hay[i]!)) this.at.push(i);
  }

  /** The span around [start, end) up to the nearest stop on each side, at most MAX_REACH beyond it. */
  around(start: number, end: number): Span {
    const a = this.at;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    const before = lo > 0 ? a[lo - 1]! + 1 : 0;
    lo = 0;
    hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    const after = lo < a.length ? a[lo]! : this.length;
    return { start: Math.max(before, start - MAX_REACH), end: Math.min(after, end + MAX_REACH) };
  }
}

export interface TextStops {
  sentences: Stops;
  clauses: Stops;
}

export const stopsOf = (hay: string): TextStops => ({ sentences: new Stops(hay, SENTENCE_END), clauses: new Stops(hay, CLAUSE_END) });

/** The stretches of text around a figure, nearest first, as strings (for patterns) and spans (for keyword hits). */
export interface FigureContext {
  sentence: Span;
  clause: Span;
  /** the figure's span */
  figure: Span;
  /** the clause holding the figure, split at the figure */
  clauseBefore: string;
  clauseAfter: string;
  /** the rest of the sentence before and after the clause */
  sentenceBefore: string;
  sentenceAfter: string;
  /** the paragraph's lead-in ("(四)优化政务服务热线。") when the figure stands later in the paragraph */
  lead: Span | null;
  /** the headings the figure stands under, innermost first (the lead excluded) */
  headings: Span[];
}

/** The paragraph's lead-in: its first sentence, when the paragraph is enumerated or that sentence is short. */
function leadOf(hay: string, outline: Outline, at: number, sentence: Span): Span | null {
  const lines = outline.lines;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  const line = lines[lo];
  if (!line || sentence.start <= line.start) return null;
  const first = hay.slice(line.start, Math.min(line.end, line.start + 200));
  // "(四)优化政务服务热线。" or a short opening sentence ("坚持数字赋能改革,着力提升政务服务效能。")
  const end = first.search(/[。;;]/);
  const length = end < 0 ? first.length : end;
  if (ENUMERATOR.test(first.slice(0, 12)) || length <= 40) return { start: line.start, end: line.start + Math.min(length, 40) };
  return null;
}

export function figureContext(hay: string, outline: Outline, stops: TextStops, start: number, end: number): FigureContext {
  const sentence = stops.sentences.around(start, end);
  const clause = stops.clauses.around(start, end);
  const lead = leadOf(hay, outline, start, sentence);
  const headings = headingsAt(outline, start).filter((h) => !lead || h.start !== lead.start);
  return {
    sentence,
    clause,
    figure: { start, end },
    clauseBefore: hay.slice(clause.start, start),
    clauseAfter: hay.slice(end, clause.end),
    sentenceBefore: hay.slice(sentence.start, clause.start),
    sentenceAfter: hay.slice(clause.end, sentence.end),
    lead,
    headings,
  };
}
