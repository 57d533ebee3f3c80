/**
 * Where all places fall on the drawn metrics, read through TanStack Query under the store's prefix (an import or
 * a deletion reads them again). The code that reads and computes them, and draws their bands, loads on demand.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import type { Panel } from '../../model/compare';
import type { Population } from '../../model/per-capita';
import { storeKeys } from '../../reads/keys';
import type { MetricSpread } from './spreads';

export function useSpreads(
  panels: readonly Panel[],
  catalog: Catalog,
  opts: { year: number | null; members: ReadonlySet<string> | null; populations: ReadonlyMap<string, Population | null> | undefined },
): ReadonlyMap<string, MetricSpread> | null {
  const client = useQueryClient();
  const ids = useMemo(() => [...new Set(panels.flatMap((p) => p.metrics.map((m) => m.id)))], [panels]);
  const { year, members, populations } = opts;
  const membersKey = members ? [...members].sort().join(',') : null;
  const q = useQuery({
    queryKey: [...storeKeys.all, 'spreads', ids, year, membersKey, populations !== undefined],
    queryFn: async () => (await import('./spread-reader')).readSpreads(client, ids, catalog, { year, members, populations }),
    enabled: ids.length > 0,
    structuralSharing: false,
  });
  return q.data ?? null;
}
