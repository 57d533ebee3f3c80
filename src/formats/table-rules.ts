/**
 * The rules on a dataset's observations checked on a table of columns (src/model/observation-table.ts) instead of an
 * object per row: what a file read column by column (an Arrow file's columns: ./arrow-dataset/fast.ts) goes through
 * once its every cell has passed the schema. The rest of the dataset is
 * validated as a JSON file's with no observations (./parse-dataset.ts `validateParsed`: names, places, references
 * among reports, metrics and places), then one loop over the rows checks what src/formats/integrity.ts and
 * src/formats/value-bounds.ts check on objects: references, quotes at their offsets, ranges, figures in their quotes,
 * bounds, ids once and derived inputs among them. Any problem, and the answer is null: the caller reads the file the
 * ordinary way, which finds every problem and words it.
 */
import type { Dataset, Metric } from '../model/schema';
import { FORMAT_VERSION, QUALIFIERS } from '../model/constants';
import { RARE_DERIVED, type ObservationTable } from '../model/observation-table';
import { validateParsed, type ImportIssue } from './parse-dataset';
import type { ValidateOptions } from './validate';
import { IdTable } from './integrity';
import { boundsOf } from './value-bounds';

/** What a table read gives: the dataset without its observations (`observations: []`) and the observations' table. */
export interface TableRead {
  dataset: Dataset;
  table: ObservationTable;
  /**
   * With `deferIds`: the check of the rows' ids (unique, derived inputs among them) left for the caller to run
   * (while the blocks are stored); false: the file is to be read the ordinary way for its issues.
   */
  idsHold?: () => boolean;
}

export interface TableReadOptions {
  onProgress?: ValidateOptions['onProgress'];
  places?: ValidateOptions['places'];
  /** receives the warnings of the dataset's other parts (names cleaned, look-alike scripts) */
  warnings?: ImportIssue[];
  /** leave the check of the rows' ids to the caller (`TableRead.idsHold`) */
  deferIds?: boolean;
}

/** The rows' ids as a set, or null when one repeats. */
export type UniqueIds = (t: ObservationTable) => { has(id: string): boolean } | null;

/** The rows' ids held as strings (`t.id`), once each. */
export const uniqueStringIds: UniqueIds = (t) => {
  const rows = t.n;
  const table = new IdTable(rows);
  const list = t.id!;
  return table.addAll(rows, (i) => list[i]!) ? table : null;
};

/** A problem of the document at its row and column (observations), or as it is (the dataset's other paths). */
export function locate(i: ImportIssue): ImportIssue {
  const [head, row, field] = i.path;
  if (head !== 'observations' || typeof row !== 'number') return i;
  const params: Record<string, string | number> = { ...(i.params ?? {}), row: row + 1 };
  if (typeof field === 'string') params.column = field;
  return { ...i, params };
}

const RANGE = QUALIFIERS.indexOf('range');
const PROGRESS_EVERY = 65536;

/** The rows' ids are unique and every derived figure's inputs are among them. */
function idsHold(t: ObservationTable, unique: UniqueIds): boolean {
  const ids = unique(t);
  if (!ids) return false;
  for (const [i, d] of t.derived) if (t.rare[i]! & RARE_DERIVED) for (const input of d.inputs) if (!ids.has(input)) return false;
  return true;
}

/**
 * The rules on observations hold for every row of `t` in the validated dataset `ds`; then `t.figureAt` is set.
 * `deferIds`: all but the ids' (unique, derived inputs), which `idsHold` checks.
 */
function rulesHold(ds: Dataset, t: ObservationTable, unique: UniqueIds, progress: TableReadOptions['onProgress'], deferIds: boolean): boolean {
  const { n: rows, report, metric, quote, offset, value, valueMax, qualifier, figure, rare, derived } = t;
  let ids: { has(id: string): boolean } | null = null;
  if (!deferIds && !(ids = unique(t))) return false;
  const texts = new Map<string, string>(ds.reports.map((r) => [r.id, r.text]));
  const bounds = new Map<string, { min: number; max: number }>(ds.metrics.map((m: Metric) => [m.id, boundsOf(m)]));
  const figureAt = new Int32Array(rows).fill(-1);
  let lastReport: string | null = null;
  let text = '';
  let lastMetric: string | null = null;
  let min = 0;
  let max = 0;
  for (let i = 0; i < rows; i++) {
    const r = report[i]!;
    if (r !== lastReport) {
      const found = texts.get(r);
      if (found === undefined) return false;
      lastReport = r;
      text = found;
    }
    const m = metric[i]!;
    if (m !== lastMetric) {
      const b = bounds.get(m);
      if (b === undefined) return false;
      lastMetric = m;
      min = b.min;
      max = b.max;
    }
    const q = quote[i]!;
    if (!text.startsWith(q, offset[i]!)) return false;
    const x = value[i]!;
    if (!(x >= min && x <= max)) return false;
    const top = valueMax[i]!;
    if (Number.isNaN(top)) {
      if (qualifier[i] === RANGE) return false;
    } else if (qualifier[i] !== RANGE || top < x || !(top >= min && top <= max)) return false;
    const f = figure[i];
    if (f !== undefined) {
      const at = q.indexOf(f);
      if (at < 0) return false;
      figureAt[i] = at;
    }
    if (ids && rare[i]! & RARE_DERIVED) for (const input of derived.get(i)!.inputs) if (!ids.has(input)) return false;
    if ((i & (PROGRESS_EVERY - 1)) === PROGRESS_EVERY - 1) progress?.(i + 1, rows);
  }
  t.figureAt = figureAt;
  return true;
}

/**
 * The dataset of `head` (every field but the observations) and `table` (its observations, every cell already taken
 * by the schema as it is, −0 made 0) when every check passes, else null.
 */
export function readTable(
  head: Record<string, unknown>,
  table: ObservationTable,
  file: string,
  opts: TableReadOptions,
  unique: UniqueIds,
): TableRead | null {
  if (head.format !== 'rol-compare/dataset' || head.version !== FORMAT_VERSION) return null;
  // the rest of the dataset, validated (and its places checked and linked) as a JSON file's with no observations
  const warnings: ImportIssue[] = [];
  const v: ValidateOptions = { reuseInput: true, warnings };
  if (opts.places) v.places = opts.places;
  const checked = validateParsed({ ...head, observations: [] }, file, v);
  const deferIds = opts.deferIds === true;
  if (!checked.ok || !rulesHold(checked.value, table, unique, opts.onProgress, deferIds)) return null;
  opts.onProgress?.(table.n, table.n);
  opts.warnings?.push(...warnings.map(locate));
  return { dataset: checked.value, table, ...(deferIds ? { idsHold: () => idsHold(table, unique) } : {}) };
}
