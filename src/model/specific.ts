/**
 * Report-specific figures (a metric with `specific: true`: a figure of one report, not an indicator of the shared
 * catalogue) are never compared: no bars with "not reported" gaps for the other places, no rankings. The views
 * list them apart. Pure.
 */
import type { LocatedObservation } from './compare';
import { CATEGORIES } from './constants';
import type { Category, Metric } from './schema';

export const isSpecific = (m: Pick<Metric, 'specific'>): boolean => m.specific === true;

/** The metrics that can be compared across places (catalogue indicators), in their order. */
export const sharedMetrics = <M extends Pick<Metric, 'specific'>>(metrics: readonly M[]): M[] => metrics.filter((m) => !isSpecific(m));

export interface SpecificFigure {
  metric: Metric;
  observation: LocatedObservation;
}

export interface SpecificQuery {
  /** the places, in the order the view lists them */
  jurisdictions: readonly string[];
  /** only these areas (all when absent) */
  categories?: readonly Category[] | undefined;
  /** a fixed year, or null for every year */
  year: number | null;
}

/**
 * The report-specific figures of some places: by place (in the order given), then area (the catalogue's order),
 * then the order the figures come in. A figure whose metric the catalogue does not know is left out.
 */
export function specificFigures(
  observations: readonly LocatedObservation[],
  metricById: ReadonlyMap<string, Metric>,
  q: SpecificQuery,
): SpecificFigure[] {
  const place = new Map(q.jurisdictions.map((j, i) => [j, i]));
  const area = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));
  const categories = q.categories ? new Set(q.categories) : null;
  const out: { f: SpecificFigure; i: number }[] = [];
  observations.forEach((o, i) => {
    const metric = metricById.get(o.metric);
    if (!metric || !isSpecific(metric) || !place.has(o.jurisdiction)) return;
    if (categories && !categories.has(metric.category)) return;
    if (q.year !== null && o.period !== q.year) return;
    out.push({ f: { metric, observation: o }, i });
  });
  return out
    .sort(
      (a, b) =>
        place.get(a.f.observation.jurisdiction)! - place.get(b.f.observation.jurisdiction)! ||
        area.get(a.f.metric.category)! - area.get(b.f.metric.category)! ||
        a.i - b.i,
    )
    .map((x) => x.f);
}
