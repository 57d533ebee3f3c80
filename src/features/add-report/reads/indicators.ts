/**
 * The indicator catalogue, fetched when the add-report view first needs it (never with the first screen); the
 * service worker precaches the file, so it is there offline too.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorCatalogue } from '../../../model/indicators';
import { indicatorsKey } from '../../../reads/keys';
import { catalogueOf } from '../indicator-file';

export async function fetchIndicators(baseUrl: string = document.baseURI): Promise<IndicatorCatalogue> {
  const res = await fetch(new URL('data/indicators.json', baseUrl));
  if (!res.ok) throw new Error(`data/indicators.json: HTTP ${res.status}`);
  return catalogueOf(await res.json());
}

export const indicatorsQuery = () => queryOptions({ queryKey: indicatorsKey, queryFn: () => fetchIndicators(), staleTime: Infinity, gcTime: Infinity, retry: 1 });
export const useIndicators = () => useQuery(indicatorsQuery());
