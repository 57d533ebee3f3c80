/**
 * pdf.js for Node (the command line and the unit tests): the legacy build, which runs its worker code in the same
 * thread, and the CMaps read from the package's own cmaps/ folder.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfjsEnvironment } from './pdf';

export function pdfjsEnvironment(): PdfjsEnvironment {
  const dir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    getDocument: pdfjs.getDocument as unknown as PdfjsEnvironment['getDocument'],
    params: { cMapUrl: join(dir, 'cmaps') + '/', cMapPacked: true, standardFontDataUrl: join(dir, 'standard_fonts') + '/' },
  };
}
