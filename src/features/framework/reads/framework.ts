/**
 * The reads of the framework view: the indicator catalogue (fetched when the view first needs it, never with the
 * first screen; the service worker precaches the file) and the stored figures of the chosen places.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorCatalogue } from '../../../model/indicators';
import { indicatorsKey } from '../../../reads/keys';
import { useJurisdictionData } from '../../../reads/jurisdiction-data';
import { parseIndicatorFile } from '../indicator-file';

export async function fetchFrameworkIndicators(baseUrl: string = document.baseURI): Promise<IndicatorCatalogue> {
  const res = await fetch(new URL('data/indicators.json', baseUrl));
  if (!res.ok) throw new Error(`data/indicators.json: HTTP ${res.status}`);
  return parseIndicatorFile(await res.json());
}

/** Under the catalogue's key, apart from other views' reads of the same file (they check it their own way). */
export const frameworkIndicatorsQuery = () =>
  queryOptions({
    queryKey: [...indicatorsKey, 'framework'] as const,
    queryFn: () => fetchFrameworkIndicators(),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });

export const useFrameworkIndicators = () => useQuery(frameworkIndicatorsQuery());

/** The chosen places' observations, reports and mentions (one read of the store, refreshed after any import). */
export const usePlaceFigures = (ids: readonly string[]) => useJurisdictionData(ids, ids.length > 0);
