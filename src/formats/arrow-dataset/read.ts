/**
 * An Arrow IPC file (file or stream format) of the layout in ./layout.ts → a validated dataset, or every problem.
 * Pure: bytes in, never throws. The same validation as a JSON file (src/formats/validate.ts), so the same rules and
 * messages; each problem of an observation names the file, its row (counted from 1) and its column.
 *
 * Column-wise first: the file's columns against the layout (an unknown column, a missing one, one of another type:
 * an issue naming the column); then each column's values in one pass (ids, years, finite numbers, qualifiers,
 * lengths). A file whose every cell and rule passes is read column by column (./fast.ts): its observations come
 * back as a table of columns, no object made per row. Any other file is read row by row: rows that pass every
 * column are taken as the schema would take them; the others — and rows with JSON cells — go to the schema's own
 * check, which words the problems exactly as for a JSON file.
 */
import { tableFromIPC, type Table, type Vector } from 'apache-arrow';
import type { Dataset, Observation } from '../../model/schema';
import { observationSchema } from '../../model/schema';
import { QUALIFIERS } from '../../model/constants';
import { compileGuard } from '../schema-guard';
import { validateParsed, type ImportIssue } from '../parse-dataset';
import { MAX_ISSUES, type Result, type ValidateOptions } from '../validate';
import { tableObservations } from '../../model/observation-table';
import { readColumns, type ArrowRead, type Cells } from './fast';
import { locate } from '../table-rules';
import { idBytesOf, markIdBytes, type IdBytes } from './id-bytes';
import { kindOf, KIND_TYPES, numberCells, stringCells } from './columns';
import { ARROW_COLUMN, ARROW_COLUMNS, ARROW_METADATA_KEY, type ArrowColumn } from './layout';

export type { ArrowRead } from './fast';

export interface ArrowParseOptions {
  onProgress?: ValidateOptions['onProgress'];
  places?: ValidateOptions['places'];
  /** receives the warnings (names cleaned, look-alike scripts) */
  warnings?: ImportIssue[];
  /** called once the table is read and its cells decoded (before validation) */
  onDecoded?: () => void;
  /** step times: called at the end of each step with its name */
  lap?: (step: string) => void;
  /** the fast path leaves the check of the rows' ids to the caller (`ArrowRead.idsHold`) */
  deferIds?: boolean;
  /** read row by row, through the JSON path's validation (a file whose deferred check failed: its issues) */
  rowByRow?: boolean;
}

const fail = (errors: ImportIssue[]): { ok: false; errors: ImportIssue[] } => ({ ok: false, errors });
const issue = (file: string, code: string, message: string, params?: Record<string, string | number>): ImportIssue =>
  params ? { file, path: [], code, message, params } : { file, path: [], code, message };

const MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"

/** The IPC file format starts with ARROW1; the stream format with a message (a continuation marker, or its length). */
export function looksLikeArrow(bytes: Uint8Array): boolean {
  if (bytes.length >= 6 && MAGIC.every((b, i) => bytes[i] === b)) return true;
  return bytes.length >= 8 && bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff && bytes[3] === 0xff;
}

/** The file's columns against the layout; the problems name the column. */
function checkColumns(table: Table, file: string): ImportIssue[] {
  const out: ImportIssue[] = [];
  const seen = new Set<string>();
  for (const f of table.schema.fields) {
    const col = ARROW_COLUMN.get(f.name);
    if (seen.has(f.name)) {
      out.push(issue(file, 'duplicate_column', `column "${f.name}" appears twice`, { column: f.name }));
      continue;
    }
    seen.add(f.name);
    if (!col) {
      out.push(issue(file, 'unknown_column', `unknown column "${f.name.slice(0, 80)}"`, { column: f.name.slice(0, 80) }));
      continue;
    }
    const kind = kindOf(f.type);
    const fits = kind === col.kind || (col.kind === 'number' && kind === 'integer');
    if (!fits)
      out.push(
        issue(file, 'column_type', `column "${col.name}" is ${String(f.type)}; it must be ${KIND_TYPES[col.kind]}`, {
          column: col.name,
          type: String(f.type),
          expected: KIND_TYPES[col.kind],
        }),
      );
  }
  for (const c of ARROW_COLUMNS)
    if (!c.optional && !seen.has(c.name)) out.push(issue(file, 'missing_column', `required column "${c.name}" is missing`, { column: c.name }));
  return out;
}

const ID = /^[A-Za-z0-9_.:-]+$/;
const isId = (s: string | undefined) => s !== undefined && s.length >= 1 && s.length <= 200 && ID.test(s);
const QUALIFIER_SET = new Set<string>(QUALIFIERS);

/**
 * Marks the rows whose cell in a column the schema might not take as it is (`bad`); `test` is asked once per
 * distinct value of a repeating column (ids of reports and metrics, qualifiers).
 */
