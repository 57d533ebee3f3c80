/** The composite of the chosen metrics, timed. Pure apart from a one-entry memo. */
import type { Catalog } from '../../model/catalog';
import type { MetricPeriodBlock } from '../../model/dataset-tables';
import { composite, type CompositeInput, type CompositeResult } from '../../model/composite';
import type { UrlState } from '../../ui/url/url-state';
import { compositeInput, type CompositePerCapita, type Populations } from './composite-input';
import { pickedCaveats } from '../../model/metric-values';
import type { InputCaveats } from '../../model/caveats';

export type CompositeSettings = Pick<UrlState, 'weights' | 'normalisation' | 'missing' | 'rankYear'> & Partial<Pick<UrlState, 'minCoverage'>> & {
  /** a peer group: the composite of its members alone (null or absent: all places) */
  members?: ReadonlySet<string> | null;
};

/** The composite with the time its computation took, in milliseconds (shown, and read by the benchmark). */
export interface TimedComposite extends CompositeResult {
  ms: number;
  /** by jurisdiction, the figures behind its score that carry caveats (only jurisdictions that have some) */
  inputCaveats: ReadonlyMap<string, readonly InputCaveats[]>;
  /** set when counts and amounts were divided by population (per 10,000 residents) before they were combined */
  perCapita?: CompositePerCapita | undefined;
  /** the years of the figures the ranked scores are built from, ascending (more than one: mixed years) */
  years: number[];
  /** the number of metrics combined */
  metrics: number;
}

/**
 * The years of the figures behind the ranked places' scores: per metric, each place's figure of `year`, or of its
 * latest period (as `valuesInto` picks it), counted only where the place is ranked and has a value (a count of a
 * place without population has none).
 */
export function compositeYears(
  input: Pick<CompositeInput, 'jurisdictions' | 'values'>,
  ids: readonly string[],
  blocks: readonly (readonly MetricPeriodBlock[])[],
  ranked: readonly string[],
  year: number | null,
): number[] {
  const at = new Map(input.jurisdictions.map((j, i) => [j, i]));
  const wanted = new Set(ranked);
  const years = new Set<number>();
  ids.forEach((_, k) => {
    const values = input.values[k];
    if (!values) return;
    const latest = new Map<string, number>();
    for (const b of blocks[k] ?? []) {
      if (year !== null && b.period !== year) continue;
      for (const j of b.jurisdiction) if (wanted.has(j) && (latest.get(j) ?? -Infinity) < b.period) latest.set(j, b.period);
    }
    for (const [j, period] of latest) {
      const i = at.get(j);
      if (i !== undefined && !Number.isNaN(values[i]!)) years.add(period);
    }
  });
  return [...years].sort((a, b) => a - b);
}

/** The caveated figures each jurisdiction's score is built from, metric by metric (most metrics have none). */
export function compositeCaveats(ids: readonly string[], blocks: readonly (readonly MetricPeriodBlock[])[], year: number | null): Map<string, InputCaveats[]> {
  const out = new Map<string, InputCaveats[]>();
  ids.forEach((metric, i) => {
    for (const [j, caveats] of pickedCaveats(blocks[i] ?? [], year)) {
      const list = out.get(j) ?? [];
      list.push({ metric, caveats });
      out.set(j, list);
    }
  });
  return out;
}

interface Computed {
  catalog: Catalog;
  settings: CompositeSettings;
  ids: readonly string[];
  blocks: readonly (readonly MetricPeriodBlock[])[];
  populations: Populations | null;
  result: TimedComposite;
}
// the last one computed: coming back to the rank view with the same choice shows it without computing it again
let last: Computed | null = null;

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameSettings = (a: CompositeSettings, b: CompositeSettings) =>
  a.weights === b.weights && a.normalisation === b.normalisation && a.missing === b.missing && a.rankYear === b.rankYear && (a.minCoverage ?? 0) === (b.minCoverage ?? 0) && (a.members ?? null) === (b.members ?? null);

/**
 * The composite over `ids`, whose blocks are `blocks` in the same order; with `populations`, its counts and
 * amounts per 10,000 residents (./composite-input.ts). Computed on this thread: a worker was
 * measured slower (starting it and its compiler's warm-up cost more than the computation; docs/performance.md).
 */
export function timedComposite(
  catalog: Catalog,
  settings: CompositeSettings,
  ids: readonly string[],
  blocks: readonly (readonly MetricPeriodBlock[])[],
  populations: Populations | null = null,
): TimedComposite {
  if (last && last.catalog === catalog && last.populations === populations && sameSettings(last.settings, settings) && sameList(last.ids, ids) && sameList(last.blocks, blocks))
    return last.result;
  const byMetric = new Map(ids.map((id, i) => [id, blocks[i] ?? []]));
  const t0 = performance.now();
  const input = compositeInput(catalog, settings, byMetric, populations, settings.members);
  const r = composite(input);
  const ms = Math.round((performance.now() - t0) * 10) / 10;
  const years = compositeYears(input, ids, blocks, r.rows.map((x) => x.jurisdiction), settings.rankYear);
  const result: TimedComposite = {
    ...r,
    ms,
    inputCaveats: compositeCaveats(ids, blocks, settings.rankYear),
    ...(input.perCapita ? { perCapita: input.perCapita } : {}),
    years,
    metrics: input.metrics.length,
  };
  last = { catalog, settings, ids, blocks, populations, result };
  return result;
}
