/**
 * Reads what the spreads need and computes them: loaded on demand (use-spreads.ts), so the first screen carries
 * neither the metric-block reads nor the ranking code, nor the marks ECharts draws the bands with.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Catalog } from '../../model/catalog';
import type { Population } from '../../model/per-capita';
import { metricBlocksQuery } from '../../reads/metric-blocks';
import { metricSpreads } from './distributions';
import type { MetricSpread } from './spreads';
import '../../charts/echart/echarts-marks';

export async function readSpreads(
  client: QueryClient,
  ids: readonly string[],
  catalog: Catalog,
  opts: { year: number | null; members: ReadonlySet<string> | null; populations: ReadonlyMap<string, Population | null> | undefined },
): Promise<Map<string, MetricSpread>> {
  const blocks = await Promise.all(ids.map((id) => client.fetchQuery(metricBlocksQuery(id))));
  return metricSpreads(ids, blocks, catalog, opts);
}
