/**
 * The gazetteer (public/data/gazetteer.json, precached by the service worker): the places, their codes, levels,
 * parents and populations, for figures per 10,000 residents, peer groups and the add-report place field. Fetched
 * only when one of them is asked for: the file and the code that decodes it are loaded then (dynamic imports),
 * never with the first screen. One query, one copy in memory, whichever view asks first.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Gazetteer } from '../model/gazetteer';
import { placesKey } from './keys';

export async function fetchPlaces(baseUrl: string = document.baseURI): Promise<Gazetteer> {
  const [res, codec, gazetteer] = await Promise.all([
    fetch(new URL('data/gazetteer.json', baseUrl)),
    import('../model/gazetteer-codec'),
    import('../model/gazetteer'),
  ]);
  if (!res.ok) throw new Error(`data/gazetteer.json: HTTP ${res.status}`);
  return gazetteer.createGazetteer(codec.decodeGazetteer(await res.json()));
}

export const placesQuery = () =>
  queryOptions({ queryKey: placesKey, queryFn: () => fetchPlaces(), staleTime: Infinity, gcTime: Infinity, retry: 1, structuralSharing: false });

/** The gazetteer, fetched while `enabled` (per-head values or a peer group asked for); idle otherwise. */
export const usePlaces = (enabled: boolean) => useQuery({ ...placesQuery(), enabled });

/** The populations by code: the gazetteer, under the name the per-head code reads it by. */
export const usePopulations = usePlaces;
