/**
 * A pasted report's text, with the limits the app holds it to: nothing empty, at most MAX_TEXT_CHARS characters.
 * Pure. Files are read by ./documents/ in the batch worker (the decoder and its character table stay out of the
 * page's code).
 */
import type { TextEncodingName } from './decode-text';

export const MAX_TEXT_CHARS = 5_000_000;

export type ReadProblem = 'too_big' | 'binary' | 'empty' | 'too_long';

export type ReadResult = { ok: true; text: string; encoding: TextEncodingName | 'pasted' } | { ok: false; problem: ReadProblem };

export function checkText(text: string, encoding: TextEncodingName | 'pasted'): ReadResult {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_TEXT_CHARS) return { ok: false, problem: 'too_long' };
  return { ok: true, text, encoding };
}
