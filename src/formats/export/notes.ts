/**
 * The notes drawn under an exported chart above its source line (the caveats of its figures): each note wrapped
 * to the image width on its own lines. Pure; the text width function is passed in, as for the source line.
 */
import { oneLine } from './source';

/** Chinese, Japanese and full-width characters: a line may break before any of them. */
const CJK = '\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef';
const TOKENS = new RegExp(`[${CJK}]|[^\\s${CJK}]+\\s*|\\s+`, 'g');

/**
 * Breaks one note into lines no wider than `maxWidth`: between words of Latin text, between characters of Chinese
 * text, and inside a word only when the word alone is wider than a line. Continuation lines are indented by
 * `indent` (so a note's lines read as one item).
 */
export function wrapNote(text: string, maxWidth: number, measure: (s: string) => number, indent = '  '): string[] {
  const tokens = oneLine(text).match(TOKENS) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    lines.push(line.trimEnd());
    line = indent;
  };
  for (const token of tokens) {
    if (measure(line + token.trimEnd()) <= maxWidth) {
      line += token;
      continue;
    }
    if (line.trim()) push();
    if (measure(line + token.trimEnd()) <= maxWidth) {
      line += token.trimStart();
      continue;
    }
    for (const ch of token.trim()) {
      if (line.trim() && measure(line + ch) > maxWidth) push();
      line += ch;
    }
    if (/\s$/.test(token)) line += ' ';
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Every note wrapped, one after the other. */
export const wrapNotes = (notes: readonly string[], maxWidth: number, measure: (s: string) => number): string[] =>
  notes.flatMap((n) => wrapNote(n, maxWidth, measure));
