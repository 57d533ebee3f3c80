/** Reads of the data view (TanStack Query; keys under ['store'], so every store change refreshes them). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDb } from '../../store/db';
import { LAST_BACKUP_KEY, readSetting, type LastBackup } from '../../store/records';
import { storeKeys } from '../../reads/store-queries';

export const fetchLastBackup = async (): Promise<LastBackup | null> =>
  (await readSetting<LastBackup>(getDb(), LAST_BACKUP_KEY)) ?? null;
export const lastBackupQuery = () =>
  queryOptions({ queryKey: [...storeKeys.all, 'setting', LAST_BACKUP_KEY] as const, queryFn: fetchLastBackup });
export const useLastBackup = () => useQuery(lastBackupQuery());

export interface StorageEstimate {
  usage: number;
  quota: number;
}
export async function fetchStorageEstimate(): Promise<StorageEstimate | null> {
  if (!navigator.storage?.estimate) return null;
  const e = await navigator.storage.estimate();
  return e.usage !== undefined && e.quota !== undefined ? { usage: e.usage, quota: e.quota } : null;
}
export const storageEstimateQuery = () =>
  queryOptions({ queryKey: [...storeKeys.all, 'estimate'] as const, queryFn: fetchStorageEstimate, retry: 0 });
export const useStorageEstimate = () => useQuery(storageEstimateQuery());
