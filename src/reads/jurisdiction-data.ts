/** Everything stored about a few jurisdictions: their observations, reports and mentions, across datasets. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDb } from '../store/db';
import { readJurisdictionBlocks } from '../store/records';
import type { LocatedObservation } from '../model/compare';
import type { Mention, Report } from '../model/schema';
import { storeKeys } from './keys';

export interface JurisdictionData {
  observations: LocatedObservation[];
  reports: (Report & { dataset: string })[];
  mentions: (Mention & { jurisdiction: string; dataset: string })[];
}

export async function fetchJurisdictionData(ids: readonly string[]): Promise<JurisdictionData> {
  const blocks = await readJurisdictionBlocks(getDb(), ids);
  const out: JurisdictionData = { observations: [], reports: [], mentions: [] };
  for (const b of blocks) {
    for (const o of b.observations) out.observations.push({ ...o, jurisdiction: b.jurisdiction, dataset: b.dataset });
    for (const r of b.reports) out.reports.push({ ...r, dataset: b.dataset });
    for (const m of b.mentions) out.mentions.push({ ...m, jurisdiction: b.jurisdiction, dataset: b.dataset });
  }
  return out;
}
export const jurisdictionDataQuery = (ids: readonly string[]) =>
  queryOptions({ queryKey: storeKeys.jurisdictions(ids), queryFn: () => fetchJurisdictionData(ids) });
export const useJurisdictionData = (ids: readonly string[], enabled = true) => useQuery({ ...jurisdictionDataQuery(ids), enabled });
