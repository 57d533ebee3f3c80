/** The quote shown with a candidate, and notes about damaged text (missing enumerators and numbers). */
const MAX_QUOTE = 160;
const CLAUSE_END = /[,,;;。!!??\n]/;
const SENTENCE_END = /[。;;!!??\n]/;

/** The sentence around [start, end) (bounded: a text without punctuation gives a window, not the whole text). */
function sentenceOf(text: string, start: number, end: number): { offset: number; text: string } {
  let s = start;
  while (s > 0 && start - s < MAX_QUOTE && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - end < MAX_QUOTE && !SENTENCE_END.test(text[e]!)) e++;
  if (e < text.length && text[e] !== '\n' && SENTENCE_END.test(text[e]!)) e++;
  while (s < start && /\s/.test(text[s]!)) s++;
  while (e > end && /\s/.test(text[e - 1]!)) e--;
  return { offset: s, text: text.slice(s, e) };
}

/** The sentence holding [start, end) as written; a long sentence is cut to the clauses around the figure. */
export function quoteFor(text: string, start: number, end: number): { offset: number; text: string } {
  const s = sentenceOf(text, start, end);
  if (s.text.length <= MAX_QUOTE) return s;
  const sentenceEnd = s.offset + s.text.length;
  let a = start;
  // the figure's clause and the clause before it: the subject often stands there
  let commas = 0;
  while (a > s.offset && start - a < MAX_QUOTE / 2) {
    if (CLAUSE_END.test(text[a - 1]!) && ++commas === 2) break;
    a--;
  }
  let b = end;
  while (b < sentenceEnd && b - a < MAX_QUOTE && !CLAUSE_END.test(text[b]!)) b++;
  if (b < sentenceEnd && /[。;;!!??]/.test(text[b]!)) b++;
  while (a < b && /\s/.test(text[a]!)) a++;
  return { offset: a, text: text.slice(a, b) };
}

/** Damage the extractor notices: a line that opens with ")" (enumerator lost), a unit with no number before it. */
export function textWarnings(hay: string): string[] {
  const out: string[] = [];
  const lost = [...hay.matchAll(/(?:^|\n)\s*[))](?=\S)/g)].length;
  if (lost) out.push(`${lost} heading(s) lack their enumerator ("(一)" lost, the line opens with ")")`);
  for (const m of hay.matchAll(/[,,、::]((?:项|件|个|名|家)(?!目|事|目标|人)[\u4e00-\u9fff]{2,8})/g)) {
    out.push(`a number seems to be missing at offset ${m.index + 1}: "${m[1]}"`);
  }
  return out;
}
