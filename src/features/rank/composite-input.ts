/** URL weights + metric blocks → the composite's input. Pure. */
import type { Catalog } from '../../model/catalog';
import type { MetricPeriodBlock } from '../../model/dataset-tables';
import { valuesInto } from '../../model/metric-values';
import { isSpecific } from '../../model/specific';
import type { CompositeInput } from '../../model/composite';
import type { UrlState } from '../../ui/url/url-state';

export const PERTURBATION = 0.25;
export const DRAWS = 500;
export const SEED = 1;

export const selectedMetrics = (weights: Record<string, number>): string[] =>
  Object.keys(weights).filter((k) => !k.startsWith('cat:'));

/** The weighted metrics the composite combines: those the catalogue has, report-specific ones left out. */
export function compositeMetrics(weights: Record<string, number>, catalog: Catalog): string[] {
  return selectedMetrics(weights).filter((id) => {
    const m = catalog.metricById.get(id);
    return m !== undefined && !isSpecific(m);
  });
}

/** `weights` with `key` (a metric id, or `cat:` and a category) set to `value`, or dropped when it is null. */
export function withWeight(weights: Readonly<Record<string, number>>, key: string, value: number | null): Record<string, number> {
  const w = { ...weights };
  if (value === null) delete w[key];
  else w[key] = value;
  return w;
}

/** Jurisdiction id → position in the catalogue, made once per catalogue (so column indexes can be reused). */
const indexes = new WeakMap<Catalog, ReadonlyMap<string, number>>();
function catalogIndex(catalog: Catalog): ReadonlyMap<string, number> {
  let index = indexes.get(catalog);
  if (!index) indexes.set(catalog, (index = new Map(catalog.jurisdictions.map((j, i) => [j.id, i]))));
  return index;
}

export function compositeInput(
  catalog: Catalog,
  url: Pick<UrlState, 'weights' | 'normalisation' | 'missing' | 'rankYear'>,
  blocks: ReadonlyMap<string, readonly MetricPeriodBlock[]>,
): CompositeInput {
  const ids = compositeMetrics(url.weights, catalog);
  const jurisdictions = catalog.jurisdictions.map((j) => j.id);
  const index = catalogIndex(catalog);
  const metrics = ids.map((id) => {
    const m = catalog.metricById.get(id)!;
    const cat = url.weights[`cat:${m.category}`] ?? 1;
    return { id, better: m.better, weight: (url.weights[id] ?? 1) * cat };
  });
  const values = ids.map((id) => {
    const v = new Float64Array(jurisdictions.length);
    valuesInto(blocks.get(id) ?? [], url.rankYear, index, v);
    return v;
  });
  return {
    jurisdictions,
    metrics,
    values,
    normalisation: url.normalisation,
    missing: url.missing,
    perturbation: PERTURBATION,
    draws: DRAWS,
    seed: SEED,
  };
}

/** Suggested metrics: the widest-covered shared ones (at least 2 jurisdictions), at most `n`, one per metric id. */
export function suggestedMetrics(catalog: Catalog, n = 6): string[] {
  return catalog.metrics
    .map((m, i) => ({ id: m.id, i, c: catalog.metricCoverage.get(m.id) ?? 0, better: m.better, specific: isSpecific(m) }))
    .filter((x) => x.c >= 2 && x.better !== 'neutral' && !x.specific)
    .sort((a, b) => b.c - a.c || a.i - b.i)
    .slice(0, n)
    .map((x) => x.id);
}
