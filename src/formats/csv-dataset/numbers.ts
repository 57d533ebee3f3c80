/**
 * Numbers in cells. A bad cell is reported once and replaced by a placeholder, so the rules beyond the schema
 * still run on the rest of the file (the result is an error either way); the issues the schema then finds about
 * that cell are dropped.
 */
import type { CsvColumn } from './columns';
import type { CsvIssues } from './issues';

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d{1,15}$/;

/** What stands in for a bad number: a plausible year for periods, 0 elsewhere. */
const PLACEHOLDER: Partial<Record<CsvColumn, number>> = { period: 2000, report_period: 2000 };

export class NumberCells {
  /** cells already reported, as "row:column": issues about them are not reported again */
  readonly bad = new Set<string>();

  constructor(private readonly issues: CsvIssues) {}

  /** The number in a cell (undefined for an empty one); a bad one is reported and replaced. */
  read(v: string | undefined, row: number, col: CsvColumn, integer: boolean): number | undefined {
    if (v === undefined) return undefined;
    const ok = (integer ? INTEGER : DECIMAL).test(v);
    const n = ok ? Number(v) : Number.NaN;
    if (!Number.isFinite(n)) {
      this.bad.add(`${row}:${col}`);
      this.issues.push('invalid_number', `"${v.slice(0, 40)}" is not a ${integer ? 'whole ' : ''}number`, {
        row,
        column: col,
        detail: v.slice(0, 40),
      });
      if (col === 'offset') this.bad.add(`${row}:quote`);
      return PLACEHOLDER[col] ?? 0;
    }
    return n;
  }
}

/** A whole number read without a report (NaN when it is not one: the schema then says so). */
export const quietInt = (v: string | undefined): number | undefined =>
  v === undefined ? undefined : INTEGER.test(v) ? Number(v) : Number.NaN;
