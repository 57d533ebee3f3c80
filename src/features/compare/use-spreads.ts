/**
 * Where all places fall on the drawn metrics: their blocks are read (TanStack Query, the same reads the ranking
 * uses), and the module that draws bands behind bars is loaded once, off the first screen's critical path.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Catalog } from '../../model/catalog';
import type { Panel } from '../../model/compare';
import type { Population } from '../../model/per-capita';
import { useMetricBlocks } from '../../reads/metric-blocks';
import { metricSpreads, type MetricSpread } from './distributions';

export function useSpreads(
  panels: readonly Panel[],
  catalog: Catalog,
  opts: { year: number | null; members: ReadonlySet<string> | null; populations: ReadonlyMap<string, Population | null> | undefined },
): ReadonlyMap<string, MetricSpread> | null {
  const ids = useMemo(() => [...new Set(panels.flatMap((p) => p.metrics.map((m) => m.id)))], [panels]);
  const key = ids.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the same ids in a new array are the same metrics
  const stable = useMemo(() => ids, [key]);
  const blocks = useMetricBlocks(stable);
  const marks = useQuery({ queryKey: ['echarts-marks'], queryFn: () => import('../../charts/echart/echarts-marks').then(() => true), staleTime: Infinity, gcTime: Infinity });
  const { year, members, populations } = opts;
  return useMemo(
    () => (blocks && marks.data ? metricSpreads(stable, blocks, catalog, { year, members, populations }) : null),
    [blocks, marks.data, stable, catalog, year, members, populations],
  );
}
