/**
 * pdf.js for the browser (inside the app's module worker): the modern build, its own worker script started once as a
 * nested module worker and handed over as `workerPort` (pdf.js would otherwise look at `window.location`), the CMaps
 * fetched by that worker from /pdf-cmaps/. Loaded only when a PDF arrives.
 */
import * as pdfjs from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';
import type { PdfjsEnvironment } from './pdf';

let port: Worker | undefined;

export function pdfjsEnvironment(): PdfjsEnvironment {
  port ??= new PdfWorker();
  pdfjs.GlobalWorkerOptions.workerPort = port;
  const base = new URL(import.meta.env.BASE_URL, globalThis.location.href);
  return {
    getDocument: pdfjs.getDocument,
    params: { cMapUrl: new URL('pdf-cmaps/', base).href, cMapPacked: true, useWorkerFetch: true },
  };
}
