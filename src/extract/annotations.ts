/**
 * Pinyin a mirror site wrote after characters ("建設(shè)", "領(lǐng)導"): it splits words and figures apart
 * ("1.5萬(wàn)件"). The extractor reads a copy of the text without them and maps what it finds back to the text as
 * written, so quotes and figures stay verbatim.
 */
import { quoteFor } from './quote';
import type { Candidate } from './types';

const ANNOTATION = /(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[)）]/g;

export interface Stripped {
  text: string;
  matching: string;
  /** for each position of the stripped text, its position in the text as written */
  at: Int32Array;
}

/** The text and its matching rendering without pinyin annotations, or null when there are none. */
export function stripAnnotations(text: string, matching: string): Stripped | null {
  ANNOTATION.lastIndex = 0;
  if (!ANNOTATION.test(matching)) return null;
  const keep = new Uint8Array(matching.length).fill(1);
  ANNOTATION.lastIndex = 0;
  for (let m = ANNOTATION.exec(matching); m; m = ANNOTATION.exec(matching)) keep.fill(0, m.index, m.index + m[0].length);
  const at = new Int32Array(matching.length + 1);
  let t = '';
  let s = '';
  let n = 0;
  for (let i = 0; i < matching.length; i++) {
    if (!keep[i]) continue;
    at[n++] = i;
    t += text[i]!;
    s += matching[i]!;
  }
  at[n] = matching.length;
  return { text: t, matching: s, at: at.subarray(0, n + 1) };
}

/** A candidate found in the stripped text, with its figure and quote taken from the text as written. */
export function mapBack(c: Candidate, s: Stripped, text: string): Candidate {
  const start = s.at[c.figureOffset]!;
  const end = s.at[c.figureOffset + c.figure.length - 1]! + 1;
  const q = quoteFor(text, start, end);
  return { ...c, figure: text.slice(start, end), figureOffset: start, quote: q.text, offset: q.offset };
}
