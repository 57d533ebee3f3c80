/** The ZIP of a whole view: every chart as PNG 2× and SVG, and the data behind them as CSV. */
import type { Zippable } from 'fflate';
import { uniqueNames } from '../../formats/export/filename';
import type { ExportEntry } from './registry';
import { chartFilename, chartPng, chartSvg, type Rendering } from './exporting';

export async function chartsArchive(charts: readonly ExportEntry[], r: Rendering, csv: { name: string; text: string }): Promise<Blob> {
  const { zipSync, strToU8 } = await import('fflate');
  const files: { name: string; data: Uint8Array; level: 0 | 6 }[] = [];
  for (const e of charts) {
    const png = await chartPng(e, r, 2, false);
    files.push({ name: chartFilename(e, 'png', '@2x'), data: new Uint8Array(await png.arrayBuffer()), level: 0 });
    files.push({ name: chartFilename(e, 'svg'), data: strToU8(await chartSvg(e, r, false)), level: 6 });
  }
  files.push({ name: csv.name, data: strToU8(csv.text), level: 6 });
  const names = uniqueNames(files.map((f) => f.name));
  const zippable: Zippable = {};
  files.forEach((f, i) => {
    zippable[names[i]!] = [f.data, { level: f.level }];
  });
  const archive = zipSync(zippable, { mtime: new Date() });
  return new Blob([archive as BlobPart], { type: 'application/zip' });
}
