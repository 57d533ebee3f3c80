/** The jurisdiction a report belongs to, found by scanning the store (for a link that names only the report). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDb } from '../../../store/db';
import { findReportJurisdiction } from '../../../store/records';
import { storeKeys } from '../../../reads/keys';

export const fetchReportHome = (report: string): Promise<string | null> => findReportJurisdiction(getDb(), report);
export const reportHomeQuery = (report: string) => queryOptions({ queryKey: storeKeys.reportHome(report), queryFn: () => fetchReportHome(report) });
export const useReportHome = (report: string, enabled = true) => useQuery({ ...reportHomeQuery(report), enabled });
