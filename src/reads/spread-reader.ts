/**
 * Reads the metric blocks the spreads need (a few at a time) and computes the spreads: loaded on demand
 * (./spreads.ts), so the first screen carries neither the metric-block reads nor the ranking code.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Catalog } from '../model/catalog';
import type { Spread } from '../model/distribution';
import { metricSpreads, type SpreadOptions, type SpreadRequest } from '../model/spreads';
import { metricBlocksQuery } from './metric-blocks';
import { inPool } from './pool';

const READERS = 4;

export async function readSpreads(client: QueryClient, requests: readonly SpreadRequest[], catalog: Catalog, opts: SpreadOptions): Promise<(Spread | null)[]> {
  const metrics = [...new Set(requests.map((r) => r.metric))];
  const read = await inPool(metrics, READERS, (m) => client.fetchQuery(metricBlocksQuery(m)));
  const byMetric = new Map(metrics.map((m, i) => [m, read[i]!]));
  return metricSpreads(requests, requests.map((r) => byMetric.get(r.metric)!), catalog, opts);
}
