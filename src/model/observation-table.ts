/**
 * A dataset's observations as columns, one entry a row in dataset order: what an Arrow file's columns become once
 * validated (src/formats/arrow-dataset/read.ts), so that the stored blocks are made straight from them
 * (src/store/codecs/blocks.ts `toBlocks` with a table) without an object per observation. The blocks made from a table are the
 * same records, byte for byte, as those made from the observation objects `tableObservations` gives
 * (tests/unit/formats/arrow-fast-path.test.ts).
 */
import { QUALIFIERS } from './constants';
import type { Bilingual, Caveat, Derived, Observation } from './schema';

/** `rare` flags: the row has a derived figure, a note, caveats. */
export const RARE_DERIVED = 1;
export const RARE_NOTE = 2;
export const RARE_CAVEATS = 4;

/** A column of ASCII texts as bytes: text i is bytes[offsets[i] … offsets[i + 1]), one offset a text and one more (an Arrow Utf8 column's buffers). */
export interface AsciiColumn {
  bytes: Uint8Array;
  offsets: Int32Array;
}

export interface ObservationTable {
  n: number;
  /** the ids as strings; absent when they are only `idBytes` (`tableIds` decodes them) */
  id?: readonly string[];
  /** the ids as the file's bytes (ASCII, checked), when the file gives them so */
  idBytes?: AsciiColumn;
  report: readonly string[];
  metric: readonly string[];
  /** whole years */
  period: Float64Array;
  value: Float64Array;
  /** index into QUALIFIERS */
  qualifier: Uint8Array;
  /** NaN where the row has none (a valueMax is always finite) */
  valueMax: Float64Array;
  quote: readonly string[];
  offset: Float64Array;
  figure: readonly (string | undefined)[];
  /** per row: RARE_DERIVED | RARE_NOTE | RARE_CAVEATS */
  rare: Uint8Array;
  derived: ReadonlyMap<number, Derived>;
  note: ReadonlyMap<number, Bilingual>;
  caveats: ReadonlyMap<number, Caveat[]>;
  /**
   * Set once the rules were checked on the table (src/formats/arrow-dataset/fast.ts): every quote stands in its
   * report's text at its offset, and row i's figure starts at figureAt[i] in its quote (−1: no figure), so the
   * blocks need not search again.
   */
  figureAt?: Int32Array;
}

const latin1 = new TextDecoder('latin1');

/** The table's ids as strings (decoded from `idBytes` once, when the table has only those). */
export function tableIds(t: ObservationTable): readonly string[] {
  if (t.id) return t.id;
  const { bytes, offsets } = t.idBytes!;
  const start = offsets[0]!;
  const text = latin1.decode(bytes.subarray(start, offsets[t.n]!));
  const ids: string[] = [];
  for (let i = 0; i < t.n; i++) ids.push(text.slice(offsets[i]! - start, offsets[i + 1]! - start));
  t.id = ids;
  return ids;
}

/** Row `i` as an observation object: the required fields first, then those the row has (as an Arrow file's rows are read). */
export function tableObservation(t: ObservationTable, i: number): Observation {
  const o: Observation = {
    id: tableIds(t)[i]!,
    report: t.report[i]!,
    metric: t.metric[i]!,
    period: t.period[i]! | 0,
    value: t.value[i]!,
    qualifier: QUALIFIERS[t.qualifier[i]!]!,
    quote: t.quote[i]!,
    offset: t.offset[i]!,
  };
  const max = t.valueMax[i]!;
  if (!Number.isNaN(max)) o.valueMax = max;
  const f = t.figure[i];
  if (f !== undefined) o.figure = f;
  const rare = t.rare[i]!;
  if (rare & RARE_DERIVED) o.derived = t.derived.get(i)!;
  if (rare & RARE_NOTE) o.note = t.note.get(i)!;
  if (rare & RARE_CAVEATS) o.caveats = t.caveats.get(i)!;
  return o;
}

export function tableObservations(t: ObservationTable): Observation[] {
  const out = new Array<Observation>(t.n);
  for (let i = 0; i < t.n; i++) out[i] = tableObservation(t, i);
  return out;
}

/** The table of a list of observations (tests compare what each way stores). */
export function observationTable(list: readonly Observation[]): ObservationTable {
  const n = list.length;
  const t = {
    n,
    id: list.map((o) => o.id),
    report: list.map((o) => o.report),
    metric: list.map((o) => o.metric),
    period: Float64Array.from(list, (o) => o.period),
    value: Float64Array.from(list, (o) => o.value),
    qualifier: Uint8Array.from(list, (o) => QUALIFIERS.indexOf(o.qualifier)),
    valueMax: Float64Array.from(list, (o) => o.valueMax ?? Number.NaN),
    quote: list.map((o) => o.quote),
    offset: Float64Array.from(list, (o) => o.offset),
    figure: list.map((o) => o.figure),
    rare: new Uint8Array(n),
    derived: new Map<number, Derived>(),
    note: new Map<number, Bilingual>(),
    caveats: new Map<number, Caveat[]>(),
  };
  list.forEach((o, i) => {
    if (o.derived !== undefined) {
      t.rare[i]! |= RARE_DERIVED;
      t.derived.set(i, o.derived);
    }
    if (o.note !== undefined) {
      t.rare[i]! |= RARE_NOTE;
      t.note.set(i, o.note);
    }
    if (o.caveats !== undefined) {
      t.rare[i]! |= RARE_CAVEATS;
      t.caveats.set(i, o.caveats);
    }
  });
  return t;
}
