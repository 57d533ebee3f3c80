/**
 * The matrix as a table for a spreadsheet: one row per indicator (id, name, task, area, unit), then per place its
 * figure (value, qualifier, year, observation id). A place that does not report the indicator has an empty value
 * and the qualifier `not_reported` — never 0. The notes (how many indicators nobody reports, what the marks mean)
 * follow the table after an empty line. Pure.
 */
import { toCsv, toTsv, type CellValue } from '../../formats/export/csv';
import type { FrameworkMatrix } from './framework-matrix';
import { allRows } from './framework-matrix';
import type { Indicator, IndicatorTask } from '../../model/indicators';

export const NOT_REPORTED = 'not_reported';

export interface MatrixLabels {
  /** the fixed columns: id, name, task, area, unit */
  columns: readonly [string, string, string, string, string];
  /** the four columns of a place: "武进 数值" … */
  placeColumns: (place: string) => readonly [string, string, string, string];
  place: (id: string) => string;
  indicator: (i: Indicator) => string;
  task: (t: IndicatorTask) => string;
  area: (i: Indicator) => string;
  unit: (i: Indicator) => string;
}

export function matrixTable(m: FrameworkMatrix, labels: MatrixLabels): { header: string[]; rows: CellValue[][] } {
  const header = [...labels.columns, ...m.jurisdictions.flatMap((j) => labels.placeColumns(labels.place(j)))];
  const rows = m.tasks.flatMap((t) =>
    allRows(t).map((r): CellValue[] => [
      r.indicator.id,
      labels.indicator(r.indicator),
      labels.task(t.task),
      labels.area(r.indicator),
      labels.unit(r.indicator),
      ...r.cells.flatMap((o): CellValue[] => (o ? [o.value, o.qualifier, o.period, o.id] : [null, NOT_REPORTED, null, null])),
    ]),
  );
  return { header, rows };
}

/** The CSV file: the table, an empty line, then each note in the first column. */
export function matrixCsv(m: FrameworkMatrix, labels: MatrixLabels, notes: readonly string[]): string {
  const { header, rows } = matrixTable(m, labels);
  const table = toCsv(header, rows);
  return notes.length ? `${table}\r\n${toCsv([], notes.map((n) => [n]), false).replace(/^\r\n/, '')}` : table;
}

/** The same table for the clipboard (no notes: a pasted block stays rectangular). */
export function matrixTsv(m: FrameworkMatrix, labels: MatrixLabels): string {
  const { header, rows } = matrixTable(m, labels);
  return toTsv(header, rows);
}
