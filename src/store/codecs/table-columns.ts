/**
 * The observation columns of a stored block (./columns.ts) made from a table of columns
 * (src/model/observation-table.ts) instead of observation objects: the same columns, byte for byte
 * (tests/unit/formats/arrow-fast-path.test.ts).
 */
import { RARE_CAVEATS, RARE_DERIVED, RARE_NOTE, tableIds, type AsciiColumn, type ObservationTable } from '../../model/observation-table';
import {
  dictCode,
  emptyColumns,
  filledColumns,
  packStrings,
  placeQuote,
  type ObservationColumns,
  type ObservationExtra,
  type PackedStrings,
  type PositionColumns,
  type TextOf,
} from './columns';

const latin1 = new TextDecoder('latin1');

/**
 * The texts of `rows` (in order; all `n` when null) of an ASCII column packed: the same as `packStrings` of their
 * strings, made from the bytes with one decoding (no copy when the rows follow each other, as a block's mostly do).
 */
export function packAsciiRows(col: AsciiColumn, rows: ArrayLike<number> | null, n: number): PackedStrings {
  const { bytes, offsets } = col;
  const ends = new Uint32Array(n);
  if (n === 0) return { text: '', ends };
  if (rows === null) return { text: latin1.decode(bytes.subarray(offsets[0]!, offsets[n]!)), ends: endsOf(offsets, 0, n, ends) };
  const first = rows[0]!;
  let contiguous = true;
  for (let k = 1; k < n && contiguous; k++) contiguous = rows[k] === first + k;
  if (contiguous) return { text: latin1.decode(bytes.subarray(offsets[first]!, offsets[first + n]!)), ends: endsOf(offsets, first, n, ends) };
  // scattered rows (a metric block's): slices of the column decoded once, joined (cheaper than gathering bytes)
  const text = columnText(col);
  const base = offsets[0]!;
  const parts = new Array<string>(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    const r = rows[k]!;
    const s = offsets[r]! - base;
    const e = offsets[r + 1]! - base;
    parts[k] = text.slice(s, e);
    total += e - s;
    ends[k] = total;
  }
  return { text: parts.join(''), ends };
}

const columnTexts = new WeakMap<AsciiColumn, string>();
/** The whole column's text, decoded once. */
function columnText(col: AsciiColumn): string {
  let t = columnTexts.get(col);
  if (t === undefined) columnTexts.set(col, (t = latin1.decode(col.bytes.subarray(col.offsets[0]!, col.offsets[col.offsets.length - 1]!))));
  return t;
}

/** The ends of texts first … first + n - 1 counted from the first's start. */
function endsOf(offsets: Int32Array, first: number, n: number, ends: Uint32Array): Uint32Array {
  const base = offsets[first]!;
  for (let k = 0; k < n; k++) ends[k] = offsets[first + k + 1]! - base;
  return ends;
}

/**
 * The same columns from a table's rows (`rows`: which, in order; all when omitted): byte for byte what
 * `encodeObservations` makes of the table's observation objects, without making them.
 */
export function encodeTableObservations(t: ObservationTable, textOf: TextOf, rows?: ArrayLike<number>): ObservationColumns {
  const n = rows ? rows.length : t.n;
  const idBytes = t.idBytes;
  const tid = idBytes ? null : tableIds(t);
  const ids = tid ? new Array<string>(n) : null;
  const c = emptyColumns(n);
  const { report, reportIndex, metric, metricIndex, period, value, qualifier, positions, rare, extras } = c;
  const { report: treport, metric: tmetric, period: tperiod, value: tvalue, qualifier: tqualifier, valueMax, quote, offset, figure, rare: flags, figureAt } = t;
  let lastReport: string | null = null;
  let lastReportCode = 0;
  let lastText: string | undefined;
  let lastMetric: string | null = null;
  let lastMetricCode = 0;
  for (let i = 0; i < n; i++) {
    const r = rows ? rows[i]! : i;
    if (ids) ids[i] = tid![r]!;
    const rep = treport[r]!;
    if (rep !== lastReport) {
      lastReport = rep;
      lastReportCode = dictCode(reportIndex, report.values, rep);
      lastText = textOf(rep);
    }
    report.codes[i] = lastReportCode;
    const met = tmetric[r]!;
    if (met !== lastMetric) {
      lastMetric = met;
      lastMetricCode = dictCode(metricIndex, metric.values, met);
    }
    metric.codes[i] = lastMetricCode;
    period[i] = tperiod[r]!;
    value[i] = tvalue[r]!;
    qualifier[i] = tqualifier[r]!;
    let extra = figureAt && lastText !== undefined ? placeChecked(positions, i, offset[r]!, quote[r]!, figure[r], figureAt[r]!) : placeQuote(positions, i, offset[r]!, quote[r]!, figure[r], lastText);
    const f = flags[r]!;
    const max = valueMax[r]!;
    if (f !== 0 || max === max) {
      rare.add(i, max === max ? max : undefined, f & RARE_DERIVED ? t.derived.get(r) : undefined);
      if (f & RARE_NOTE) (extra ??= { row: i }).note = t.note.get(r)!;
      if (f & RARE_CAVEATS) (extra ??= { row: i }).caveats = t.caveats.get(r)!;
    }
    if (extra) extras.push(extra);
  }
  return filledColumns(c, n, ids ? packStrings(ids) : packAsciiRows(idBytes!, rows ?? null, n));
}

/**
 * `placeQuote` for a row whose quote is known to stand in the text at `offset` and whose figure is known to start
 * at `at` in the quote (a table whose rules were checked): the same columns and extra, without searching again.
 */
function placeChecked(p: PositionColumns, i: number, offset: number, q: string, figure: string | undefined, at: number): ObservationExtra | null {
  p.offset[i] = offset;
  let extra: ObservationExtra | null = null;
  if (offset !== p.offset[i]) (extra ??= { row: i }).offset = offset;
  if (extra === null && q.length <= 0xffff) p.quoteLength[i] = q.length;
  else (extra ??= { row: i }).quote = q;
  if (figure !== undefined) {
    if (at >= 0 && at <= 0xffff && figure.length <= 0xff) {
      p.figureStart[i] = at;
      p.figureLength[i] = figure.length;
    } else (extra ??= { row: i }).figure = figure;
  }
  return extra;
}

