/**
 * The spreads the profile's figures are set against (src/reads/spreads.ts): per metric and year of the place's
 * figures, every other place's figure of that year (or the nearest year), of all places or the peer group.
 */
import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import type { LocatedObservation } from '../../model/compare';
import type { Spread } from '../../model/distribution';
import type { Population } from '../../model/per-capita';
import { useSpreads } from '../../reads/spreads';
import { figureRequests, spreadKey } from './profile-spreads';

const NONE: ReadonlyMap<string, Spread | null> = new Map();

export function useProfileSpreads(
  catalog: Catalog,
  jurisdiction: string,
  observations: readonly LocatedObservation[],
  opts: { members: ReadonlySet<string> | null; populations: ReadonlyMap<string, Population | null> | undefined; enabled: boolean },
): ReadonlyMap<string, Spread | null> | null {
  const requests = useMemo(() => (opts.enabled ? figureRequests(observations, catalog.metricById) : []), [observations, catalog, opts.enabled]);
  const spreads = useSpreads(requests, catalog, { members: opts.members, populations: opts.populations, near: true, exclude: jurisdiction });
  return useMemo(() => {
    // no figure of a shared metric: nothing to read
    if (opts.enabled && requests.length === 0) return NONE;
    if (!spreads) return null;
    return new Map(requests.map((r, i) => [spreadKey(r.metric, r.year!), spreads[i] ?? null]));
  }, [spreads, requests, opts.enabled]);
}
