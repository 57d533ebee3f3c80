/**
 * A jurisdiction's profile: its standing among the places that report each directed metric (percentile, mid-rank
 * for ties), by area or by metric, against the mean of the others; and time series with gaps. Pure.
 */
import type { MetricPeriodBlock } from './dataset-tables';
import { valuesByJurisdiction } from './metric-values';
import type { Better, Caveat, Category, Metric } from './schema';
import type { LocatedObservation } from './compare';
import type { InputCaveats } from './caveats';

/** A radar needs three axes, so three directed metrics shared with other places at least. */
export const RADAR_MIN = 3;

/** One axis of the radar: an area (the mean over its metrics) or, with `metric`, one metric. */
export interface CategoryScore {
  category: Category;
  /** set when the axis is one metric (the radar then has one axis per metric) */
  metric?: string;
  /** 0–100: the percentile among the places reporting the metric, mean over the area's metrics */
  score: number;
  /** mean of the other places' percentiles on the same metrics */
  othersMean: number;
  metrics: number;
  /** how many places (this one included) report the axis' metrics: the fewest and the most over them */
  places?: { min: number; max: number };
  /** the jurisdiction's figures behind its score that carry caveats; absent when none does */
  caveats?: InputCaveats[];
}

/** What the radar can show: its axes (empty: none), and what they were chosen from. */
export interface ProfileScores {
  /**
   * by area when the shared metrics fall in three areas or more, else one per metric (fewer than RADAR_MIN axes:
   * no radar, the table alone)
   */
  axes: CategoryScore[];
  by: 'category' | 'metric';
  /** the directed metrics the place shares with at least one other place */
  shared: number;
  /** the areas they fall in */
  categories: number;
}

/**
 * Percentiles 0–100 of `values` in the direction `better`: (mid-rank − ½) / n × 100, the worst place lowest, tied
 * places sharing the mean of their ranks. Never 0 or 100: two places score 25 and 75, three 16.7, 50 and 83.3, so a
 * gap of a fraction of a point is one step of the order, not the whole scale.
 */
export function percentiles(values: Float64Array, better: Better): Float64Array {
  const n = values.length;
  const sign = better === 'lower' ? -1 : 1;
  const order = [...values.keys()].sort((a, b) => sign * (values[a]! - values[b]!));
  const out = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let k = i;
    while (k + 1 < n && values[order[k + 1]!] === values[order[i]!]) k++;
    // ranks i + 1 … k + 1 share their mean
    const mid = (i + k) / 2 + 1;
    for (let q = i; q <= k; q++) out[order[q]!] = (100 * (mid - 0.5)) / n;
    i = k + 1;
  }
  return out;
}

interface MetricScore {
  metric: Metric;
  score: number;
  others: number;
  places: number;
  caveats?: readonly Caveat[] | undefined;
}

