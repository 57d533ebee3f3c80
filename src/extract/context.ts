/** Sentence, clause, paragraph lead and heading around a position of the matching text. */
import type { Span } from './types';
import type { FigureContext } from './classify';

const SENTENCE_END = /[。;;!!??\n]/;
const CLAUSE_END = /[。;;!!??\n,,、::]/;
const ENUMERATOR = /^\s*(?:[一二三四五六七八九十]+[、是]|[((][一二三四五六七八九十\d]+[))]|\d+[.、.]|[))])/;

/** Sentences and clauses longer than this (text without punctuation) are cut: the work per figure stays bounded. */
export const MAX_REACH = 400;

export function spanAround(hay: string, start: number, end: number, stop: RegExp): Span {
  let s = start;
  while (s > 0 && start - s < MAX_REACH && !stop.test(hay[s - 1]!)) s--;
  let e = end;
  while (e < hay.length && e - end < MAX_REACH && !stop.test(hay[e]!)) e++;
  return { start: s, end: e };
}

export const sentenceSpan = (hay: string, start: number, end: number): Span => spanAround(hay, start, end, SENTENCE_END);
export const clauseSpan = (hay: string, start: number, end: number): Span => spanAround(hay, start, end, CLAUSE_END);

interface Line extends Span {
  heading: boolean;
}

/** Lines of the text; a heading is a short line, or one that opens with an enumerator and holds no full stop early. */
export function lines(hay: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const text of hay.split('\n')) {
    const t = text.trim();
    const heading = t.length > 0 && (t.length <= 40 ? !/。$/.test(t) || ENUMERATOR.test(t) : false);
    out.push({ start, end: start + text.length, heading });
    start += text.length + 1;
  }
  return out;
}

/** The paragraph's lead-in (first sentence of an enumerated paragraph) and the closest heading line above. */
function leadAndHeading(hay: string, all: readonly Line[], at: number, sentence: Span): { lead: string; heading: string } {
  // binary search: the last line starting at or before `at`
  let lo = 0;
  let hi = all.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (all[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  const i = lo;
  const line = all[i]!;
  let lead = '';
  const first = hay.slice(line.start, Math.min(line.end, line.start + 200));
  if (sentence.start > line.start) {
    // "(四)优化政务服务热线。" or a short opening sentence ("坚持数字赋能改革,着力提升政务服务效能。")
    const end = first.search(/[。;;]/);
    const length = end < 0 ? first.length : end;
    if (ENUMERATOR.test(first.slice(0, 12)) || length <= 40) lead = first.slice(0, Math.min(length, 40));
  }
  let heading = '';
  for (let j = i - 1; j >= 0 && i - j <= 200; j--) {
    const l = all[j]!;
    if (l.heading) {
      heading = hay.slice(l.start, l.end).trim();
      break;
    }
  }
  return { lead, heading };
}

export function figureContext(hay: string, all: readonly Line[], start: number, end: number): FigureContext & { sentence: Span; clause: Span } {
  const sentence = sentenceSpan(hay, start, end);
  const clause = clauseSpan(hay, start, end);
  const { lead, heading } = leadAndHeading(hay, all, start, sentence);
  return {
    sentence,
    clause,
    clauseBefore: hay.slice(clause.start, start),
    clauseAfter: hay.slice(end, clause.end),
    sentenceBefore: hay.slice(sentence.start, clause.start),
    sentenceAfter: hay.slice(clause.end, sentence.end),
    lead,
    heading,
  };
}