function markStrings(cells: readonly (string | undefined)[], bad: Uint8Array, test: (s: string | undefined) => boolean, repeats = false): void {
  if (!repeats) {
    for (let i = 0; i < cells.length; i++) if (!test(cells[i])) bad[i] = 1;
    return;
  }
  let last: string | undefined;
  let lastOk = false;
  const known = new Map<string | undefined, boolean>();
  for (let i = 0; i < cells.length; i++) {
    const s = cells[i];
    if (s !== last || i === 0) {
      last = s;
      let ok = known.get(s);
      if (ok === undefined) known.set(s, (ok = test(s)));
      lastOk = ok;
    }
    if (!lastOk) bad[i] = 1;
  }
}

function markNumbers(c: { values: Float64Array; missing: Uint8Array | null }, bad: Uint8Array, test: (x: number) => boolean, optional: boolean): void {
  const { values, missing } = c;
  for (let i = 0; i < values.length; i++) {
    if (missing?.[i]) {
      if (!optional) bad[i] = 1;
    } else if (!test(values[i]!)) bad[i] = 1;
  }
}


/** Every column's cells, decoded (but the ids when their bytes are at hand: `idBytes`). */
function decodeColumns(table: Table, idBytes: IdBytes | null): Cells {
  const cells: Cells = new Map();
  for (const c of ARROW_COLUMNS) {
    const v = table.getChild(c.name) as Vector | null;
    if (!v || (c.name === 'id' && idBytes)) continue;
    cells.set(c.name, c.kind === 'string' ? stringCells(v) : numberCells(v));
  }
  return cells;
}

/** The rows the column checks cannot vouch for. */
function uncertainRows(cells: Cells, rows: number, idBytes: IdBytes | null): Uint8Array {
  const bad = new Uint8Array(rows);
  if (idBytes && !cells.has('id')) markIdBytes(idBytes, rows, bad);
  const str = (name: string) => cells.get(name) as (string | undefined)[] | undefined;
  const num = (name: string) => cells.get(name) as { values: Float64Array; missing: Uint8Array | null } | undefined;
  const text = (min: number, max: number) => (s: string | undefined) => s !== undefined && s.length >= min && s.length <= max;
  const absentOr = (t: (s: string) => boolean) => (s: string | undefined) => s === undefined || t(s);
  for (const c of ARROW_COLUMNS) {
    const col: ArrowColumn = c;
    if (col.kind === 'string') {
      const s = str(col.name);
      if (!s && col.name === 'id' && idBytes) continue; // checked from its bytes above
      if (!s) {
        if (!col.optional) bad.fill(1);
        continue;
      }
      if (col.json) continue; // parsed and checked with their row
      if (col.name === 'id') markStrings(s, bad, isId);
      else if (col.name === 'report' || col.name === 'metric') markStrings(s, bad, isId, true);
      else if (col.name === 'qualifier') markStrings(s, bad, (q) => q !== undefined && QUALIFIER_SET.has(q), true);
      else if (col.name === 'quote') markStrings(s, bad, text(1, 5000));
      else if (col.name === 'figure') markStrings(s, bad, absentOr(text(1, 200)));
      else bad.fill(1);
    } else {
      const n = num(col.name);
      if (!n) {
        if (!col.optional) bad.fill(1);
        continue;
      }
      if (col.name === 'period') markNumbers(n, bad, (x) => Number.isInteger(x) && x >= 1949 && x <= 2100, false);
      else if (col.name === 'offset') markNumbers(n, bad, (x) => Number.isSafeInteger(x) && x >= 0, false);
      else markNumbers(n, bad, Number.isFinite, col.optional);
    }
  }
  return bad;
}

/**
 * The observations, one object a row with the fields whose cell is not null; a JSON cell is parsed (a cell that is
 * not JSON is a problem at its row and column). `json[i]`: row i has a JSON cell.
 */
function buildObservations(cells: Cells, rows: number, file: string, issues: ImportIssue[]): { observations: Observation[]; json: Uint8Array } {
  const s = (name: string) => cells.get(name) as (string | undefined)[] | undefined;
  const n = (name: string) => cells.get(name) as { values: Float64Array; missing: Uint8Array | null } | undefined;
  const id = s('id');
  const report = s('report');
  const metric = s('metric');
  const quote = s('quote');
  const figure = s('figure');
  const qualifier = s('qualifier');
  const period = n('period');
  const value = n('value');
  const offset = n('offset');
  const valueMax = n('valueMax');
  const jsonCols = ARROW_COLUMNS.filter((c) => c.json && cells.has(c.name)).map((c) => ({ name: c.name, cells: s(c.name)! }));
  const json = new Uint8Array(rows);
  const num = (c: typeof period, i: number) => (c && !c.missing?.[i] ? c.values[i] : undefined);
  const observations = new Array<Observation>(rows);
  for (let i = 0; i < rows; i++) {
    // one shape for the rows without optional fields (most): the required fields first, then what a row has
    const o = {
      id: id?.[i],
      report: report?.[i],
      metric: metric?.[i],
      period: num(period, i),
      value: num(value, i),
      qualifier: qualifier?.[i],
      quote: quote?.[i],
      offset: num(offset, i),
    } as Record<string, unknown>;
    const max = num(valueMax, i);
    if (max !== undefined) o.valueMax = max;
    const f = figure?.[i];
    if (f !== undefined) o.figure = f;
    for (const c of jsonCols) {
      const text = c.cells[i];
      if (text === undefined) continue;
      json[i] = 1;
      try {
        o[c.name] = JSON.parse(text) as unknown;
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        if (issues.length < MAX_ISSUES)
          issues.push({ file, path: ['observations', i, c.name], code: 'invalid_json', message: `not valid JSON: ${detail}`, params: { row: i + 1, column: c.name, detail } });
      }
    }
    // a required cell that is null leaves its field out: the schema names it as a missing field
    for (const k of ['id', 'report', 'metric', 'period', 'value', 'qualifier', 'quote', 'offset']) if (o[k] === undefined) delete o[k];
    observations[i] = o as unknown as Observation;
  }
  return { observations, json };
}

