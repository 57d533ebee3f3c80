// Copies the Chinese CMaps of pdf.js (the GB and CNS character sets) from pdfjs-dist to public/pdf-cmaps/,
// where the app's PDF reader fetches them (text set in fonts that a PDF does not embed needs them; the Japanese
// and Korean ones are left out). The copies are committed; run this again after pdfjs-dist changes:
// node scripts/copy-pdf-cmaps.mjs
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The CMaps shipped: Simplified (GB) and Traditional (CNS, Big5, HKSCS) Chinese (Identity-H and -V are built into pdf.js). */
export const CHINESE_CMAP = /^(?:UniGB-|GBK-|GBKp-|GBK2K-|GB-|GBpc-|GBT-|GBTpc-|Adobe-GB1-|UniCNS-|B5|ETen|ETHK|HKscs-|HKdla-|HKdlb-|HKgccs-|HKm314-|HKm471-|Adobe-CNS1-|CNS-EUC-|CNS1-|CNS2-).*\.bcmap$/;

export function chineseCmaps(dir) {
  return readdirSync(dir).filter((f) => CHINESE_CMAP.test(f)).sort();
}

export const cmapSource = () => join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('../public/pdf-cmaps', import.meta.url));
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const files = chineseCmaps(cmapSource());
  for (const f of files) copyFileSync(join(cmapSource(), f), join(target, f));
  copyFileSync(join(cmapSource(), 'LICENSE'), join(target, 'LICENSE.txt'));
  console.log(`copied ${files.length} CMaps and their licence to public/pdf-cmaps/`);
}
