/** How many of the chosen places report each indicator: what the pickers show and sort by. Pure. */
import type { Catalog } from '../../model/catalog';
import { comparableReporters, metricReporters, type LocatedObservation } from '../../model/compare';
import { sharedMetrics } from '../../model/specific';
import type { Category, Metric } from '../../model/schema';

export interface MetricCoverage {
  metric: Metric;
  /** chosen places that report it (a figure in any year) */
  reporters: number;
}

/**
 * The indicators of the areas that at least one chosen place reports (never a report-specific one), by area in
 * the order given, then most reported first (ties: the catalogue's order).
 */
export function metricCoverage(
  catalog: Pick<Catalog, 'metrics'>,
  observations: readonly LocatedObservation[],
  jurisdictions: readonly string[],
  categories: readonly Category[],
): MetricCoverage[] {
  const reporters = metricReporters(observations, jurisdictions);
  const area = new Map(categories.map((c, i) => [c, i]));
  return sharedMetrics(catalog.metrics)
    .map((metric, i) => ({ metric, i, reporters: reporters.get(metric.id)?.size ?? 0 }))
    .filter((x) => area.has(x.metric.category) && x.reporters > 0)
    .sort((a, b) => area.get(a.metric.category)! - area.get(b.metric.category)! || b.reporters - a.reporters || a.i - b.i)
    .map(({ metric, reporters: n }) => ({ metric, reporters: n }));
}

/** Per area, the indicators at least two of the chosen places report (one place chosen: those it reports). */
export function comparableByCategory(
  catalog: Pick<Catalog, 'metrics'>,
  observations: readonly LocatedObservation[],
  jurisdictions: readonly string[],
): Map<Category, number> {
  const reporters = metricReporters(observations, jurisdictions);
  const least = comparableReporters(jurisdictions);
  const out = new Map<Category, number>();
  for (const m of sharedMetrics(catalog.metrics))
    if ((reporters.get(m.id)?.size ?? 0) >= least) out.set(m.category, (out.get(m.category) ?? 0) + 1);
  return out;
}
