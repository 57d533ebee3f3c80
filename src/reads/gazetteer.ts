/**
 * The gazetteer's populations (public/data/gazetteer.json, precached by the service worker), for figures per
 * 10,000 residents in the compare and rank views. Fetched only when per-head values are asked for: the file and
 * the code that decodes it are loaded then (dynamic imports), never with the first screen.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PopulationSource } from '../model/per-capita';
import { populationKey } from './keys';

export async function fetchPopulations(baseUrl: string = document.baseURI): Promise<PopulationSource> {
  const [res, codec, gazetteer] = await Promise.all([
    fetch(new URL('data/gazetteer.json', baseUrl)),
    import('../model/gazetteer-codec'),
    import('../model/gazetteer'),
  ]);
  if (!res.ok) throw new Error(`data/gazetteer.json: HTTP ${res.status}`);
  return gazetteer.createGazetteer(codec.decodeGazetteer(await res.json()));
}

export const populationQuery = () =>
  queryOptions({ queryKey: populationKey, queryFn: () => fetchPopulations(), staleTime: Infinity, gcTime: Infinity, retry: 1, structuralSharing: false });

/** The populations, fetched while `enabled` (per-head values asked for); idle otherwise. */
export const usePopulations = (enabled: boolean) => useQuery({ ...populationQuery(), enabled });
