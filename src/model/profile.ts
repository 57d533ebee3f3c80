/** A jurisdiction's profile: category scores against the mean of the others. Pure. */
import type { MetricPeriodBlock } from './dataset-tables';
import { valuesByJurisdiction } from './metric-values';
import { normalise } from './rank';
import type { Caveat, Category, Metric } from './schema';
import type { LocatedObservation } from './compare';
import type { InputCaveats } from './caveats';

export interface CategoryScore {
  category: Category;
  /** 0–100, min–max in the metric's direction, mean over the category's metrics */
  score: number;
  /** mean of the other jurisdictions' scores on the same metrics */
  othersMean: number;
  metrics: number;
  /** the jurisdiction's figures behind its score that carry caveats; absent when none does */
  caveats?: InputCaveats[];
}

/**
 * Only metrics with a direction (higher/lower is better) that at least one other jurisdiction also reports count:
 * a neutral metric says nothing about merit.
 */
export function categoryScores(
  target: string,
  metrics: readonly Metric[],
  blocks: ReadonlyMap<string, readonly MetricPeriodBlock[]>,
): CategoryScore[] {
  const acc = new Map<Category, { s: number; o: number; n: number; caveats: InputCaveats[] }>();
  for (const m of metrics) {
    if (m.better === 'neutral') continue;
    const { entries } = valuesByJurisdiction(blocks.get(m.id) ?? [], null);
    const ti = entries.findIndex((e) => e.jurisdiction === target);
    if (ti < 0 || entries.length < 2) continue;
    const norm = normalise(Float64Array.from(entries.map((e) => e.value)), m.better, 'minmax');
    let others = 0;
    for (let i = 0; i < norm.length; i++) if (i !== ti) others += norm[i]!;
    const a = acc.get(m.category) ?? { s: 0, o: 0, n: 0, caveats: [] };
    const caveats = entries[ti]!.caveats;
    if (caveats?.length) a.caveats.push({ metric: m.id, caveats });
    a.s += norm[ti]!;
    a.o += others / (norm.length - 1);
    a.n += 1;
    acc.set(m.category, a);
  }
  return [...acc].map(([category, a]) => ({
    category,
    score: Math.round((a.s / a.n) * 10) / 10,
    othersMean: Math.round((a.o / a.n) * 10) / 10,
    metrics: a.n,
    ...(a.caveats.length ? { caveats: a.caveats } : {}),
  }));
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
