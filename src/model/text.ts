/** Text helpers shared by extraction, practices and search. Pure. */

const SENTENCE_END = /[。;；!！?？\n]/;

/** The sentence (or clause list) around [start, end): from after the previous 。;！？ or newline to the next one, inclusive. */
export function sentenceAround(text: string, start: number, end = start): { offset: number; text: string } {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = Math.max(end, start);
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  // trim leading/trailing whitespace without moving into other sentences
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { offset: s, text: text.slice(s, e) };
}

/** The text used for matching: the simplified rendering when there is one (same length, so offsets hold). */
export function matchingText(report: { text: string; textSimplified?: string | undefined }): string {
  return report.textSimplified ?? report.text;
}
