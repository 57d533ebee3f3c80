/**
 * Rows → entities: the dataset, and each jurisdiction, report and metric by id, with the first value of each of
 * its columns (a different value on a later row is a conflict); one observation per row.
 */
import { DATASET_COLUMNS, JURISDICTION_COLUMNS, METRIC_COLUMNS, REPORT_COLUMNS, type CsvColumn } from './columns';
import type { CsvIssues } from './issues';
import { cellReader, type CellOf, type ColumnIndex, type CsvRecord } from './read';

interface Cell {
  value: string;
  row: number;
}

/** One entity (dataset, jurisdiction, report, metric): its defining row and the first value of each column. */
export interface Entity {
  row: number;
  fields: Map<CsvColumn, Cell>;
}

/** One observation's row: its non-empty cells. */
export interface ObsRow {
  row: number;
  cells: Map<CsvColumn, string>;
}

export interface Entities {
  dataset: Entity;
  jurisdictions: Map<string, Entity>;
  reports: Map<string, Entity>;
  metrics: Map<string, Entity>;
  observations: ObsRow[];
}

/** An entity's value in a column (the first one given). */
export const str = (e: Entity, col: CsvColumn): string | undefined => e.fields.get(col)?.value;

/** `records`: the rows after the header; `width`: the header's field count, which every row must have. */
export function collectEntities(records: readonly CsvRecord[], width: number, colIndex: ColumnIndex, issues: CsvIssues): Entities {
  const cellOf = cellReader(colIndex);
  const dataset: Entity = { row: records[0]!.row, fields: new Map() };
  const jurisdictions = new Map<string, Entity>();
  const reports = new Map<string, Entity>();
  const metrics = new Map<string, Entity>();
  const observations: ObsRow[] = [];
  for (const { row, cells } of records) {
    if (issues.full()) break;
    if (cells.length !== width) {
      issues.push('field_count', `row has ${cells.length} fields, the header ${width}`, { row, expected: width, found: cells.length });
      continue;
    }
    recordFields(dataset, cells, row, DATASET_COLUMNS, cellOf, issues);
    const jid = cellOf(cells, 'jurisdiction_id');
    const rid = cellOf(cells, 'report_id');
    const mid = cellOf(cells, 'metric_id');
    let missing = false;
    for (const [col, v] of [['jurisdiction_id', jid], ['report_id', rid], ['metric_id', mid]] as const)
      if (v === undefined) {
        issues.push('required', `"${col}" is empty`, { row, column: col });
        missing = true;
      }
    if (missing || jid === undefined || rid === undefined || mid === undefined) continue;
    recordFields(entityOf(jurisdictions, jid, row), cells, row, JURISDICTION_COLUMNS, cellOf, issues);
    recordFields(entityOf(reports, rid, row), cells, row, REPORT_COLUMNS, cellOf, issues);
    recordFields(entityOf(metrics, mid, row), cells, row, METRIC_COLUMNS, cellOf, issues);
    observations.push({ row, cells: presentCells(cells, colIndex, cellOf) });
  }
  if (dataset.fields.get('dataset_id') === undefined)
    issues.push('required', '"dataset_id" is empty on every row', { row: dataset.row, column: 'dataset_id' });
  return { dataset, jurisdictions, reports, metrics, observations };
}

/** Keeps the first value of each column; a different value later is a conflict. */
function recordFields(entity: Entity, cells: string[], row: number, cols: readonly CsvColumn[], cellOf: CellOf, issues: CsvIssues): void {
  for (const col of cols) {
    const v = cellOf(cells, col);
    if (v === undefined) continue;
    const prev = entity.fields.get(col);
    if (!prev) entity.fields.set(col, { value: v, row });
    else if (prev.value !== v)
      issues.push('conflicting_value', `"${col}" differs from row ${prev.row}`, { row, column: col, firstRow: prev.row });
  }
}

/** The entity of an id, made at its first row. */
function entityOf(map: Map<string, Entity>, id: string, row: number): Entity {
  let e = map.get(id);
  if (!e) map.set(id, (e = { row, fields: new Map() }));
  return e;
}

/** A row's non-empty cells, in header order. */
function presentCells(cells: string[], colIndex: ColumnIndex, cellOf: CellOf): Map<CsvColumn, string> {
  const m = new Map<CsvColumn, string>();
  for (const col of colIndex.keys()) {
    const v = cellOf(cells, col);
    if (v !== undefined) m.set(col, v);
  }
  return m;
}
