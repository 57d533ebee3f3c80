/**
 * URL weights + metric blocks (+ populations) → the composite's input. Pure. With populations, counts and amounts
 * are divided by each place's population (per 10,000 residents) before they are normalised; a place without
 * population has no value for them (missing under the missing-data policy, never 0). Rates, changes, durations
 * and indexes are never divided.
 */
import type { Catalog } from '../../model/catalog';
import type { MetricPeriodBlock } from '../../model/dataset-tables';
import { valuesInto } from '../../model/metric-values';
import { isSpecific } from '../../model/specific';
import type { CompositeInput } from '../../model/composite';
import { dividesPerCapita, PER_CAPITA_BASE, type Population } from '../../model/per-capita';
import type { UrlState } from '../../ui/url/url-state';

/** Each jurisdiction's population by id (null: none known), as `populationsOf` makes them. */
export type Populations = ReadonlyMap<string, Population | null>;

/** How the composite's counts and amounts were divided (absent: none was). */
export interface CompositePerCapita {
  /** the chosen metrics divided by population (counts and amounts), in the order chosen */
  divided: string[];
  /** the places that report one of them but have no population: missing there, in catalogue order */
  noPopulation: string[];
  /** the populations the divided figures were divided by, one of each year and source */
  sources: Population[];
  /** every place's population (null: none known) */
  populations: Populations;
}

/** The composite's input, and how its counts and amounts were divided when they were. */
export interface CompositeInputPerCapita extends CompositeInput {
  perCapita?: CompositePerCapita | undefined;
  /** periods[m][j]: the period of values[m][j] (0 where there is none) */
  periods: Int32Array[];
}

export const PERTURBATION = 0.25;
/** the probability that a draw of the stability band leaves a metric out (a random subset of the metrics) */
export const DROP = 0.2;
export const DRAWS = 500;
export const SEED = 1;
/** under this coverage, ranked places are said to rest on few of the chosen metrics */
export const LOW_COVERAGE = 2 / 3;

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

/** Population at each catalogue position (NaN: none), made once per catalogue and populations. */
const populationColumns = new WeakMap<Populations, WeakMap<Catalog, Float64Array>>();
function populationColumn(catalog: Catalog, populations: Populations): Float64Array {
  const byCatalog = populationColumns.get(populations) ?? new WeakMap<Catalog, Float64Array>();
  populationColumns.set(populations, byCatalog);
  let column = byCatalog.get(catalog);
  if (!column) {
    column = Float64Array.from(catalog.jurisdictions, (j) => {
      const p = populations.get(j.id)?.population;
      return p !== undefined && p > 0 ? p : Number.NaN;
    });
    byCatalog.set(catalog, column);
  }
  return column;
}

/** `values` per 10,000 residents in place; NaN where the population is (a place without population: missing). */
export function perCapitaColumn(values: Float64Array, population: Float64Array): void {
  for (let j = 0; j < values.length; j++) values[j] = (values[j]! * PER_CAPITA_BASE) / population[j]!;
}

/**
 * The composite's input. With `populations` (counts per 10,000 residents asked for and the gazetteer read), the
 * chosen counts and amounts are per 10,000 residents and `perCapita` says which, and who had no population. With
 * `members` (a peer group), only those places, each metric normalised among them. `minCoverage` (percent of the
 * total weight; absent: none) is the coverage a place needs to be ranked.
 */
export function compositeInput(
  catalog: Catalog,
  url: Pick<UrlState, 'weights' | 'normalisation' | 'missing' | 'rankYear'> & Partial<Pick<UrlState, 'minCoverage'>>,
  blocks: ReadonlyMap<string, readonly MetricPeriodBlock[]>,
  populations?: Populations | null,
  members?: ReadonlySet<string> | null,
): CompositeInputPerCapita {
  const ids = compositeMetrics(url.weights, catalog);
  const jurisdictions = catalog.jurisdictions.map((j) => j.id);
  const index = catalogIndex(catalog);
  const metrics = ids.map((id) => {
    const m = catalog.metricById.get(id)!;
    const cat = url.weights[`cat:${m.category}`] ?? 1;
    return { id, better: m.better, weight: (url.weights[id] ?? 1) * cat };
  });
  const population = populations ? populationColumn(catalog, populations) : null;
  const divided = population ? ids.filter((id) => dividesPerCapita(catalog.metricById.get(id)!.kind)) : [];
  // 1: reports a divided metric but has no population; 2: reports one and has a population
  const reach = new Uint8Array(population ? jurisdictions.length : 0);
  const periods = ids.map(() => new Int32Array(jurisdictions.length));
  const values = ids.map((id, k) => {
    const v = new Float64Array(jurisdictions.length);
    valuesInto(blocks.get(id) ?? [], url.rankYear, index, v, periods[k]);
    if (population && divided.includes(id)) {
      for (let j = 0; j < v.length; j++) if (!Number.isNaN(v[j]!)) reach[j] = Number.isNaN(population[j]!) ? 1 : 2;
      perCapitaColumn(v, population);
    }
    return v;
  });
  // a peer group: the members alone, so that each metric is normalised among them (min–max, rank, z-score)
  const keep = members ? jurisdictions.flatMap((id, j) => (members.has(id) ? [j] : [])) : null;
  const kept = keep ? keep.map((j) => jurisdictions[j]!) : jurisdictions;
  const keptValues = keep ? values.map((v) => Float64Array.from(keep, (j) => v[j]!)) : values;
  const keptPeriods = keep ? periods.map((p) => Int32Array.from(keep, (j) => p[j]!)) : periods;
  const keptReach = keep ? Uint8Array.from(keep, (j) => reach[j] ?? 0) : reach;
  const perCapita = populations && divided.length
    ? { divided, noPopulation: kept.filter((_, j) => keptReach[j] === 1), sources: usedSources(kept.filter((_, j) => keptReach[j] === 2), populations), populations }
    : undefined;
  return {
    ...(perCapita ? { perCapita } : {}),
    jurisdictions: kept,
    metrics,
    values: keptValues,
    periods: keptPeriods,
    normalisation: url.normalisation,
    missing: url.missing,
    minCoverage: (url.minCoverage ?? 0) / 100,
    perturbation: PERTURBATION,
    drop: DROP,
    draws: DRAWS,
    seed: SEED,
  };
}

/** One population of each year and source (a dataset's named source apart) among the places' populations, in the order first met. */
function usedSources(jurisdictions: readonly string[], populations: Populations): Population[] {
  const seen = new Map<string, Population>();
  for (const j of jurisdictions) {
    const p = populations.get(j);
    const key = p ? `${p.year}|${p.source}|${p.sourceText?.zh ?? ''}|${p.sourceText?.en ?? ''}` : '';
    if (p && !seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
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
