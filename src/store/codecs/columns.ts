/**
 * Column encodings for stored blocks (schema v2; why columns: docs/performance.md).
 *
 * IndexedDB stores a record as its structured clone, and the clone costs in proportion to bytes and objects: an
 * array of 400 observation objects writes 400 × 9 key names and 400 × 5 strings. Stored as columns, the same
 * observations are a few typed arrays and one string of ids, which clone as memory copies. Quotes and figures
 * are not stored again: the quote stands in its report's text at `offset` and the figure in the quote (the
 * validator checks both), so a length and a position say it all. Anything that does not fit (it cannot, after
 * validation, but the encoding does not rely on it) is kept whole in `extras`.
 *
 * Pure functions, no Dexie: `decode(encode(x))` gives back `x` (property-tested in
 * tests/unit/store/codecs/columns.test.ts).
 */
import { DERIVED_FORMULAS, QUALIFIERS } from '../../model/constants';
import type { Bilingual, Caveat, Derived, Observation } from '../../model/schema';

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

/** Rare parts of an observation, kept as objects next to the row they belong to. */
export interface ObservationExtra {
  row: number;
  note?: Bilingual;
  caveats?: Caveat[];
  /** the quote, where it does not stand in the report text at `offset` */
  quote?: string;
  /** the figure, where it is not found in the quote (or is too long for the position columns) */
  figure?: string;
  /** an offset beyond the offset column's range */
  offset?: number;
}

/**
 * Observations as columns. Absent values: `quoteLength` 0 (the quote is in `extras`), `figureLength` 0 (no
 * figure, or it is in `extras`); ranges and derived figures are listed by row.
 */
export interface ObservationColumns {
  n: number;
  id: PackedStrings;
  report: DictStrings;
  metric: DictStrings;
  period: Uint16Array;
  value: Float64Array;
  /** index into QUALIFIERS */
  qualifier: Uint8Array;
  offset: Uint32Array;
  quoteLength: Uint16Array;
  figureStart: Uint16Array;
  figureLength: Uint8Array;
  ranges: { rows: Uint32Array; max: Float64Array };
  derived: { rows: Uint32Array; formula: Uint8Array; inputCount: Uint8Array; inputs: PackedStrings };
  extras: ObservationExtra[];
}

const QUALIFIER_CODE = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));
const FORMULA_CODE = new Map<string, number>(DERIVED_FORMULAS.map((f, i) => [f, i]));

/** The code of `v` in a dictionary column, adding it when new. */
export function dictCode(index: Map<string, number>, values: string[], v: string): number {
  let c = index.get(v);
  if (c === undefined) {
    c = values.push(v) - 1;
    index.set(v, c);
  }
  return c;
}

/** Report id → text, for the quotes (undefined: the quote is kept whole). */
export type TextOf = (report: string) => string | undefined;

/** Where the quote stands in the report text and the figure in the quote, per row. */
export interface PositionColumns {
  offset: Uint32Array;
  quoteLength: Uint16Array;
  figureStart: Uint16Array;
  figureLength: Uint8Array;
}

/**
 * Encodes `list[rows[k]]` for k = 0 … rows.length - 1 (all of `list` when rows is omitted): the caller can pick
 * one jurisdiction's observations out of a dataset without copying them first. One pass, in order.
 */
/** The columns of `n` observations, empty, as both encoders fill them (from objects, from a columnar table). */
export function emptyColumns(n: number) {
  return {
    report: { values: [], codes: new Uint32Array(n) } as DictStrings,
    reportIndex: new Map<string, number>(),
    metric: { values: [], codes: new Uint32Array(n) } as DictStrings,
    metricIndex: new Map<string, number>(),
    period: new Uint16Array(n),
    value: new Float64Array(n),
    qualifier: new Uint8Array(n),
    positions: {
      offset: new Uint32Array(n),
      quoteLength: new Uint16Array(n),
      figureStart: new Uint16Array(n),
      figureLength: new Uint8Array(n),
    } as PositionColumns,
    rare: new RareParts(),
    extras: [] as ObservationExtra[],
  };
}

/** The stored columns of `n` observations once an encoder has filled `c`, with their packed ids. */
export function filledColumns(c: ReturnType<typeof emptyColumns>, n: number, id: PackedStrings): ObservationColumns {
  const { report, metric, period, value, qualifier, positions, rare, extras } = c;
  return {
    n,
    id,
    report,
    metric,
    period,
    value,
    qualifier,
    offset: positions.offset,
    quoteLength: positions.quoteLength,
    figureStart: positions.figureStart,
    figureLength: positions.figureLength,
    ranges: rare.ranges(),
    derived: rare.derived(),
    extras,
  };
}

