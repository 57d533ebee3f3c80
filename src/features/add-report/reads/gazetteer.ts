/**
 * The gazetteer (public/data/gazetteer.json, precached by the service worker) with opencc's traditional →
 * simplified converter, fetched when the add-report view opens (never with the first screen).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { createGazetteer, type Gazetteer } from '../../../model/gazetteer';
import { decodeGazetteer } from '../../../model/gazetteer-codec';
import { gazetteerKey } from '../../../reads/keys';
import { loadToSimplified, type ToSimplified } from '../to-simplified';

export interface PlaceLookup {
  gazetteer: Gazetteer;
  toSimplified: ToSimplified;
}

export async function fetchGazetteer(baseUrl: string = document.baseURI): Promise<PlaceLookup> {
  const load = async () => {
    const res = await fetch(new URL('data/gazetteer.json', baseUrl));
    if (!res.ok) throw new Error(`data/gazetteer.json: HTTP ${res.status}`);
    return createGazetteer(decodeGazetteer(await res.json()));
  };
  const [gazetteer, toSimplified] = await Promise.all([load(), loadToSimplified()]);
  return { gazetteer, toSimplified };
}

export const gazetteerQuery = () =>
  queryOptions({ queryKey: gazetteerKey, queryFn: () => fetchGazetteer(), staleTime: Infinity, gcTime: Infinity, retry: 1, structuralSharing: false });
export const useGazetteer = () => useQuery(gazetteerQuery());
