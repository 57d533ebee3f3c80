/** Every stored report with its text, for the reader's full-text search. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDb } from '../../../store/db';
import { readAllReports } from '../../../store/records';
import type { Report } from '../../../model/schema';
import { storeKeys } from '../../../reads/keys';

export const fetchAllReports = async (): Promise<Report[]> => (await readAllReports(getDb())).flatMap((b) => b.reports);
export const allReportsQuery = () => queryOptions({ queryKey: storeKeys.allReports(), queryFn: fetchAllReports });
export const useAllReports = (enabled = true) => useQuery({ ...allReportsQuery(), enabled });
