/** What the compare view draws for a selection: panels of shared metrics, and the report-specific figures apart. Pure. */
import type { Catalog } from '../../model/catalog';
import { buildPanels, defaultMetrics, type LocatedObservation, type Panel } from '../../model/compare';
import { isSpecific, sharedMetrics, specificFigures, type SpecificFigure } from '../../model/specific';
import type { Metric } from '../../model/schema';
import { perCapitaPanel, type Population } from '../../model/per-capita';
import type { UrlState } from '../../ui/url/url-state';

export interface CompareContent {
  panels: Panel[];
  specific: SpecificFigure[];
}

/**
 * The picked metrics (or the default ones) as panels — never a report-specific metric, which would be a bar for one
 * place and "not reported" for all others — and the report-specific figures of the chosen places and areas.
 */
export function compareContent(
  observations: readonly LocatedObservation[],
  catalog: Catalog,
  url: Pick<UrlState, 'metrics' | 'categories' | 'year' | 'sameYear'>,
  jurisdictions: readonly string[],
  /** per 10,000 residents: each jurisdiction's population (null: none known); absent for figures as reported */
  populations?: ReadonlyMap<string, Population | null>,
): CompareContent {
  const metrics = url.metrics.length
    ? url.metrics.map((m) => catalog.metricById.get(m)).filter((m): m is Metric => m !== undefined && !isSpecific(m))
    : defaultMetrics(sharedMetrics(catalog.metrics), url.categories, observations, jurisdictions);
  const panels = buildPanels(observations, { jurisdictions, metrics, year: url.year, sameYear: url.sameYear });
  return {
    panels: populations ? panels.map((p) => perCapitaPanel(p, populations)) : panels,
    specific: specificFigures(observations, catalog.metricById, { jurisdictions, categories: url.categories, year: url.year }),
  };
}
