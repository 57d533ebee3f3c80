/**
 * What the .docx and PDF readers share: the abort check, the title of a document's first paragraph, the
 * replacement-character warning, and the outcome of a problem.
 */
import { abortError, checkAborted } from './abort';
import { problem as outcomeProblem } from './outcome';
import type { DocumentOutcome, DocumentProblemCode, DocumentWarning } from './types';

export { checkAborted as throwIfAborted, isAbortError } from './abort';

/** The promise, or an AbortError as soon as the signal fires (the work itself may go on unobserved). */
export function abortable<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  checkAborted(signal);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Lines trimmed (ideographic spaces too), empty ones dropped, joined by single newlines. */
export function joinParagraphs(paragraphs: Iterable<string>): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    const line = p.replace(/[ \t\u3000\u00a0]+/g, (s) => (s.includes('\u3000') ? '\u3000' : ' ')).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (line) out.push(line);
  }
  return out.join('\n');
}

const SENTENCE_END = /[。;;::!!??,,、]$/;
const ENUMERATION = /^(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[.、.])/;

/**
 * The first paragraph as a title when it reads as one: at most 80 characters, no sentence inside it or at its end,
 * not a numbered heading (一、…, (一)…), and not the only paragraph.
 */
export function titleOf(text: string): string | undefined {
  const lines = text.split('\n');
  const first = lines[0]?.trim();
  if (!first || lines.length < 2 || first.length > 80) return undefined;
  if (SENTENCE_END.test(first) || /[。;;!!??]/.test(first) || ENUMERATION.test(first)) return undefined;
  return first;
}

/** The warning for U+FFFD in the text, if any. */
export function replacementWarnings(text: string): DocumentWarning[] {
  const n = (text.match(/\uFFFD/g) ?? []).length;
  return n ? [{ code: 'replacement_characters', message: `${n} character(s) could not be read (U+FFFD)`, params: { count: n } }] : [];
}

/** A problem whose message starts with the file's name. */
export const problem = (file: string, code: DocumentProblemCode, message: string, params?: Record<string, string | number>): DocumentOutcome =>
  outcomeProblem(file, code, `${file}: ${message}`, params);
