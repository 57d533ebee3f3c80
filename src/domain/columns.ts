/**
 * Column encodings for stored blocks (schema v2, docs/architecture.md "Storage").
 *
 * IndexedDB stores a record as its structured clone, and the clone writes every key name of every object and
 * every string on its own: an array of 400 observation objects costs 400 × 9 key names and 400 × 5 strings.
 * Stored as columns, the same observations are a handful of flat strings and typed arrays, which clone as
 * memory copies — the national-scale import writes 1.16M observations this way (issue 8).
 *
 * Pure functions, no Dexie: `decode(encode(x))` gives back `x` (property-tested in tests/unit/columns.test.ts).
 */
import { QUALIFIERS } from './constants';
import type { Bilingual, Derived, Observation } from './schema';

/** Strings joined into one; string i is text.slice(ends[i - 1] ?? 0, ends[i]). */
export interface PackedStrings {
  text: string;
  ends: Uint32Array;
}

export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Uint32Array(list.length);
  let end = 0;
  for (let i = 0; i < list.length; i++) {
    end += list[i]!.length;
    ends[i] = end;
  }
  return { text: list.join(''), ends };
}

export function unpackStrings(p: PackedStrings): string[] {
  const { text, ends } = p;
  const out = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    out[i] = text.slice(start, end);
    start = end;
  }
  return out;
}

/** Low-cardinality strings (report and metric ids within one jurisdiction): distinct values + one code each. */
export interface DictStrings {
  values: string[];
  codes: Uint32Array;
}

/** Builds dictionary columns one value at a time (the caller knows the length up front). */
class DictBuilder {
  readonly values: string[] = [];
  readonly codes: Uint32Array;
  private readonly index = new Map<string, number>();
  private last: string | null = null;
  private lastCode = 0;
  constructor(n: number) {
    this.codes = new Uint32Array(n);
  }
  set(i: number, v: string): void {
    if (v !== this.last) {
      let c = this.index.get(v);
      if (c === undefined) {
        c = this.values.length;
        this.values.push(v);
        this.index.set(v, c);
      }
      this.last = v;
      this.lastCode = c;
    }
    this.codes[i] = this.lastCode;
  }
  done(): DictStrings {
    return { values: this.values, codes: this.codes };
  }
}

/** The rare parts of an observation, kept as objects next to the row they belong to. */
export interface ObservationExtra {
  row: number;
  derived?: Derived;
  note?: Bilingual;
}

/**
 * Observations as columns. Absent optional values: `valueMax` NaN (values are finite), `figure` the empty string
 * (a figure has at least one character), `derived`/`note` no entry in `extras`.
 */
export interface ObservationColumns {
  n: number;
  id: PackedStrings;
  report: DictStrings;
  metric: DictStrings;
  period: Int32Array;
  value: Float64Array;
  /** index into QUALIFIERS */
  qualifier: Uint8Array;
  valueMax: Float64Array;
  quote: PackedStrings;
  offset: Float64Array;
  figure: PackedStrings;
  extras: ObservationExtra[];
}

const QUALIFIER_CODE = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));

export function encodeObservations(list: readonly Observation[]): ObservationColumns {
  const n = list.length;
  const report = new DictBuilder(n);
  const metric = new DictBuilder(n);
  const period = new Int32Array(n);
  const value = new Float64Array(n);
  const qualifier = new Uint8Array(n);
  const valueMax = new Float64Array(n);
  const offset = new Float64Array(n);
  const ids = new Array<string>(n);
  const quotes = new Array<string>(n);
  const figures = new Array<string>(n);
  const extras: ObservationExtra[] = [];
  for (let i = 0; i < n; i++) {
    const o = list[i]!;
    ids[i] = o.id;
    report.set(i, o.report);
    metric.set(i, o.metric);
    period[i] = o.period;
    value[i] = o.value;
    qualifier[i] = QUALIFIER_CODE.get(o.qualifier)!;
    valueMax[i] = o.valueMax ?? Number.NaN;
    quotes[i] = o.quote;
    offset[i] = o.offset;
    figures[i] = o.figure ?? '';
    if (o.derived !== undefined || o.note !== undefined) {
      const x: ObservationExtra = { row: i };
      if (o.derived !== undefined) x.derived = o.derived;
      if (o.note !== undefined) x.note = o.note;
      extras.push(x);
    }
  }
  return {
    n,
    id: packStrings(ids),
    report: report.done(),
    metric: metric.done(),
    period,
    value,
    qualifier,
    valueMax,
    quote: packStrings(quotes),
    offset,
    figure: packStrings(figures),
    extras,
  };
}

/** Back to observation objects, keys in schema order, optional keys only where a value is present. */
export function decodeObservations(c: ObservationColumns): Observation[] {
  const ids = unpackStrings(c.id);
  const quotes = unpackStrings(c.quote);
  const figures = unpackStrings(c.figure);
  const extras = new Map<number, ObservationExtra>(c.extras.map((x) => [x.row, x]));
  const out = new Array<Observation>(c.n);
  for (let i = 0; i < c.n; i++) {
    // built key by key so that every decoded observation has the schema's key order (stable serialisation)
    const o = {
      id: ids[i]!,
      report: c.report.values[c.report.codes[i]!]!,
      metric: c.metric.values[c.metric.codes[i]!]!,
      period: c.period[i]!,
      value: c.value[i]!,
      qualifier: QUALIFIERS[c.qualifier[i]!] ?? 'exact',
    } as Observation;
    const max = c.valueMax[i]!;
    if (!Number.isNaN(max)) o.valueMax = max;
    o.quote = quotes[i]!;
    o.offset = c.offset[i]!;
    if (figures[i]) o.figure = figures[i];
    const x = extras.get(i);
    if (x?.derived !== undefined) o.derived = x.derived;
    if (x?.note !== undefined) o.note = x.note;
    out[i] = o;
  }
  return out;
}
