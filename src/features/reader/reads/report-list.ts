/** The reader's list of stored reports: the checks of every report (one read) with the catalogue's indicators and levels. */
import { useMemo } from 'react';
import type { Catalog } from '../../../model/catalog';
import { reportRows, type ReportRow } from '../../../model/report-list';
import { useReportChecks } from '../../../reads/report-checks';

export function useReportList(catalog: Catalog, enabled = true): { rows: ReportRow[] | undefined; error: Error | null } {
  const checks = useReportChecks(enabled);
  const rows = useMemo(() => (checks.data ? reportRows(checks.data, catalog) : undefined), [checks.data, catalog]);
  return { rows, error: checks.error };
}
