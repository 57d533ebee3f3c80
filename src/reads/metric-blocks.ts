/** One metric's figures over all jurisdictions, as the store keeps them: a block per dataset and period. */
import { queryOptions, useQueries, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { getDb } from '../store/db';
import { readMetricBlocksChecked, type JurisdictionIdsOf } from '../store/records';
import { jurisdictionIds } from '../store/codecs/blocks';
import { inDatasetOrder, type MetricPeriodBlock } from '../model/dataset-tables';
import type { Catalog } from '../model/catalog';
import { catalogQuery } from './catalog';
import { storeKeys } from './keys';

const idsIn = (catalog: Catalog): JurisdictionIdsOf => {
  const byId = new Map(catalog.datasets.map((d) => [d.id, d]));
  return (dataset) => {
    const r = byId.get(dataset);
    return r && jurisdictionIds(r);
  };
};

/**
 * A metric's blocks, in the catalogue's dataset order. Their jurisdictions are positions in each dataset's list: the
 * lists come from the catalogue query, so the blocks share its id strings. Each block carries a check of the list
 * it points into; when the catalogue's list fails it (another tab replaced the dataset after this tab read the
 * catalogue) the catalogue is read again once and the blocks with it. The store never resolves positions with a
 * list that fails the check (src/store/records.ts), so even a catalogue still behind gives the right places.
 */
export async function fetchMetricBlocks(metric: string, client: QueryClient): Promise<MetricPeriodBlock[]> {
  let catalog = await client.fetchQuery(catalogQuery());
  let read = await readMetricBlocksChecked(getDb(), metric, undefined, idsIn(catalog));
  if (read.stale.length) {
    catalog = await client.fetchQuery({ ...catalogQuery(), staleTime: 0 });
    read = await readMetricBlocksChecked(getDb(), metric, undefined, idsIn(catalog));
  }
  // the store returns blocks by dataset id; the rules "bundled first" need the catalogue's order
  return inDatasetOrder(read.blocks, catalog.datasets);
}
export const metricBlocksQuery = (metric: string) =>
  queryOptions({ queryKey: storeKeys.metric(metric), queryFn: ({ client }) => fetchMetricBlocks(metric, client) });

/** Each metric's blocks in the order asked for, once every one is read (null until then). */
function allRead(results: readonly UseQueryResult<MetricPeriodBlock[]>[]): MetricPeriodBlock[][] | null {
  const out: MetricPeriodBlock[][] = [];
  for (const r of results) {
    if (!r.isSuccess) return null;
    out.push(r.data);
  }
  return out;
}
/**
 * Several metrics' blocks, or null while any is still being read. The same array from render to render while the
 * blocks stay the same (TanStack Query shares a combined result structurally), so it can key a memo.
 */
export const useMetricBlocks = (ids: readonly string[]) =>
  useQueries({ queries: ids.map((id) => metricBlocksQuery(id)), combine: allRead });