export function encodeObservations(list: readonly Observation[], textOf: TextOf, rows?: ArrayLike<number>): ObservationColumns {
  const n = rows ? rows.length : list.length;
  const ids = new Array<string>(n);
  const c = emptyColumns(n);
  const { report, reportIndex, metric, metricIndex, period, value, qualifier, positions, rare, extras } = c;
  let lastReport: string | null = null;
  let lastReportCode = 0;
  let lastText: string | undefined;
  let lastMetric: string | null = null;
  let lastMetricCode = 0;
  for (let i = 0; i < n; i++) {
    const o = list[rows ? rows[i]! : i]!;
    ids[i] = o.id;
    if (o.report !== lastReport) {
      lastReport = o.report;
      lastReportCode = dictCode(reportIndex, report.values, o.report);
      lastText = textOf(o.report);
    }
    report.codes[i] = lastReportCode;
    if (o.metric !== lastMetric) {
      lastMetric = o.metric;
      lastMetricCode = dictCode(metricIndex, metric.values, o.metric);
    }
    metric.codes[i] = lastMetricCode;
    period[i] = o.period;
    value[i] = o.value;
    qualifier[i] = QUALIFIER_CODE.get(o.qualifier)!;
    let extra = placeQuote(positions, i, o.offset, o.quote, o.figure, lastText);
    rare.add(i, o.valueMax, o.derived);
    if (o.note !== undefined) (extra ??= { row: i }).note = o.note;
    if (o.caveats !== undefined) (extra ??= { row: i }).caveats = o.caveats;
    if (extra) extras.push(extra);
  }
  return filledColumns(c, n, packStrings(ids));
}
/**
 * Row `i`'s offset, quote length and figure position; what does not fit (an offset beyond 32 bits, a quote not at
 * its offset in `text` or too long, a figure not in the quote or too long) goes into the row's extra instead.
 */
export function placeQuote(p: PositionColumns, i: number, offset: number, q: string, figure: string | undefined, text: string | undefined): ObservationExtra | null {
  p.offset[i] = offset;
  let extra: ObservationExtra | null = null;
  if (offset !== p.offset[i]) (extra ??= { row: i }).offset = offset;
  if (text !== undefined && extra === null && q.length <= 0xffff && text.startsWith(q, offset)) p.quoteLength[i] = q.length;
  else (extra ??= { row: i }).quote = q;
  if (figure !== undefined) {
    const at = q.indexOf(figure);
    if (at >= 0 && at <= 0xffff && figure.length <= 0xff) {
      p.figureStart[i] = at;
      p.figureLength[i] = figure.length;
    } else (extra ??= { row: i }).figure = figure;
  }
  return extra;
}

/** Ranges and derived figures, listed by row (few rows have them). */
export class RareParts {
  private readonly rangeRows: number[] = [];
  private readonly rangeMax: number[] = [];
  private readonly derivedRows: number[] = [];
  private readonly derivedFormula: number[] = [];
  private readonly derivedCount: number[] = [];
  private readonly derivedInputs: string[] = [];

  add(i: number, valueMax: number | undefined, derived: Derived | undefined): void {
    if (valueMax !== undefined) {
      this.rangeRows.push(i);
      this.rangeMax.push(valueMax);
    }
    if (derived !== undefined) {
      this.derivedRows.push(i);
      this.derivedFormula.push(FORMULA_CODE.get(derived.formula)!);
      this.derivedCount.push(derived.inputs.length);
      for (const input of derived.inputs) this.derivedInputs.push(input);
    }
  }

  ranges(): ObservationColumns['ranges'] {
    return { rows: Uint32Array.from(this.rangeRows), max: Float64Array.from(this.rangeMax) };
  }

  derived(): ObservationColumns['derived'] {
    return {
      rows: Uint32Array.from(this.derivedRows),
      formula: Uint8Array.from(this.derivedFormula),
      inputCount: Uint8Array.from(this.derivedCount),
      inputs: packStrings(this.derivedInputs),
    };
  }
}

/** Back to observation objects, keys in schema order, optional keys only where a value is present. */
export function decodeObservations(c: ObservationColumns, textOf: TextOf): Observation[] {
  const ids = unpackStrings(c.id);
  const extras = new Map<number, ObservationExtra>(c.extras.map((x) => [x.row, x]));
  const ranges = new Map<number, number>();
  for (let k = 0; k < c.ranges.rows.length; k++) ranges.set(c.ranges.rows[k]!, c.ranges.max[k]!);
  const derived = new Map<number, Observation['derived']>();
  const inputs = unpackStrings(c.derived.inputs);
  for (let k = 0, at = 0; k < c.derived.rows.length; k++) {
    const count = c.derived.inputCount[k]!;
    derived.set(c.derived.rows[k]!, {
      formula: DERIVED_FORMULAS[c.derived.formula[k]!] ?? 'ratio_pct',
      inputs: inputs.slice(at, at + count),
    });
    at += count;
  }
  const texts = c.report.values.map((r) => textOf(r) ?? '');
  const out = new Array<Observation>(c.n);
  for (let i = 0; i < c.n; i++) {
    const x = extras.get(i);
    const reportCode = c.report.codes[i]!;
    const at = x?.offset ?? c.offset[i]!;
    const quote = x?.quote ?? texts[reportCode]!.slice(at, at + c.quoteLength[i]!);
    // built key by key so that every decoded observation has the schema's key order (stable serialisation)
    const o = {
      id: ids[i]!,
      report: c.report.values[reportCode]!,
      metric: c.metric.values[c.metric.codes[i]!]!,
      period: c.period[i]!,
      value: c.value[i]!,
      qualifier: QUALIFIERS[c.qualifier[i]!] ?? 'exact',
    } as Observation;
    const max = ranges.get(i);
    if (max !== undefined) o.valueMax = max;
    o.quote = quote;
    o.offset = at;
    const figureLength = c.figureLength[i]!;
    if (x?.figure !== undefined) o.figure = x.figure;
    else if (figureLength > 0) o.figure = quote.slice(c.figureStart[i]!, c.figureStart[i]! + figureLength);
    const d = derived.get(i);
    if (d !== undefined) o.derived = d;
    if (x?.note !== undefined) o.note = x.note;
    if (x?.caveats !== undefined) o.caveats = x.caveats;
    out[i] = o;
  }
  return out;
}
