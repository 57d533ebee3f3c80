/**
 * Every stored report's check (its five contents, figures and the metrics it reports), without the texts: one scan
 * of the store, redone when the store changes. The reader's list and the profile read it; the catalogue-dependent
 * parts (indicators, peers) are worked out by src/model/report-list.ts.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDb } from '../store/db';
import { decodeJurisdictionBlock } from '../store/codecs/blocks';
import { checkContents } from '../model/report-check';
import { reportedMetrics, type ReportSummary } from '../model/report-list';
import { storeKeys } from './keys';

export async function fetchReportChecks(): Promise<ReportSummary[]> {
  const out: ReportSummary[] = [];
  await getDb().jurisdictionBlocks.each((stored) => {
    const b = decodeJurisdictionBlock(stored);
    for (const r of b.reports) {
      const { text: _text, textSimplified: _simplified, notes: _notes, ...report } = r;
      out.push({
        report,
        figures: b.observations.filter((o) => o.report === r.id).length,
        metrics: reportedMetrics(b.observations, r.id),
        contents: checkContents(r),
      });
    }
  });
  return out;
}

export const reportChecksQuery = () => queryOptions({ queryKey: [...storeKeys.all, 'reportChecks'] as const, queryFn: fetchReportChecks });
export const useReportChecks = (enabled = true) => useQuery({ ...reportChecksQuery(), enabled });
