/**
 * Every read of the store, as a fetch function + a queryOptions factory that owns its key.
 * Mutations invalidate by the `storeKeys.all` prefix.
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { getDb } from '../store/db';
import { findReportJurisdiction, readAllReports, readDatasets, readJurisdictionBlocks, readMetricBlocks, type JurisdictionIdsOf } from '../store/records';
import { runInWorker } from '../store/worker-client';
import type { BundledResult } from '../store/worker-protocol';
import { mergeCatalog, type Catalog } from '../model/catalog';
import type { LocatedObservation } from '../model/compare';
import type { Mention, Report } from '../model/schema';
import { jurisdictionIds } from '../store/codecs/blocks';
import { inDatasetOrder, type MetricPeriodBlock } from '../model/dataset-tables';

export const storeKeys = {
  all: ['store'] as const,
  catalog: () => [...storeKeys.all, 'catalog'] as const,
  jurisdictions: (ids: readonly string[]) => [...storeKeys.all, 'jurisdictions', [...ids].sort()] as const,
  metric: (id: string) => [...storeKeys.all, 'metric', id] as const,
  ranking: (id: string, year: number | null) => [...storeKeys.all, 'ranking', id, year] as const,
  profileScores: (jurisdiction: string, metrics: readonly string[]) => [...storeKeys.all, 'profileScores', jurisdiction, [...metrics]] as const,
  allReports: () => [...storeKeys.all, 'allReports'] as const,
  reportHome: (report: string) => [...storeKeys.all, 'reportHome', report] as const,
};

export const bootstrapQuery = () =>
  queryOptions({
    queryKey: ['bootstrap'],
    queryFn: () => runInWorker<BundledResult>({ type: 'bundled', baseUrl: document.baseURI }),
    staleTime: Infinity,
    retry: 0,
  });

export const fetchCatalog = async (): Promise<Catalog> => mergeCatalog(await readDatasets(getDb()));
export const catalogQuery = () => queryOptions({ queryKey: storeKeys.catalog(), queryFn: fetchCatalog });

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

/**
 * A metric's blocks, in the catalogue's dataset order. Their jurisdictions are positions in each dataset's list: the
 * lists come from the catalogue query (fresh after any import, which invalidates both), so the blocks share its id
 * strings.
 */
export async function fetchMetricBlocks(metric: string, client: QueryClient): Promise<MetricPeriodBlock[]> {
  const catalog = await client.fetchQuery(catalogQuery());
  const byId = new Map(catalog.datasets.map((d) => [d.id, d]));
  const idsOf: JurisdictionIdsOf = (dataset) => {
    const r = byId.get(dataset);
    return r && jurisdictionIds(r);
  };
  // the store returns blocks by dataset id; the rules "bundled first" need the catalogue's order
  return inDatasetOrder(await readMetricBlocks(getDb(), metric, undefined, idsOf), catalog.datasets);
}
export const metricQuery = (metric: string) =>
  queryOptions({ queryKey: storeKeys.metric(metric), queryFn: ({ client }) => fetchMetricBlocks(metric, client) });

export const useCatalog = (enabled = true) => useQuery({ ...catalogQuery(), enabled });
export const useJurisdictionData = (ids: readonly string[], enabled = true) =>
  useQuery({ ...jurisdictionDataQuery(ids), enabled });

export const allReportsQuery = () =>
  queryOptions({
    queryKey: storeKeys.allReports(),
    queryFn: async () => (await readAllReports(getDb())).flatMap((b) => b.reports),
  });

export const reportHomeQuery = (report: string) =>
  queryOptions({ queryKey: storeKeys.reportHome(report), queryFn: () => findReportJurisdiction(getDb(), report) });
