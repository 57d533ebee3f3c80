/** The rows of the registered charts as CSV (file) and TSV (clipboard), with headers in the UI language. */
import type { Translate } from '../../i18n';
import { toCsv, toTsv } from '../../formats/export/csv';
import { EXPORT_COLUMNS, rowCells, type ExportRow } from '../../formats/export/rows';
import type { ExportEntry } from './registry';

export const exportHeader = (t: Translate): string[] => EXPORT_COLUMNS.map((c) => t(`export.col.${c}`));

const allRows = (entries: readonly ExportEntry[]): ExportRow[] => entries.flatMap((e) => e.rows);

export const rowsCsv = (rows: readonly ExportRow[], t: Translate): string => toCsv(exportHeader(t), rows.map(rowCells));
export const rowsTsv = (rows: readonly ExportRow[], t: Translate): string => toTsv(exportHeader(t), rows.map(rowCells));
export const entriesCsv = (entries: readonly ExportEntry[], t: Translate): string => rowsCsv(allRows(entries), t);
export const entriesTsv = (entries: readonly ExportEntry[], t: Translate): string => rowsTsv(allRows(entries), t);

export const csvBlob = (csv: string): Blob => new Blob([csv], { type: 'text/csv;charset=utf-8' });
