/** Problems the schema and the rules find in the assembled document, located at their row and column. */
import type { ImportIssue } from '../parse-dataset';
import type { DatasetIssue, Result } from '../validate';
import type { Dataset } from '../../model/schema';
import { FIELD_COLUMN, type CsvColumn } from './columns';
import type { Assembled, Sources } from './document';
import type { Entity } from './entities';
import type { CsvIssues } from './issues';

interface Location {
  row: number;
  column: CsvColumn | undefined;
}

/**
 * The outcome: the validated dataset when neither the rows nor the document had a problem; otherwise every
 * problem, in file order (by row; problems without a row first). Problems about a cell already reported as a
 * bad number are left out.
 */
export function csvResult(
  result: Result<Dataset, DatasetIssue[]>,
  { sources, bad }: Assembled,
  dataset: Entity,
  issues: CsvIssues,
): Result<Dataset, ImportIssue[]> {
  if (result.ok && issues.list.length === 0) return result;
  if (!result.ok)
    for (const i of result.errors) {
      const at = locate(i.path, dataset, sources);
      if (at && bad.has(`${at.row}:${at.column}`)) continue;
      if (issues.full()) break;
      issues.list.push(toCsvIssue(i, issues.file, at, sources));
    }
  // the sort is stable
  issues.list.sort((a, b) => Number(a.params?.row ?? 0) - Number(b.params?.row ?? 0));
  return { ok: false, errors: issues.list };
}

/** Warnings of the document (e.g. names cleaned) at their row and column, in file order. */
export function csvWarnings(warnings: readonly DatasetIssue[], { sources }: Assembled, dataset: Entity, file: string): ImportIssue[] {
  const out = warnings.map((w) => toCsvIssue(w, file, locate(w.path, dataset, sources), sources));
  return out.sort((a, b) => Number(a.params?.row ?? 0) - Number(b.params?.row ?? 0));
}

function locate(path: readonly (string | number)[], dataset: Entity, sources: Sources): Location | null {
  const [head, index, ...rest] = path;
  if (typeof head === 'string' && typeof index === 'number' && sources[head]) {
    const src = sources[head]![index];
    if (!src) return null;
    const field = rest.filter((p) => typeof p === 'string').join('.');
    let column = FIELD_COLUMN[head]?.[field];
    // quote-only reports get their text from the quote column
    if (head === 'reports' && column === 'report_text' && !(src as Entity).fields?.has('report_text')) column = 'quote';
    if (head === 'reports' && column === 'report_period' && !(src as Entity).fields?.has('report_period')) column = 'period';
    return { row: src.row, column };
  }
  const field = path.filter((p) => typeof p === 'string').join('.');
  return { row: dataset.row, column: FIELD_COLUMN['']![field] };
}

function toCsvIssue(i: DatasetIssue, file: string, at: Location | null, sources: Sources): ImportIssue {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(i.params ?? {})) if (k !== 'first') params[k] = v;
  if ((i.code === 'duplicate_id' || i.code === 'duplicate_place') && typeof i.params?.first === 'number' && typeof i.path[0] === 'string') {
    const first = sources[i.path[0]]?.[i.params.first];
    if (first) params.firstRow = first.row;
  }
  if (at) {
    params.row = at.row;
    if (at.column) params.column = at.column;
  }
  return { file, path: i.path, code: i.code, message: i.message, params };
}
