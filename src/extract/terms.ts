/**
 * A multi-word matcher: finds every occurrence of many words in a text in one pass (words indexed by their first
 * two characters), so that keyword and indicator-term lookups cost one scan of the text, not one per word.
 * Hits are computed once per text and read by range (binary search) for each figure's windows.
 */
import type { Span } from './types';

export interface Hit extends Span {
  /** index of the word in the matcher's word list */
  word: number;
}

export class WordMatcher {
  readonly words: readonly string[];
  /** words of two or more characters by their first two code units; one-character words by their code unit */
  private readonly byPrefix = new Map<number, number[]>();
  private readonly single = new Map<number, number[]>();

  constructor(words: readonly string[]) {
    this.words = words;
    words.forEach((w, i) => {
      if (!w.length) return;
      const map = w.length === 1 ? this.single : this.byPrefix;
      const key = w.length === 1 ? w.charCodeAt(0) : w.charCodeAt(0) * 65536 + w.charCodeAt(1);
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    });
  }

  /** Every occurrence of every word in text[from, to), by start (longer first at the same start). */
  scan(text: string, from = 0, to = text.length): Hit[] {
    const out: Hit[] = [];
    let next = from < to ? text.charCodeAt(from) : 0;
    for (let at = from; at < to; at++) {
      const code = next;
      next = at + 1 < to ? text.charCodeAt(at + 1) : 0;
      const one = this.single.size ? this.single.get(code) : undefined;
      if (one) for (const i of one) out.push({ start: at, end: at + 1, word: i });
      const two = at + 1 < to ? this.byPrefix.get(code * 65536 + next) : undefined;
      if (!two) continue;
      for (const i of two) {
        const w = this.words[i]!;
        if (at + w.length <= to && text.startsWith(w, at)) out.push({ start: at, end: at + w.length, word: i });
      }
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

/**
 * Drops every hit that lies inside a strictly longer one (执法 inside 执法部门), so that the most specific word speaks
 * for its place; hits of the same span (one word in two lists) are all kept. Input sorted as `scan` returns it.
 */
export function outermost<H extends Span>(hits: readonly H[]): H[] {
  const out: H[] = [];
  let maxEnd = -1;
  let i = 0;
  while (i < hits.length) {
    let j = i;
    while (j < hits.length && hits[j]!.start === hits[i]!.start && hits[j]!.end === hits[i]!.end) j++;
    if (!(maxEnd >= hits[i]!.end)) for (let k = i; k < j; k++) out.push(hits[k]!);
    maxEnd = Math.max(maxEnd, hits[i]!.end);
    i = j;
  }
  return out;
}

/** The first index of sorted hits whose start is at or after `at`. */
export function firstAt(hits: readonly Span[], at: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The hits lying wholly inside [from, to). */
export function hitsIn<H extends Span>(hits: readonly H[], from: number, to: number): H[] {
  const out: H[] = [];
  for (let i = firstAt(hits, from); i < hits.length && hits[i]!.start < to; i++) if (hits[i]!.end <= to) out.push(hits[i]!);
  return out;
}
