/**
 * The gazetteer (public/data/gazetteer.json, precached by the service worker): the places, their codes, levels,
 * parents and populations, for figures per 10,000 residents, peer groups and the add-report place field. Fetched
 * only when one of them is asked for: the file and the code that decodes it are loaded then (dynamic imports),
 * never with the first screen. One query, one copy in memory, whichever view asks first.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchPlaces } from './fetch-places';
import { placesKey } from './keys';

export { fetchPlaces };

export const placesQuery = () =>
  queryOptions({ queryKey: placesKey, queryFn: () => fetchPlaces(), staleTime: Infinity, gcTime: Infinity, retry: 1, structuralSharing: false });

/** The gazetteer, fetched while `enabled` (per-head values or a peer group asked for); idle otherwise. */
export const usePlaces = (enabled: boolean) => useQuery({ ...placesQuery(), enabled });

/** The populations by code: the gazetteer, under the name the per-head code reads it by. */
export const usePopulations = usePlaces;
