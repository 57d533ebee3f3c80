/** When the last backup was made (a setting in the store, so every store change refreshes it). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDb } from '../../../store/db';
import { LAST_BACKUP_KEY, readSetting, type LastBackup } from '../../../store/records';
import { storeKeys } from '../../../reads/keys';

export const fetchLastBackup = async (): Promise<LastBackup | null> => (await readSetting<LastBackup>(getDb(), LAST_BACKUP_KEY)) ?? null;
export const lastBackupQuery = () => queryOptions({ queryKey: storeKeys.setting(LAST_BACKUP_KEY), queryFn: fetchLastBackup });
export const useLastBackup = () => useQuery(lastBackupQuery());
