/**
 * A jurisdiction's category scores against all others (the profile radar) as one query: the metric blocks it needs
 * are read a few at a time (neutral metrics are not read at all: they do not count), then scored.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { categoryScores } from '../../../model/profile';
import type { Metric } from '../../../model/schema';
import { inPool } from '../../../reads/pool';
import { storeKeys } from '../../../reads/keys';
import { metricBlocksQuery } from '../../../reads/metric-blocks';

const READERS = 4;

export const profileScoresQuery = (jurisdiction: string, metrics: readonly Metric[]) =>
  queryOptions({
    queryKey: storeKeys.profileScores(jurisdiction, metrics.map((m) => m.id)),
    queryFn: async ({ client }) => {
      const directed = metrics.filter((m) => m.better !== 'neutral');
      const blocks = await inPool(directed, READERS, (m) => client.fetchQuery(metricBlocksQuery(m.id)));
      return categoryScores(jurisdiction, directed, new Map(directed.map((m, i) => [m.id, blocks[i]!])));
    },
  });
export const useProfileScores = (jurisdiction: string, metrics: readonly Metric[], enabled = true) =>
  useQuery({ ...profileScoresQuery(jurisdiction, metrics), enabled });
