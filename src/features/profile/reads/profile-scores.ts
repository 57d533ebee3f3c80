/**
 * A jurisdiction's radar (its standing on the directed metrics it shares with other places) as one query: the
 * metric blocks it needs are read a few at a time (neutral metrics are not read at all: they do not count), then
 * scored. `profileScoresQuery` is its axes alone, read from the same query.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { profileScores, type CategoryScore, type ProfileScores } from '../../../model/profile';
import type { Metric } from '../../../model/schema';
import { inPool } from '../../../reads/pool';
import { storeKeys } from '../../../reads/keys';
import { metricBlocksQuery } from '../../../reads/metric-blocks';

const READERS = 4;

export const profileRadarQuery = (jurisdiction: string, metrics: readonly Metric[]) =>
  queryOptions({
    // under the profile scores' key, so that whatever refreshes them refreshes this
    queryKey: [...storeKeys.profileScores(jurisdiction, metrics.map((m) => m.id)), 'radar'] as const,
    queryFn: async ({ client }): Promise<ProfileScores> => {
      const directed = metrics.filter((m) => m.better !== 'neutral');
      const blocks = await inPool(directed, READERS, (m) => client.fetchQuery(metricBlocksQuery(m.id)));
      return profileScores(jurisdiction, directed, new Map(directed.map((m, i) => [m.id, blocks[i]!])));
    },
  });

export const profileScoresQuery = (jurisdiction: string, metrics: readonly Metric[]) =>
  queryOptions({
    queryKey: storeKeys.profileScores(jurisdiction, metrics.map((m) => m.id)),
    queryFn: async ({ client }): Promise<CategoryScore[]> => (await client.fetchQuery(profileRadarQuery(jurisdiction, metrics))).axes,
  });
export const useProfileScores = (jurisdiction: string, metrics: readonly Metric[], enabled = true) =>
  useQuery({ ...profileScoresQuery(jurisdiction, metrics), enabled });
export const useProfileRadar = (jurisdiction: string, metrics: readonly Metric[], enabled = true) =>
  useQuery({ ...profileRadarQuery(jurisdiction, metrics), enabled });
