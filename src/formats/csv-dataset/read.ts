/** Text → records (CSV syntax), the header → where each known column stands, and the cells of a row. */
import Papa from 'papaparse';
import { CSV_COLUMNS, REQUIRED_COLUMNS, VERBATIM, type CsvColumn } from './columns';
import type { CsvIssues } from './issues';

/** One record of the file; `row` is its number as a spreadsheet shows it (the header is row 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/** A column's position in the header. */
export type ColumnIndex = Map<CsvColumn, number>;

/** A row's value in a column: undefined when the column is absent or the cell holds only spaces. */
export type CellOf = (cells: string[], col: CsvColumn) => string | undefined;

/**
 * CSV syntax: a fixed delimiter (never guessed: a guessed delimiter can split a text cell that contains commas);
 * every record keeps its spreadsheet row number; blank lines are skipped. `onProgress` gets the characters parsed
 * so far.
 */
export function readRecords(text: string, issues: CsvIssues, onProgress?: (done: number, total: number) => void): CsvRecord[] {
  const records: CsvRecord[] = [];
  let recordNo = 0;
  let lastReport = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (res) => {
      recordNo++;
      for (const e of res.errors) issues.push('csv_syntax', `CSV syntax: ${e.message}`, { row: recordNo, detail: e.message });
      const cells = res.data;
      if (cells.length === 1 && (cells[0] ?? '').trim() === '') return; // blank line
      records.push({ row: recordNo, cells });
      const cursor = res.meta.cursor;
      if (onProgress && cursor - lastReport > 1 << 20) {
        lastReport = cursor;
        onProgress(cursor, text.length);
      }
    },
  });
  onProgress?.(text.length, text.length);
  return records;
}

const KNOWN = new Set<string>(CSV_COLUMNS);

/** The header: known column names (any case), each once; every required column present. */
export function readHeader(header: CsvRecord, issues: CsvIssues): ColumnIndex {
  const colIndex: ColumnIndex = new Map();
  header.cells.forEach((raw, i) => {
    const name = raw.replace(/^\uFEFF/, '').trim().toLowerCase();
    if (!KNOWN.has(name)) {
      issues.push('unknown_column', `unknown column "${name.slice(0, 80)}"`, { row: header.row, column: name.slice(0, 80) });
      return;
    }
    const col = name as CsvColumn;
    if (colIndex.has(col)) issues.push('duplicate_column', `column "${col}" appears twice`, { row: header.row, column: col });
    else colIndex.set(col, i);
  });
  for (const col of REQUIRED_COLUMNS)
    if (!colIndex.has(col)) issues.push('missing_column', `required column "${col}" is missing`, { row: header.row, column: col });
  return colIndex;
}

/** Reads cells by column: trimmed, except the verbatim columns. */
export function cellReader(colIndex: ColumnIndex): CellOf {
  return (cells, col) => {
    const i = colIndex.get(col);
    if (i === undefined) return undefined;
    const raw = cells[i] ?? '';
    const v = VERBATIM.has(col) ? raw : raw.trim();
    return v.trim() === '' ? undefined : v;
  };
}
