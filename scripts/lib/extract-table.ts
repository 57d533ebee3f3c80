/** The table `npm run extract` prints of the reports it read, one row each, with their details and warnings below. */

export interface TableRow {
  file: string;
  kind: string;
  place: string;
  year: number;
  figures: number;
  mapped: number;
  warnings: string[];
  /** lines printed under the table for this report (encoding, script, report id) */
  details: string[];
}

/** Columns line up in a terminal: CJK and full-width characters take two cells. */
const cells = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - cells(s)));

export function reportTable(rows: readonly TableRow[]): string {
  if (!rows.length) return '';
  const head = ['file', 'format', 'place', 'year', 'figures', 'indicators mapped', 'warnings'];
  const body = rows.map((r) => [r.file, r.kind, r.place, String(r.year), String(r.figures), String(r.mapped), String(r.warnings.length)]);
  const widths = head.map((h, i) => Math.max(cells(h), ...body.map((b) => cells(b[i]!))));
  const line = (cols: string[]) => cols.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd();
  const notes = rows.flatMap((r) => [...r.details, ...r.warnings.map((w) => `warning: ${w}`)].map((n) => `${r.file}: ${n}`));
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), ...(notes.length ? ['', ...notes] : [])].join('\n');
}
