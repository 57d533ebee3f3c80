/**
 * Figures that only one of the chosen places reports: nothing to compare them with, so the compare view lists
 * them under the charts instead of drawing one bar among "not reported" gaps. Pure.
 */
import { buildPanels, metricReporters, type CompareQuery, type LocatedObservation, type ReportedCell } from './compare';
import type { Category, Metric } from './schema';

export interface SingleReporterFigure {
  metric: Metric;
  /** the figure as a panel would show it (its year: `cell.period`; `cell.adjacent` when of the year next to the one asked) */
  cell: ReportedCell;
}

export interface SingleReporterQuery extends Omit<CompareQuery, 'metrics' | 'dropSilent'> {
  categories: readonly Category[];
  /** the metrics drawn as charts: never listed again */
  drawn: ReadonlySet<string>;
}

/**
 * The figures of the metrics (of the chosen areas, not drawn) that exactly one chosen place reports, in any year,
 * picked as the panels pick them (the year asked, the nearest year, or the latest): by place (in the order given),
 * then area (in the order given), then the metrics' order. Nothing when fewer than two places are chosen.
 */
export function singleReporterFigures(
  observations: readonly LocatedObservation[],
  metrics: readonly Metric[],
  q: SingleReporterQuery,
): SingleReporterFigure[] {
  if (q.jurisdictions.length < 2) return [];
  const reporters = metricReporters(observations, q.jurisdictions);
  const area = new Map(q.categories.map((c, i) => [c, i]));
  const lone = metrics
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => area.has(m.category) && !q.drawn.has(m.id) && reporters.get(m.id)?.size === 1)
    .sort((a, b) => area.get(a.m.category)! - area.get(b.m.category)! || a.i - b.i)
    .map(({ m }) => m);
  if (lone.length === 0) return [];
  const panels = buildPanels(observations, { ...q, metrics: lone });
  const rank = new Map(lone.map((m, i) => [m.id, i]));
  const out: { f: SingleReporterFigure; place: number }[] = [];
  for (const p of panels)
    p.metrics.forEach((m, mi) =>
      p.cells[mi]!.forEach((c, ji) => {
        if (c.status === 'reported') out.push({ f: { metric: m, cell: c }, place: ji });
      }),
    );
  return out
    .sort((a, b) => a.place - b.place || rank.get(a.f.metric.id)! - rank.get(b.f.metric.id)!)
    .map((x) => x.f);
}
