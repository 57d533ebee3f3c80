/** A report file's bytes → its text, encoding detected, held to the limits of ./report-text.ts. Pure. */
import { decodeText, looksBinary } from './decode-text';
import { checkText, MAX_FILE_BYTES, type ReadResult } from './report-text';

/** The text of a report file's bytes (read whole; the caller checks the file's size against MAX_FILE_BYTES first). */
export function reportTextOf(bytes: Uint8Array): ReadResult {
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, problem: 'too_big' };
  if (looksBinary(bytes)) return { ok: false, problem: 'binary' };
  const decoded = decodeText(bytes);
  return checkText(decoded.text, decoded.encoding);
}
