/**
 * Where a figure falls among all places' figures of the same indicator, pure: the median and the middle half
 * (quartiles, linear interpolation between order statistics) and a figure's percentile (the share of the others it
 * is above, ties counting half). Places that do not report are not in the distribution (never as 0). The spreads
 * themselves are read from the metric blocks by ./spreads.ts (loaded on demand); what the views need of a spread
 * is here.
 */
import type { Panel } from './compare';
import type { FormatInput } from './format';

export interface Distribution {
  n: number;
  median: number;
  q1: number;
  q3: number;
}

function quantile(sorted: Float64Array, p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** The fewest figures a distribution is spoken of with (a middle half needs three). */
export const SPREAD_MIN = 3;

/** The distribution of `values` (NaN left out); null for fewer than three values (no middle half to speak of). */
export function distributionOf(values: Iterable<number>): Distribution | null {
  const list: number[] = [];
  for (const v of values) if (!Number.isNaN(v)) list.push(v);
  if (list.length < SPREAD_MIN) return null;
  const sorted = Float64Array.from(list).sort();
  return { n: sorted.length, median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75) };
}

/** The percentile of `value` among `values` (0–100, rounded): below all 0, above all 100, ties count half. */
export function percentileAmong(value: number, values: readonly number[]): number {
  const others = values.filter((v) => !Number.isNaN(v));
  if (others.length <= 1) return 50;
  let below = 0;
  let equal = 0;
  for (const v of others) {
    if (v < value) below++;
    else if (v === value) equal++;
  }
  // the value itself is among `values`: leave one equal out
  const n = others.length - 1;
  return Math.round((100 * (below + Math.max(0, equal - 1) / 2)) / n);
}

/** The figures of every place that reports a metric (or of a peer group), and their distribution. */
export interface Spread {
  /** null: fewer than three figures */
  dist: Distribution | null;
  /** the figures (per 10,000 residents when `perCapita`); a place left out by `exclude` is not among them */
  values: number[];
  /** the figures are per 10,000 residents */
  perCapita: boolean;
  /** how many of the figures stand in from the year after or before the one asked (nearest year) */
  adjacent: number;
}

/** A spread with a distribution (at least three places). */
export type MetricSpread = Spread & { dist: Distribution };

export const hasDistribution = (s: Spread | null | undefined): s is MetricSpread => Boolean(s?.dist);

/** Per metric of the panel (in its order) the spread, or null where there is none (fewer than three places). */
export function panelSpreads(panel: Panel, spreads: ReadonlyMap<string, Spread> | null): (MetricSpread | null)[] {
  return panel.metrics.map((m) => {
    const s = spreads?.get(m.id);
    // a divided panel is compared with per-head figures only (and a plain one with plain figures)
    return hasDistribution(s) && s.perCapita === Boolean(panel.perCapita?.divided) ? s : null;
  });
}

/** Each compared place's percentile on metric `mi` of the panel (null: not reported there). */
export function placePercentiles(panel: Panel, mi: number, spread: Spread): (number | null)[] {
  return panel.cells[mi]!.map((c) => (c.status === 'reported' ? percentileAmong(c.value, spread.values) : null));
}

/**
 * Where one place's figure falls among the others' (`others` without it): its percentile among all of them with
 * it, and how sure that is — a lower bound (≥) falls at least there, an upper bound (≤) at most, a range between
 * the percentiles of its ends, an approximation about there. Null with fewer than three figures in all.
 */
export interface Standing {
  /** the distribution of the others' figures and this one */
  dist: Distribution;
  /** the percentile of the figure (of a range's lower end) */
  percentile: number;
  /** a range's upper end's percentile */
  upper?: number | undefined;
  /** what the percentile is: exactly, at least, at most, about, or a range of percentiles */
  bound: 'exact' | 'at_least' | 'at_most' | 'approx' | 'range';
}

export function standingAmong(f: FormatInput, others: readonly number[]): Standing | null {
  const all = [...others, f.value];
  const dist = distributionOf(all);
  if (!dist) return null;
  const percentile = percentileAmong(f.value, all);
  if (f.qualifier === 'range' && f.valueMax !== undefined && f.valueMax !== f.value) {
    return { dist, percentile, upper: percentileAmong(f.valueMax, [...others, f.valueMax]), bound: 'range' };
  }
  return { dist, percentile, bound: f.qualifier === 'range' ? 'exact' : f.qualifier };
}

/** Three significant digits, whole numbers from 100 up: how a median or quartile is said. */
export const roundSpread = (v: number): number => (Math.abs(v) >= 100 || v === 0 ? Math.round(v) : Number(v.toPrecision(3)));
