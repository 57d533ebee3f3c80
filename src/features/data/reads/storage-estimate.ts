/**
 * The browser's estimate of the origin's storage use and quota. Not the store's own data, but under its key prefix
 * all the same: every import or deletion changes the figure.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { storeKeys } from '../../../reads/keys';

export interface StorageEstimate {
  usage: number;
  quota: number;
}
export async function fetchStorageEstimate(): Promise<StorageEstimate | null> {
  if (!navigator.storage?.estimate) return null;
  const e = await navigator.storage.estimate();
  return e.usage !== undefined && e.quota !== undefined ? { usage: e.usage, quota: e.quota } : null;
}
export const storageEstimateQuery = () => queryOptions({ queryKey: storeKeys.estimate(), queryFn: fetchStorageEstimate, retry: 0 });
export const useStorageEstimate = () => useQuery(storageEstimateQuery());