let obsGuard: ReturnType<typeof compileGuard> | undefined;

/** Reads and validates an Arrow dataset file, the observations as objects. */
export function parseArrowDataset(bytes: Uint8Array, file: string, opts: ArrowParseOptions = {}): Result<Dataset, ImportIssue[]> {
  const r = readArrowDataset(bytes, file, opts);
  if (!r.ok) return r;
  const { dataset, table } = r.value;
  return { ok: true, value: table ? { ...dataset, observations: tableObservations(table) } : dataset };
}

/**
 * Reads and validates an Arrow dataset file. The fast path, column by column: every cell checked in the columns'
 * own arrays, the rest of the dataset validated without observations, then the rules on observations (ids once,
 * references, quotes at their offsets, ranges, figures in quotes, derived inputs, bounds) in one loop over the
 * columns; the observations come back as a table, no object made per row. A file the fast path finds any problem in
 * (or cannot vouch for: another version, a place question) is read again row by row, objects through the JSON
 * path's validation, so that its problems are exactly those — and worded as — a JSON file's.
 */
export function readArrowDataset(bytes: Uint8Array, file: string, opts: ArrowParseOptions = {}): Result<ArrowRead, ImportIssue[]> {
  if (bytes.byteLength === 0) return fail([issue(file, 'empty_file', 'the file is empty')]);
  if (!looksLikeArrow(bytes)) return fail([issue(file, 'not_arrow', 'the file is not an Arrow IPC file')]);
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail([issue(file, 'not_arrow', `the file is not a readable Arrow IPC file: ${detail}`, { detail })]);
  }
  const meta = table.schema.metadata.get(ARROW_METADATA_KEY);
  if (meta === undefined)
    return fail([issue(file, 'arrow_no_metadata', `the schema metadata has no "${ARROW_METADATA_KEY}" entry`, { key: ARROW_METADATA_KEY })]);
  let head: unknown;
  try {
    head = JSON.parse(meta);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail([issue(file, 'invalid_json', `the "${ARROW_METADATA_KEY}" metadata is not valid JSON: ${detail}`, { detail })]);
  }
  if (typeof head !== 'object' || head === null || Array.isArray(head)) return fail([issue(file, 'not_a_dataset', 'the file is not a rol-compare/dataset document')]);
  if ('observations' in head)
    return fail([issue(file, 'arrow_observations_in_metadata', 'the observations are the table’s rows, not a metadata field')]);
  const columns = checkColumns(table, file);
  if (columns.length) return fail(columns);

  const lap = opts.lap ?? (() => {});
  lap('arrow');
  const rows = table.numRows;
  const idVector = table.getChild('id') as Vector | null;
  const idBytes = idBytesOf(idVector);
  const cells = decodeColumns(table, idBytes);
  lap('columns');
  const issues: ImportIssue[] = [];
  const bad = uncertainRows(cells, rows, idBytes);
  lap('check');
  opts.onDecoded?.();
  const fast = opts.rowByRow ? null : readColumns(head as Record<string, unknown>, cells, rows, bad, file, opts, idBytes);
  if (fast) {
    lap('rules');
    return { ok: true, value: fast };
  }
  // row by row: the ids as strings
  if (idVector && !cells.has('id')) cells.set('id', stringCells(idVector));
  const { observations, json } = buildObservations(cells, rows, file, issues);
  cells.clear();
  lap('objects');
  if (issues.length) return fail(issues);

  obsGuard ??= compileGuard(observationSchema);
  const guard = obsGuard;
  const checked = (item: unknown, i: number) => bad[i] === 0 && (json[i] === 0 || (guard !== null && guard(item)));
  const v: ValidateOptions = { reuseInput: true, guards: { observations: checked } };
  if (opts.onProgress) v.onProgress = opts.onProgress;
  if (opts.places) v.places = opts.places;
  const warnings: ImportIssue[] = [];
  v.warnings = warnings;
  const result = validateParsed({ ...head, observations }, file, v);
  opts.warnings?.push(...warnings.map(locate));
  if (!result.ok) return fail(result.errors.map(locate));
  return { ok: true, value: { dataset: result.value, table: null } };
}
