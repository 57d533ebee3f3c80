/** Reading a report: from a dropped file (encoding detected) or pasted text, with the limits of the format. */
import { decodeText, looksBinary, type TextEncodingName } from '../../formats/decode-text';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_TEXT_CHARS = 5_000_000;

export type ReadProblem = 'too_big' | 'binary' | 'empty' | 'too_long';

export type ReadResult = { ok: true; text: string; encoding: TextEncodingName | 'pasted' } | { ok: false; problem: ReadProblem };

export async function readReportFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'too_big' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (looksBinary(bytes)) return { ok: false, problem: 'binary' };
  const decoded = decodeText(bytes);
  return checkText(decoded.text, decoded.encoding);
}

export function checkText(text: string, encoding: TextEncodingName | 'pasted'): ReadResult {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_TEXT_CHARS) return { ok: false, problem: 'too_long' };
  return { ok: true, text, encoding };
}

/** Traditional script when more than 1% of the characters change under opencc's t→cn conversion. */
export async function simplifiedRendering(text: string): Promise<{ script: 'simplified' | 'traditional'; textSimplified?: string }> {
  const { Converter } = await import('opencc-js/t2cn');
  const s = Converter({ from: 't', to: 'cn' })(text);
  if (s.length !== text.length) return { script: 'simplified' };
  let changed = 0;
  for (let i = 0; i < s.length; i++) if (s[i] !== text[i]) changed++;
  return changed / Math.max(1, text.length) > 0.01 ? { script: 'traditional', textSimplified: s } : { script: 'simplified' };
}
