/**
 * The gazetteer (src/reads/gazetteer.ts: one copy for the whole app) with opencc's traditional → simplified
 * converter, fetched when the add-report view opens (never with the first screen).
 */
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Gazetteer } from '../../../model/gazetteer';
import { gazetteerKey } from '../../../reads/keys';
import { placesQuery } from '../../../reads/gazetteer';
import { loadToSimplified, type ToSimplified } from '../../../model/to-simplified';

export interface PlaceLookup {
  gazetteer: Gazetteer;
  toSimplified: ToSimplified;
}

/** The app's one gazetteer (shared with per-head values and peer groups) and the converter. */
export async function fetchGazetteer(client: QueryClient): Promise<PlaceLookup> {
  const [gazetteer, toSimplified] = await Promise.all([client.fetchQuery(placesQuery()), loadToSimplified()]);
  return { gazetteer, toSimplified };
}

export const gazetteerQuery = (client: QueryClient) =>
  queryOptions({ queryKey: gazetteerKey, queryFn: () => fetchGazetteer(client), staleTime: Infinity, gcTime: Infinity, retry: 1, structuralSharing: false });
export const useGazetteer = () => useQuery(gazetteerQuery(useQueryClient()));
