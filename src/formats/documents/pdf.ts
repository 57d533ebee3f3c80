/**
 * A PDF report's text through pdf.js: each page's text items into lines and paragraphs (`pdf-layout.ts`). Node
 * loads the legacy build (`pdfjs-node.ts`, through a specifier the bundler leaves alone), the browser the modern
 * build with its own worker (`pdfjs-browser.ts`); either is loaded only when a PDF arrives. A PDF with (almost) no
 * text layer is `pdf_scanned`, one that needs a password `pdf_encrypted`, one pdf.js cannot parse `corrupt`.
 */
import type { DocumentInitParameters, getDocument } from 'pdfjs-dist/types/src/display/api';
import { pageLines, paragraphsOf, stripRunningLines, unifyCharacters, type PdfLine, type PdfTextItem } from './pdf-layout';
import { isAbortError, joinParagraphs, problem, replacementWarnings, throwIfAborted, titleOf } from './reader-common';
import type { DocumentOutcome, DocumentWarning, ReadOptions, SourceFile } from './types';

/** pdf.js as one environment gives it: its `getDocument` and the parameters that environment needs. */
export interface PdfjsEnvironment {
  getDocument: typeof getDocument;
  params: Partial<DocumentInitParameters>;
}

/** Fewer characters than this per page on average: no text layer to speak of. */
export const SCANNED_CHARS_PER_PAGE = 20;
/** A page with fewer characters than this has no text layer. */
const PAGE_WITHOUT_TEXT = 5;

const NODE_MODULE = './pdfjs-node.ts';
const inNode = (): boolean => typeof globalThis.process?.versions?.node === 'string' && !('WorkerGlobalScope' in globalThis);

let environment: Promise<PdfjsEnvironment> | undefined;
export function loadPdfjs(): Promise<PdfjsEnvironment> {
  environment ??= (
    inNode()
      ? (import(/* @vite-ignore */ NODE_MODULE) as Promise<{ pdfjsEnvironment: () => PdfjsEnvironment }>)
      : import('./pdfjs-browser')
  ).then((m) => m.pdfjsEnvironment());
  return environment;
}

const characters = (lines: readonly PdfLine[]) => lines.reduce((n, l) => n + l.text.replace(/\s/g, '').length, 0);
const errorName = (e: unknown) => (e && typeof e === 'object' && 'name' in e ? String(e.name) : '');
const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

interface Pages {
  lines: PdfLine[][];
  title?: string;
}

async function readPages(env: PdfjsEnvironment, file: SourceFile, opts: ReadOptions): Promise<Pages> {
  // pdf.js takes the bytes over (a transfer to its worker detaches them): it gets a copy.
  const task = env.getDocument({ ...env.params, data: file.bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  const onAbort = () => void task.destroy();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const pdf = await task.promise;
    const lines: PdfLine[][] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      throwIfAborted(opts.signal);
      const page = await pdf.getPage(i);
      const content = await page.getTextContent();
      lines.push(pageLines(content.items.filter((it): it is PdfTextItem & typeof it => 'str' in it)));
      page.cleanup();
      opts.onProgress?.(i, pdf.numPages);
    }
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && /报告|報告|情况|情況/.test(info.Title) ? info.Title.trim() : undefined;
    return { lines, ...(title ? { title } : {}) };
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    throwIfAborted(opts.signal);
    await task.destroy();
  }
}

function pagesWithoutText(lines: readonly PdfLine[][]): DocumentWarning[] {
  const pages = lines.flatMap((l, i) => (characters(l) < PAGE_WITHOUT_TEXT ? [i + 1] : []));
  if (!pages.length) return [];
  const list = pages.join(', ');
  return [{ code: 'pdf_pages_without_text', message: `${pages.length} of ${lines.length} page(s) have no text layer (page ${list}); their text is missing`, params: { pages: list, count: pages.length, total: lines.length } }];
}

export async function readPdf(file: SourceFile, sha256: string, opts: ReadOptions = {}): Promise<DocumentOutcome> {
  throwIfAborted(opts.signal);
  const env = await loadPdfjs();
  let pages: Pages;
  try {
    pages = await readPages(env, file, opts);
  } catch (e) {
    if (isAbortError(e) || opts.signal?.aborted) throw opts.signal?.reason instanceof DOMException ? opts.signal.reason : new DOMException('The read was aborted.', 'AbortError');
    if (errorName(e) === 'PasswordException') return problem(file.name, 'pdf_encrypted', 'the PDF needs a password');
    return problem(file.name, 'corrupt', `not a readable PDF (${errorMessage(e)})`, { reason: errorMessage(e) });
  }
  const total = pages.lines.reduce((n, l) => n + characters(l), 0);
  const count = pages.lines.length;
  if (count === 0 || total < SCANNED_CHARS_PER_PAGE * count)
    return problem(file.name, 'pdf_scanned', `a scanned PDF without a text layer (${total} characters on ${count} page(s)); its text cannot be read`, { pages: count, characters: total });
  const text = unifyCharacters(joinParagraphs(paragraphsOf(stripRunningLines(pages.lines))));
  const title = titleOf(text) ?? pages.title;
  return {
    ok: true,
    doc: {
      name: file.name, kind: 'pdf', sha256, bytes: file.bytes.byteLength, text,
      ...(title ? { title } : {}),
      warnings: [...pagesWithoutText(pages.lines), ...replacementWarnings(text)],
    },
  };
}
