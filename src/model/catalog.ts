/** The merged catalogue of every stored dataset: what the selectors and views offer. Pure. */
import type { DatasetRecord } from './dataset-tables';
import type { Jurisdiction, Metric, Practice, Category } from './schema';
import { CATEGORIES } from './constants';
import { distinctShortNames } from './short-names';

export interface Catalog {
  datasets: DatasetRecord[];
  jurisdictions: Jurisdiction[];
  jurisdictionById: Map<string, Jurisdiction>;
  metrics: Metric[];
  metricById: Map<string, Metric>;
  practices: Practice[];
  practiceById: Map<string, Practice>;
  periods: number[];
  categories: Category[];
  /** metric id → jurisdictions reporting it, summed over datasets */
  metricCoverage: Map<string, number>;
}

/** Bundled data first, then user datasets by import date; the first definition of an id wins. */
export function mergeCatalog(records: readonly DatasetRecord[]): Catalog {
  const datasets = [...records].sort(
    (a, b) => (a.origin === b.origin ? a.importedAt - b.importedAt || a.id.localeCompare(b.id) : a.origin === 'bundled' ? -1 : 1),
  );
  const jurisdictionById = new Map<string, Jurisdiction>();
  const metricById = new Map<string, Metric>();
  const practiceById = new Map<string, Practice>();
  const periods = new Set<number>();
  const metricCoverage = new Map<string, number>();
  for (const d of datasets) {
    for (const [m, n] of Object.entries(d.metricCoverage ?? {})) metricCoverage.set(m, (metricCoverage.get(m) ?? 0) + n);
    for (const j of d.jurisdictions) {
      const had = jurisdictionById.get(j.id);
      // the first definition stands; what a later one adds (a code, a population of its own) joins it
      if (!had) jurisdictionById.set(j.id, j);
      else if ((!had.code && j.code) || (!had.population && j.population))
        jurisdictionById.set(j.id, { ...had, ...(had.code ? {} : j.code ? { code: j.code } : {}), ...(had.population ? {} : j.population ? { population: j.population } : {}) });
    }
    for (const m of d.metrics) if (!metricById.has(m.id)) metricById.set(m.id, m);
    for (const p of d.practices) if (!practiceById.has(p.id)) practiceById.set(p.id, p);
    for (const p of d.periods) periods.add(p);
  }
  // identical short names are never shown alone: the catalogue's copies say which place
  const jurisdictions = distinctShortNames([...jurisdictionById.values()]);
  for (const j of jurisdictions) jurisdictionById.set(j.id, j);
  const metrics = [...metricById.values()];
  const used = new Set(metrics.map((m) => m.category));
  return {
    datasets,
    jurisdictions,
    jurisdictionById,
    metrics,
    metricById,
    practices: [...practiceById.values()],
    practiceById,
    periods: [...periods].sort((a, b) => a - b),
    categories: CATEGORIES.filter((c) => used.has(c)),
    metricCoverage,
  };
}
