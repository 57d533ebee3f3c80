/** What the compare view draws for a selection: panels of shared metrics, and the report-specific figures apart. Pure. */
import type { Catalog } from '../../model/catalog';
import { buildPanels, comparableMetrics, type LocatedObservation, type Panel } from '../../model/compare';
import { singleReporterFigures, type SingleReporterFigure } from '../../model/single-reporter';
import { isSpecific, sharedMetrics, specificFigures, type SpecificFigure } from '../../model/specific';
import type { Metric } from '../../model/schema';
import { perCapitaPanel, type Population } from '../../model/per-capita';
import type { UrlState } from '../../ui/url/url-state';

export interface CompareContent {
  panels: Panel[];
  specific: SpecificFigure[];
  /** figures of indicators only one chosen place reports (not drawn): listed under the charts */
  single: SingleReporterFigure[];
}

/** The metrics drawn: the ones picked (never a report-specific one), or those at least two chosen places report. */
export function drawnMetrics(
  observations: readonly LocatedObservation[],
  catalog: Catalog,
  url: Pick<UrlState, 'metrics' | 'categories'>,
  jurisdictions: readonly string[],
): Metric[] {
  return url.metrics.length
    ? url.metrics.map((m) => catalog.metricById.get(m)).filter((m): m is Metric => m !== undefined && !isSpecific(m))
    : comparableMetrics(sharedMetrics(catalog.metrics), url.categories, observations, jurisdictions);
}

/**
 * The picked metrics (or the default ones) as panels — never a report-specific metric, which would be a bar for one
 * place and "not reported" for all others — the figures of indicators only one chosen place reports, and the
 * report-specific figures of the chosen places and areas. With the automatic choice a panel leaves out the places
 * that report none of its metrics (it names them); a metric picked is drawn for every place, gaps included.
 */
export function compareContent(
  observations: readonly LocatedObservation[],
  catalog: Catalog,
  url: Pick<UrlState, 'metrics' | 'categories' | 'year' | 'sameYear'> & Partial<Pick<UrlState, 'nearYear'>>,
  jurisdictions: readonly string[],
  /** per 10,000 residents: each jurisdiction's population (null: none known); absent for figures as reported */
  populations?: ReadonlyMap<string, Population | null>,
  /** places every panel draws even when they report none of its metrics (a peer group's focus) */
  keep?: readonly string[],
): CompareContent {
  const metrics = drawnMetrics(observations, catalog, url, jurisdictions);
  const years = { year: url.year, sameYear: url.sameYear, nearYear: url.nearYear === true && url.year !== null };
  const panels = buildPanels(observations, { jurisdictions, metrics, ...years, dropSilent: url.metrics.length === 0, keep });
  const single = singleReporterFigures(observations, sharedMetrics(catalog.metrics), {
    jurisdictions,
    categories: url.categories,
    ...years,
    drawn: new Set(metrics.map((m) => m.id)),
  });
  return {
    panels: populations ? panels.map((p) => perCapitaPanel(p, populations)) : panels,
    single,
    specific: specificFigures(observations, catalog.metricById, { jurisdictions, categories: url.categories, year: url.year }),
  };
}
