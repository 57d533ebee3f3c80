/**
 * Every stored report's check (its five contents, figures and the metrics it reports), without the texts: one scan
 * of the store, redone when the store changes. The scan runs in a worker (src/store/report-check-client.ts), so a
 * national store's tens of thousands of reports do not hold up the page. The reader's list and the profile read it;
 * the catalogue-dependent parts (indicators, peers) are worked out by src/model/report-list.ts.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportSummary } from '../model/report-list';
import { readReportChecks } from '../store/report-check-client';
import { storeKeys } from './keys';

export const fetchReportChecks = (): Promise<ReportSummary[]> => readReportChecks();

export const reportChecksQuery = () => queryOptions({ queryKey: [...storeKeys.all, 'reportChecks'] as const, queryFn: fetchReportChecks });
export const useReportChecks = (enabled = true) => useQuery({ ...reportChecksQuery(), enabled });
