/**
 * Where all places (or a peer group) fall on some metrics, read through TanStack Query under the store's prefix (an
 * import or a deletion reads them again): the compare view's panels and the profile's figures. The code that reads
 * and computes them (./spread-reader.ts) loads on demand, with whatever else the caller needs to draw them
 * (`alsoLoad`, e.g. the chart marks of the bands).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Catalog } from '../model/catalog';
import type { Spread } from '../model/distribution';
import type { SpreadOptions, SpreadRequest } from '../model/spreads';
import { storeKeys } from './keys';

/** The spread of each request, in order (null while they are read, or with no request). */
export function useSpreads(
  requests: readonly SpreadRequest[],
  catalog: Catalog,
  opts: SpreadOptions,
  alsoLoad?: () => Promise<unknown>,
): readonly (Spread | null)[] | null {
  const client = useQueryClient();
  const { members, populations, near, exclude } = opts;
  const membersKey = members ? [...members].sort().join(',') : null;
  const asked = requests.map((r) => `${r.metric}|${r.year ?? ''}`);
  const q = useQuery({
    queryKey: [...storeKeys.all, 'spreads', asked, near === true, exclude ?? null, membersKey, populations !== undefined],
    queryFn: async () => {
      const [reader] = await Promise.all([import('./spread-reader'), alsoLoad?.()]);
      return reader.readSpreads(client, requests, catalog, { members, populations, near, exclude });
    },
    enabled: requests.length > 0,
    structuralSharing: false,
  });
  return q.data ?? null;
}
