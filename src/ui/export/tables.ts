/** The rows of the registered charts as CSV (file) and TSV (clipboard), with headers in the UI language. */
import type { Translate } from '../../i18n';
import { toCsv, toTsv } from '../../formats/export/csv';
import { EXPORT_COLUMNS, columnsOf, rowCells, type ExportRow } from '../../formats/export/rows';
import type { ExportEntry } from './registry';

/** The header of the columns (the per-head ones only when the rows have them: `columnsOf`). */
export const exportHeader = (t: Translate, columns: readonly (keyof ExportRow)[] = EXPORT_COLUMNS): string[] =>
  columns.map((c) => t(`export.col.${c}`));
const table = (rows: readonly ExportRow[], t: Translate) => {
  const columns = columnsOf(rows);
  return { header: exportHeader(t, columns), cells: rows.map((r) => rowCells(r, columns)) };
};

const allRows = (entries: readonly ExportEntry[]): ExportRow[] => entries.flatMap((e) => e.rows);

export const rowsCsv = (rows: readonly ExportRow[], t: Translate): string => {
  const { header, cells } = table(rows, t);
  return toCsv(header, cells);
};
export const rowsTsv = (rows: readonly ExportRow[], t: Translate): string => {
  const { header, cells } = table(rows, t);
  return toTsv(header, cells);
};
export const entriesCsv = (entries: readonly ExportEntry[], t: Translate): string => rowsCsv(allRows(entries), t);
export const entriesTsv = (entries: readonly ExportEntry[], t: Translate): string => rowsTsv(allRows(entries), t);

export const csvBlob = (csv: string): Blob => new Blob([csv], { type: 'text/csv;charset=utf-8' });
