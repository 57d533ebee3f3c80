/**
 * A published report file → its text: one outcome per report (a .zip gives one per file inside). The format is
 * sniffed by content, then name (./sniff.ts); text and web pages are read here, .docx and PDF by ./docx.ts and
 * ./pdf.ts, loaded with `import()` when such a file arrives so their libraries stay out of everything else. Runs
 * in Node 20 and in a module worker (no DOM). An aborted `opts.signal` rejects with an AbortError DOMException.
 */
import { checkAborted, isAbortError } from './abort';
import { sha256Hex } from './hash';
import { htmlReport, readHtml } from './html';
import { problem } from './outcome';
import { sniff, type UnsupportedFormat } from './sniff';
import { readText } from './text';
import { MAX_DOCUMENT_BYTES, type DocumentOutcome, type ReadOptions, type SourceFile } from './types';
import { readZip } from './zip';

export type * from './types';
export { MAX_ARCHIVE_FILES, MAX_ARCHIVE_RATIO, MAX_ARCHIVE_UNPACKED_BYTES, MAX_DOCUMENT_BYTES } from './types';

const UNSUPPORTED: Record<UnsupportedFormat, string> = {
  ole: 'is a Word 97–2003 (.doc) or WPS file, which is not read here: save it as .docx or PDF',
  office_zip: 'is a spreadsheet, presentation, OpenDocument or OFD file, which is not read here: save it as .docx or PDF',
  image: 'is an image: a report is read from text (.txt, .html, .docx, PDF with a text layer)',
  archive: 'is a RAR, 7z or gzip archive, which is not read here: pack it as .zip',
  rtf: 'is an RTF file, which is not read here: save it as .docx or PDF',
  mht: 'is a single-file web archive (.mht), which is not read here: save it as .html, .docx or PDF',
};

function tooLarge(file: SourceFile): DocumentOutcome {
  const { name, bytes } = file;
  return problem(name, 'too_large', `${name} is ${bytes.length} bytes, over the ${MAX_DOCUMENT_BYTES} a file may have`, {
    bytes: bytes.length,
    max: MAX_DOCUMENT_BYTES,
  });
}

/** A reader's failure on a file it was given (a library's error) is that file's problem, not the batch's. */
async function guarded(file: SourceFile, run: () => Promise<DocumentOutcome>): Promise<DocumentOutcome> {
  try {
    return await run();
  } catch (e) {
    if (isAbortError(e)) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    return problem(file.name, 'corrupt', `${file.name} could not be read: ${reason}`, { reason });
  }
}

/** One file that is not an archive. */
async function readSingle(file: SourceFile, opts: ReadOptions | undefined): Promise<DocumentOutcome> {
  checkAborted(opts?.signal);
  if (file.bytes.length > MAX_DOCUMENT_BYTES) return tooLarge(file);
  if (file.bytes.length === 0) return problem(file.name, 'empty', `${file.name} is empty`);
  const kind = sniff(file.bytes, file.name);
  if (kind.kind === 'unsupported')
    return problem(file.name, 'unsupported', `${file.name} ${UNSUPPORTED[kind.format]}`, { format: kind.format });
  if (kind.kind === 'binary') return problem(file.name, 'binary', `${file.name} is not text in any format read here`);
  if (kind.kind === 'zip') return problem(file.name, 'zip_bomb', `${file.name} is an archive nested too deep`);
  const sha256 = await sha256Hex(file.bytes);
  checkAborted(opts?.signal);
  if (kind.kind === 'docx') {
    const { readDocx } = await import('./docx');
    return guarded(file, () => readDocx(file, sha256, opts));
  }
  if (kind.kind === 'pdf') {
    const { readPdf } = await import('./pdf');
    return guarded(file, () => readPdf(file, sha256, opts));
  }
  return guarded(file, async () => (kind.kind === 'html' ? readHtml(file, sha256) : readText(file, sha256)));
}

/** The reports in a file: one outcome for a report file, one per file inside for a .zip. */
export async function readDocuments(file: SourceFile, opts?: ReadOptions): Promise<DocumentOutcome[]> {
  checkAborted(opts?.signal);
  if (file.bytes.length > MAX_DOCUMENT_BYTES) return [tooLarge(file)];
  if (file.bytes.length > 0 && sniff(file.bytes, file.name).kind === 'zip') {
    const outcomes = await readZip(file, readSingle, opts);
    checkAborted(opts?.signal);
    return outcomes;
  }
  return [await readSingle(file, opts)];
}

/** The report in HTML pasted from a browser's clipboard: the same body extraction as a saved page. */
export async function htmlToReport(html: string, name: string): Promise<DocumentOutcome> {
  const bytes = new TextEncoder().encode(html);
  const sha256 = await sha256Hex(bytes);
  return htmlReport(html, { name, sha256, bytes: bytes.length, warnings: [] });
}
