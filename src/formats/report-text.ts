/**
 * A report's text from a dropped file or a paste, with the limits the app holds it to: detected encoding, no
 * binary files, nothing empty, at most MAX_TEXT_CHARS characters. Pure. Decoding a file is in ./report-bytes.ts (the
 * decoder and its character table stay out of the page's code: the import worker decodes).
 */
import type { TextEncodingName } from './decode-text';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_TEXT_CHARS = 5_000_000;

export type ReadProblem = 'too_big' | 'binary' | 'empty' | 'too_long';

export type ReadResult = { ok: true; text: string; encoding: TextEncodingName | 'pasted' } | { ok: false; problem: ReadProblem };

export function checkText(text: string, encoding: TextEncodingName | 'pasted'): ReadResult {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_TEXT_CHARS) return { ok: false, problem: 'too_long' };
  return { ok: true, text, encoding };
}
