/**
 * A Word (.docx) report's text through mammoth's raw-text extraction: each paragraph on its own line (table cells
 * too), the first paragraph its title when it reads as one. mammoth's `browser` field swaps its Node file access for
 * ArrayBuffer input, so the same call runs in Node and in a module worker; the library is loaded on first use.
 */
import { abortable, isAbortError, joinParagraphs, problem, replacementWarnings, throwIfAborted, titleOf } from './reader-common';
import type { DocumentOutcome, ReadOptions, SourceFile } from './types';

interface Mammoth {
  extractRawText(input: { arrayBuffer: ArrayBuffer; buffer: ArrayBuffer }): Promise<{ value: string }>;
}

let mammoth: Promise<Mammoth> | undefined;
const loadMammoth = (): Promise<Mammoth> =>
  (mammoth ??= import('mammoth').then((m) => ((m as { default?: Mammoth }).default ?? m) as Mammoth));

/** The bytes as an ArrayBuffer of their own (a view into a larger buffer is copied out). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? bytes.buffer
    : bytes.slice().buffer;
}

export async function readDocx(file: SourceFile, sha256: string, opts: ReadOptions = {}): Promise<DocumentOutcome> {
  throwIfAborted(opts.signal);
  const lib = await abortable(loadMammoth(), opts.signal);
  const buffer = ownBuffer(file.bytes);
  let raw: string;
  try {
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`: JSZip takes an ArrayBuffer in both.
    raw = (await abortable(lib.extractRawText({ arrayBuffer: buffer, buffer }), opts.signal)).value;
  } catch (e) {
    if (isAbortError(e)) throw e;
    const why = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return problem(file.name, 'corrupt', `not a readable Word document (${why})`, { reason: why });
  }
  opts.onProgress?.(1, 1);
  const text = joinParagraphs(raw.split(/\r?\n/));
  if (!text) return problem(file.name, 'empty', 'the Word document holds no text');
  const title = titleOf(text);
  return {
    ok: true,
    doc: {
      name: file.name, kind: 'docx', sha256, bytes: file.bytes.byteLength, text,
      ...(title ? { title } : {}),
      warnings: replacementWarnings(text),
    },
  };
}
