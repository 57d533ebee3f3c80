/** The issues of a user file whose text cannot be believed (src/store/import.ts). */
import type { implausibleDecoding, TextEncodingName } from '../formats/decode-text';
import type { ImportIssue } from '../formats/parse-dataset';

/** A file whose decoding is not believable text: refused, naming the encoding tried. */
export function implausibleIssue(file: string, encoding: TextEncodingName, bad: NonNullable<ReturnType<typeof implausibleDecoding>>): ImportIssue {
  const params: Record<string, string | number> = { encoding, replaced: bad.replaced };
  if (bad.score !== undefined) params.score = Math.round(bad.score * 100) / 100;
  const message =
    bad.reason === 'replaced'
      ? `${bad.replaced} characters could not be decoded as ${encoding}`
      : `the text does not read as Chinese in any encoding tried (best: ${encoding})`;
  return { file, path: [], code: bad.reason === 'replaced' ? 'undecodable_text' : 'implausible_text', message, params };
}

