/**
 * A plain-text report: bytes decoded with ../decode-text.ts (UTF-8, UTF-16 with BOM, GB18030, Big5 detected),
 * line ends made `\n`. No text → `empty`; binary bytes → `binary`; over MAX_TEXT_CHARS → `too_large`; characters
 * the decoding could not read (U+FFFD) → a `replacement_characters` warning. The title is the first line when it
 * reads like one (short, no closing punctuation, naming a report).
 */
import { decodeText, looksBinary } from '../decode-text';
import { MAX_TEXT_CHARS } from '../report-text';
import { problem, success } from './outcome';
import type { DocumentOutcome, DocumentWarning, SourceFile } from './types';

export function replacementWarning(count: number, encoding: string): DocumentWarning[] {
  return count > 0
    ? [
        {
          code: 'replacement_characters',
          message: `${count} character(s) could not be decoded as ${encoding} and were replaced with U+FFFD`,
          params: { count, encoding },
        },
      ]
    : [];
}

/** A first line that is a report's title: under 60 characters, not ending a sentence, naming a report or a work. */
export function titleLine(text: string): string | undefined {
  const first = text.slice(0, 200).split('\n', 1)[0]!.trim();
  if (first.length < 4 || first.length > 60 || /[。;;,,::!!??]$/.test(first)) return undefined;
  return /报告|報告|情况|情況|工作/.test(first) ? first : undefined;
}

/** Text with problems for too much or none of it. */
export function checkedText(name: string, text: string): DocumentOutcome | null {
  if (text.trim() === '') return problem(name, 'empty', `${name} holds no text`);
  if (text.length > MAX_TEXT_CHARS)
    return problem(name, 'too_large', `${name} holds ${text.length} characters, over the ${MAX_TEXT_CHARS} a report may have`, {
      chars: text.length,
      max: MAX_TEXT_CHARS,
    });
  return null;
}

const hasUtf16Bom = (b: Uint8Array): boolean => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

export function readText(file: SourceFile, sha256: string): DocumentOutcome {
  const { name, bytes } = file;
  if (bytes.length === 0) return problem(name, 'empty', `${name} is empty`);
  if (!hasUtf16Bom(bytes) && looksBinary(bytes)) return problem(name, 'binary', `${name} is not a text file`);
  const decoded = decodeText(bytes);
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const bad = checkedText(name, text);
  if (bad) return bad;
  const title = titleLine(text.trimStart());
  return success({
    name,
    kind: 'text',
    sha256,
    bytes: bytes.length,
    text,
    ...(title ? { title } : {}),
    encoding: decoded.encoding,
    warnings: replacementWarning(decoded.replaced, decoded.encoding),
  });
}
