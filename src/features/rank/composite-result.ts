/** The composite of the chosen metrics, timed. Pure apart from a one-entry memo. */
import type { Catalog } from '../../model/catalog';
import type { MetricPeriodBlock } from '../../model/dataset-tables';
import { composite, type CompositeResult } from '../../model/composite';
import type { UrlState } from '../../ui/url/url-state';
import { compositeInput, type CompositePerCapita, type Populations } from './composite-input';
import { pickedCaveats } from '../../model/metric-values';
import type { InputCaveats } from '../../model/caveats';

export type CompositeSettings = Pick<UrlState, 'weights' | 'normalisation' | 'missing' | 'rankYear'> & {
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
  a.weights === b.weights && a.normalisation === b.normalisation && a.missing === b.missing && a.rankYear === b.rankYear && (a.members ?? null) === (b.members ?? null);

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
  const result: TimedComposite = { ...r, ms, inputCaveats: compositeCaveats(ids, blocks, settings.rankYear), ...(input.perCapita ? { perCapita: input.perCapita } : {}) };
  last = { catalog, settings, ids, blocks, populations, result };
  return result;
}