/** Each directed metric the target reports and at least one other place does too: its percentile and the others' mean. */
function metricScores(target: string, metrics: readonly Metric[], blocks: ReadonlyMap<string, readonly MetricPeriodBlock[]>): MetricScore[] {
  const out: MetricScore[] = [];
  for (const m of metrics) {
    if (m.better === 'neutral') continue;
    const { entries } = valuesByJurisdiction(blocks.get(m.id) ?? [], null);
    const ti = entries.findIndex((e) => e.jurisdiction === target);
    if (ti < 0 || entries.length < 2) continue;
    const p = percentiles(Float64Array.from(entries.map((e) => e.value)), m.better);
    let others = 0;
    for (let i = 0; i < p.length; i++) if (i !== ti) others += p[i]!;
    out.push({ metric: m, score: p[ti]!, others: others / (p.length - 1), places: entries.length, caveats: entries[ti]!.caveats });
  }
  return out;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Axes from metric scores: one per area (`byMetric` false) or one per metric. */
function axesOf(scores: readonly MetricScore[], byMetric: boolean): CategoryScore[] {
  const acc = new Map<string, { category: Category; metric?: string; s: number; o: number; n: number; min: number; max: number; caveats: InputCaveats[] }>();
  for (const x of scores) {
    const key = byMetric ? x.metric.id : x.metric.category;
    const a = acc.get(key) ?? { category: x.metric.category, ...(byMetric ? { metric: x.metric.id } : {}), s: 0, o: 0, n: 0, min: Infinity, max: 0, caveats: [] };
    if (x.caveats?.length) a.caveats.push({ metric: x.metric.id, caveats: x.caveats });
    a.s += x.score;
    a.o += x.others;
    a.n += 1;
    a.min = Math.min(a.min, x.places);
    a.max = Math.max(a.max, x.places);
    acc.set(key, a);
  }
  return [...acc.values()].map((a) => ({
    category: a.category,
    ...(a.metric ? { metric: a.metric } : {}),
    score: round1(a.s / a.n),
    othersMean: round1(a.o / a.n),
    metrics: a.n,
    places: { min: a.min, max: a.max },
    ...(a.caveats.length ? { caveats: a.caveats } : {}),
  }));
}

/**
 * Area scores: only metrics with a direction (higher/lower is better) that at least one other jurisdiction also
 * reports count (a neutral metric says nothing about merit); each is the place's percentile among all places
 * reporting it.
 */
export function categoryScores(
  target: string,
  metrics: readonly Metric[],
  blocks: ReadonlyMap<string, readonly MetricPeriodBlock[]>,
): CategoryScore[] {
  return axesOf(metricScores(target, metrics, blocks), false);
}

/**
 * The radar of a place: offered when it shares at least RADAR_MIN directed metrics with other places (counted by
 * metric, not by area: three shared metrics in two areas still make a radar). Its axes are the areas when the
 * shared metrics fall in three or more, otherwise one axis per metric.
 */
export function profileScores(target: string, metrics: readonly Metric[], blocks: ReadonlyMap<string, readonly MetricPeriodBlock[]>): ProfileScores {
  const scores = metricScores(target, metrics, blocks);
  const categories = new Set(scores.map((x) => x.metric.category)).size;
  const by = categories >= RADAR_MIN ? 'category' : 'metric';
  // under RADAR_MIN, one axis per metric still (the table behind the radar lists them), too few for a radar
  const axes = axesOf(scores, by === 'metric' || scores.length < RADAR_MIN);
  return { axes, by, shared: scores.length, categories };
}

/** Consecutive years from the first to the last, so that missing years show as gaps. */
export function yearSpan(periods: readonly number[]): number[] {
  if (periods.length === 0) return [];
  const min = Math.min(...periods);
  const max = Math.max(...periods);
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

export interface TimeSeries {
  metric: string;
  /** consecutive years from the first to the last reported */
  years: number[];
  /** the value of each year, null where the year is missing (a gap, not a line) */
  values: (number | null)[];
  /** the caveats of each year's figure (undefined: none); absent when no figure of the series has any */
  caveats?: (readonly Caveat[] | undefined)[];
}

/**
 * The metrics a jurisdiction reported in two or more years (in the order they first appear), each over the years
 * from its own observations. Within a year a figure from the text wins over a derived one, then the dataset listed
 * first in `datasetOrder` (the catalogue's: bundled before imported), as in rankings.
 */
export function timeSeries(observations: readonly LocatedObservation[], datasetOrder: readonly string[], limit = 12): TimeSeries[] {
  const rank = new Map(datasetOrder.map((d, i) => [d, i]));
  const pick = new Map<string, Map<number, LocatedObservation>>();
  const better = (a: LocatedObservation, b: LocatedObservation) =>
    Boolean(a.derived) !== Boolean(b.derived) ? !a.derived : (rank.get(a.dataset) ?? Infinity) < (rank.get(b.dataset) ?? Infinity);
  for (const o of observations) {
    const byYear = pick.get(o.metric) ?? new Map<number, LocatedObservation>();
    pick.set(o.metric, byYear);
    const prev = byYear.get(o.period);
    if (!prev || better(o, prev)) byYear.set(o.period, o);
  }
  const out: TimeSeries[] = [];
  for (const [metric, byYear] of pick) {
    if (byYear.size < 2) continue;
    const years = yearSpan([...byYear.keys()]);
    const series: TimeSeries = { metric, years, values: years.map((y) => byYear.get(y)?.value ?? null) };
    const caveats = years.map((y) => byYear.get(y)?.caveats);
    if (caveats.some((c) => c !== undefined)) series.caveats = caveats;
    out.push(series);
    if (out.length === limit) break;
  }
  return out;
}
