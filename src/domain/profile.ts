/** A jurisdiction's profile: category scores against the mean of the others. Pure. */
import type { MetricPeriodBlock } from './blocks';
import { valuesByJurisdiction } from './metric-values';
import { normalise } from './rank';
import type { Category, Metric } from './schema';

export interface CategoryScore {
  category: Category;
  /** 0–100, min–max in the metric's direction, mean over the category's metrics */
  score: number;
  /** mean of the other jurisdictions' scores on the same metrics */
  othersMean: number;
  metrics: number;
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
  const acc = new Map<Category, { s: number; o: number; n: number }>();
  for (const m of metrics) {
    if (m.better === 'neutral') continue;
    const { entries } = valuesByJurisdiction(blocks.get(m.id) ?? [], null);
    const ti = entries.findIndex((e) => e.jurisdiction === target);
    if (ti < 0 || entries.length < 2) continue;
    const norm = normalise(Float64Array.from(entries.map((e) => e.value)), m.better, 'minmax');
    let others = 0;
    for (let i = 0; i < norm.length; i++) if (i !== ti) others += norm[i]!;
    const a = acc.get(m.category) ?? { s: 0, o: 0, n: 0 };
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
  }));
}

/** Consecutive years from the first to the last, so that missing years show as gaps. */
export function yearSpan(periods: readonly number[]): number[] {
  if (periods.length === 0) return [];
  const min = Math.min(...periods);
  const max = Math.max(...periods);
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}
