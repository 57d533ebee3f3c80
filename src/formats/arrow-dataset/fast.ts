/**
 * The fast path of an Arrow file's import (./read.ts `readArrowDataset`): the decoded columns of a file whose every
 * cell passed the column checks become a table (src/model/observation-table.ts) without an object per row; the rest
 * of the dataset is validated as a JSON file's without observations, and the rules on observations (ids once,
 * references, quotes at their offsets, ranges, figures in quotes, derived inputs, bounds: src/formats/integrity.ts,
 * src/formats/value-bounds.ts) run in loops over the columns. Any problem, and it gives up (null): the caller reads
 * the file row by row through the JSON path's validation, which finds every problem and words it.
 */
import type { Bilingual, Caveat, Dataset, Derived } from '../../model/schema';
import { observationSchema } from '../../model/schema';
import { FORMAT_VERSION, QUALIFIERS } from '../../model/constants';
import { compileGuard, type Guard } from '../schema-guard';
import { readTable, uniqueStringIds, type UniqueIds } from '../table-rules';
import { RARE_CAVEATS, RARE_DERIVED, RARE_NOTE, type ObservationTable } from '../../model/observation-table';
import type { ArrowParseOptions } from './read';
import { ByteIds, type IdBytes } from './id-bytes';

/** Every column's cells, decoded (./columns.ts). */
export type Cells = Map<string, (string | undefined)[] | { values: Float64Array; missing: Uint8Array | null }>;

/** What a valid Arrow file reads as: the dataset and, when read column by column, its observations as a table. */
export interface ArrowRead {
  /** without its observations (`observations: []`) when `table` is given */
  dataset: Dataset;
  table: ObservationTable | null;
  /**
   * With `deferIds`: the check of the rows' ids (unique, derived inputs among them) left for the caller to run
   * (while the blocks are stored); false: read the file again row by row for the issues (`rowByRow`).
   */
  idsHold?: () => boolean;
}

const guards = new Map<string, Guard | null>();
/** The compiled guard of an observation field's schema (null: the field's schema does not compile). */
function fieldGuard(name: keyof typeof observationSchema.shape): Guard | null {
  let g = guards.get(name);
  if (g === undefined) guards.set(name, (g = compileGuard(observationSchema.shape[name])));
  return g;
}

const QUALIFIER_CODE = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));

type Strings = (string | undefined)[];
type Numbers = { values: Float64Array; missing: Uint8Array | null };

/** The JSON cells parsed, by row; null when one is not JSON. */
function jsonCells(cells: Cells, rows: number): Pick<ObservationTable, 'rare' | 'derived' | 'note' | 'caveats'> | null {
  const rare = new Uint8Array(rows);
  const derived = new Map<number, Derived>();
  const note = new Map<number, Bilingual>();
  const caveats = new Map<number, Caveat[]>();
  const columns: [string, Map<number, unknown>, number][] = [
    ['derived', derived, RARE_DERIVED],
    ['note', note, RARE_NOTE],
    ['caveats', caveats, RARE_CAVEATS],
  ];
  for (const [name, into, flag] of columns) {
    const col = cells.get(name) as Strings | undefined;
    if (!col) continue;
    for (let i = 0; i < rows; i++) {
      const text = col[i];
      if (text === undefined) continue;
      try {
        into.set(i, JSON.parse(text) as unknown);
      } catch {
        return null;
      }
      rare[i]! |= flag;
    }
  }
  return { rare, derived, note, caveats };
}

/** The table of columns that passed their checks (every required cell present, qualifiers known). −0 becomes 0, as in the JSON path. */
function tableOf(cells: Cells, rows: number, json: Pick<ObservationTable, 'rare' | 'derived' | 'note' | 'caveats'>, idBytes: IdBytes | null): ObservationTable {
  const s = (name: string) => cells.get(name) as Strings | undefined;
  const num = (name: string) => cells.get(name) as Numbers | undefined;
  const qualifierCells = s('qualifier') as string[];
  const qualifier = new Uint8Array(rows);
  let lastQ: string | undefined;
  let lastCode = 0;
  for (let i = 0; i < rows; i++) {
    const q = qualifierCells[i]!;
    if (q !== lastQ) {
      lastQ = q;
      lastCode = QUALIFIER_CODE.get(q)!;
    }
    qualifier[i] = lastCode;
  }
  const value = num('value')!.values;
  const valueMax = new Float64Array(rows).fill(Number.NaN);
  const maxCells = num('valueMax');
  if (maxCells) for (let i = 0; i < rows; i++) if (!maxCells.missing?.[i]) valueMax[i] = maxCells.values[i]!;
  for (let i = 0; i < rows; i++) if (value[i] === 0) value[i] = 0;
  for (let i = 0; i < rows; i++) if (valueMax[i] === 0) valueMax[i] = 0;
  return {
    n: rows,
    ...(idBytes ? { idBytes } : { id: s('id') as string[] }),
    report: s('report') as string[],
    metric: s('metric') as string[],
    period: num('period')!.values,
    value,
    qualifier,
    valueMax,
    quote: s('quote') as string[],
    offset: num('offset')!.values,
    figure: s('figure') ?? new Array<string | undefined>(rows),
    ...json,
  };
}

/** The rows' ids, once each, from the file's bytes when at hand (null when one repeats). */
function uniqueIds(idBytes: IdBytes | null): UniqueIds {
  if (!idBytes) return uniqueStringIds;
  return (t) => {
    const table = new ByteIds(idBytes, t.n);
    if (!table.addAll(t.n)) return null;
    return table;
  };
}

/**
 * The dataset when every check passes, else null (the caller reads the file again row by row, which finds and
 * words the problems). `bad`: the rows a column check could not vouch for.
 */
export function readColumns(
  head: Record<string, unknown>,
  cells: Cells,
  rows: number,
  bad: Uint8Array,
  file: string,
  opts: ArrowParseOptions,
  idBytes: IdBytes | null,
): ArrowRead | null {
  if (head.format !== 'rol-compare/dataset' || head.version !== FORMAT_VERSION) return null;
  if (bad.indexOf(1) !== -1) return null;
  const json = jsonCells(cells, rows);
  if (!json) return null;
  const table = tableOf(cells, rows, json, idBytes);
  // a JSON cell is checked by its field's compiled guard (true only where zod takes it unchanged); the row's other
  // cells are vouched for by the column checks, and a row has no other fields
  const parsed: [keyof typeof observationSchema.shape, ReadonlyMap<number, unknown>][] = [
    ['derived', json.derived],
    ['note', json.note],
    ['caveats', json.caveats],
  ];
  for (const [name, values] of parsed) {
    if (values.size === 0) continue;
    const g = fieldGuard(name);
    if (!g) return null;
    for (const x of values.values()) if (!g(x)) return null;
  }
  return readTable(head, table, file, opts, uniqueIds(idBytes));
}
