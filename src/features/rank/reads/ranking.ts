/**
 * The ranking of one metric as a query (its key is `storeKeys.ranking`, with the store's other keys in
 * src/reads/keys.ts). In the rank view's chunk, not the first screen's: it brings the ranking code with it.
 */
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { catalogQuery } from '../../../reads/catalog';
import { storeKeys } from '../../../reads/keys';
import { metricBlocksQuery } from '../../../reads/metric-blocks';
import { rankingOf, type MetricRanking } from '../../../model/metric-values';

/**
 * One metric ranked over all jurisdictions (a year, or each one's latest). A query of its own so that the ranking
 * view can compute it ahead, while a person reads the current chart: picking another metric then only draws.
 * Null when the catalogue has no such metric.
 */
export async function fetchRanking(metric: string, year: number | null, client: QueryClient): Promise<MetricRanking | null> {
  // fetchQuery, not ensureQueryData: after an import invalidates the store, stale blocks must not be ranked
  const [catalog, blocks] = await Promise.all([client.fetchQuery(catalogQuery()), client.fetchQuery(metricBlocksQuery(metric))]);
  const m = catalog.metricById.get(metric);
  return m ? rankingOf(blocks, year, m.better) : null;
}
export const rankingQuery = (metric: string, year: number | null) =>
  queryOptions({ queryKey: storeKeys.ranking(metric, year), queryFn: ({ client }) => fetchRanking(metric, year, client) });

/**
 * The ranking computed right away from blocks already in the cache (undefined when they are not, or are
 * invalidated by an import): as `initialData`, another year of a loaded metric shows in the same render.
 */
export function rankingFromCache(client: QueryClient, metric: string, year: number | null): MetricRanking | null | undefined {
  const catalog = client.getQueryState(catalogQuery().queryKey);
  const blocks = client.getQueryState(metricBlocksQuery(metric).queryKey);
  if (!catalog?.data || catalog.isInvalidated || !blocks?.data || blocks.isInvalidated) return undefined;
  const m = catalog.data.metricById.get(metric);
  return m ? rankingOf(blocks.data, year, m.better) : null;
}

/**
 * The ranking the rank view shows (none while `metric` is null). Computed ahead by the view's warm-up for each
 * metric's latest figures, and from cached blocks in the same render for another year: a pick then only draws.
 */
export function useRanking(metric: string | null, year: number | null) {
  const client = useQueryClient();
  return useQuery({
    ...rankingQuery(metric ?? '', year),
    enabled: Boolean(metric),
    initialData: () => (metric ? rankingFromCache(client, metric, year) : undefined),
  });
}
