/**
 * The storage layout, as plain data (src/db stores these records; nothing here knows Dexie).
 *
 * One IndexedDB record per observation is far too slow at national scale (≈5,000 records/s), so a dataset is
 * stored as a few thousand blocks:
 *  - one `DatasetRecord` (catalogue: jurisdictions, metrics, practices, counts; no observations),
 *  - one `JurisdictionBlock` per jurisdiction: its reports (with text), observations and mentions
 *    — serves the compare, profile, practices and reader views;
 *  - one `MetricPeriodBlock` per (metric, period): columns of jurisdiction, value, qualifier …
 *    — serves rankings over thousands of jurisdictions without touching report text.
 */
import type {
  Bilingual,
  Dataset,
  Jurisdiction,
  Mention,
  Metric,
  Observation,
  Practice,
  Qualifier,
  Report,
} from './schema';
import { QUALIFIERS } from './constants';

export type DatasetOrigin = 'bundled' | 'user';

export interface DatasetCounts {
  jurisdictions: number;
  reports: number;
  metrics: number;
  observations: number;
  practices: number;
  mentions: number;
}

export interface DatasetRecord {
  id: string;
  origin: DatasetOrigin;
  title: Bilingual;
  description?: Bilingual | undefined;
  created?: string | undefined;
  /** sha256 of the imported bytes (bundled: of bundled.json) */
  hash: string;
  bytes: number;
  importedAt: number;
  counts: DatasetCounts;
  periods: number[];
  /** metric id → number of jurisdictions that report it (any period) */
  metricCoverage: Record<string, number>;
  jurisdictions: Jurisdiction[];
  metrics: Metric[];
  practices: Practice[];
}

export interface JurisdictionBlock {
  dataset: string;
  jurisdiction: string;
  reports: Report[];
  observations: Observation[];
  mentions: Mention[];
}

export interface MetricPeriodBlock {
  dataset: string;
  metric: string;
  period: number;
  jurisdiction: string[];
  observation: string[];
  value: Float64Array;
  /** index into QUALIFIERS */
  qualifier: Uint8Array;
  /** NaN where the figure is not a range */
  valueMax: Float64Array;
  /** 1 where the figure is derived */
  derived: Uint8Array;
}

export interface StoredDataset {
  record: DatasetRecord;
  jurisdictionBlocks: JurisdictionBlock[];
  metricBlocks: MetricPeriodBlock[];
}

export const qualifierCode = (q: Qualifier): number => QUALIFIERS.indexOf(q);
export const qualifierOf = (code: number): Qualifier => QUALIFIERS[code] ?? 'exact';

/** Splits a validated dataset into the records the store writes. */
export function toBlocks(
  ds: Dataset,
  meta: { origin: DatasetOrigin; hash: string; bytes: number; importedAt: number },
): StoredDataset {
  const reportJur = new Map<string, string>();
  const byJur = new Map<string, JurisdictionBlock>();
  const block = (j: string) => {
    let b = byJur.get(j);
    if (!b) {
      b = { dataset: ds.id, jurisdiction: j, reports: [], observations: [], mentions: [] };
      byJur.set(j, b);
    }
    return b;
  };
  for (const r of ds.reports) {
    reportJur.set(r.id, r.jurisdiction);
    block(r.jurisdiction).reports.push(r);
  }
  const byMetric = new Map<string, Observation[]>();
  const periods = new Set<number>();
  for (const o of ds.observations) {
    const j = reportJur.get(o.report)!;
    block(j).observations.push(o);
    const key = `${o.metric}\u0000${o.period}`;
    let list = byMetric.get(key);
    if (!list) byMetric.set(key, (list = []));
    list.push(o);
    periods.add(o.period);
  }
  for (const m of ds.mentions) block(reportJur.get(m.report)!).mentions.push(m);

  const metricBlocks: MetricPeriodBlock[] = [];
  for (const list of byMetric.values()) {
    const n = list.length;
    const mb: MetricPeriodBlock = {
      dataset: ds.id,
      metric: list[0]!.metric,
      period: list[0]!.period,
      jurisdiction: new Array<string>(n),
      observation: new Array<string>(n),
      value: new Float64Array(n),
      qualifier: new Uint8Array(n),
      valueMax: new Float64Array(n),
      derived: new Uint8Array(n),
    };
    list.forEach((o, i) => {
      mb.jurisdiction[i] = reportJur.get(o.report)!;
      mb.observation[i] = o.id;
      mb.value[i] = o.value;
      mb.qualifier[i] = qualifierCode(o.qualifier);
      mb.valueMax[i] = o.valueMax ?? Number.NaN;
      mb.derived[i] = o.derived ? 1 : 0;
    });
    metricBlocks.push(mb);
  }
  const record: DatasetRecord = {
    id: ds.id,
    origin: meta.origin,
    title: ds.title,
    description: ds.description,
    created: ds.created,
    hash: meta.hash,
    bytes: meta.bytes,
    importedAt: meta.importedAt,
    counts: {
      jurisdictions: ds.jurisdictions.length,
      reports: ds.reports.length,
      metrics: ds.metrics.length,
      observations: ds.observations.length,
      practices: ds.practices.length,
      mentions: ds.mentions.length,
    },
    periods: [...periods].sort((a, b) => a - b),
    metricCoverage: coverageOf(metricBlocks),
    jurisdictions: ds.jurisdictions,
    metrics: ds.metrics,
    practices: ds.practices,
  };
  return { record, jurisdictionBlocks: [...byJur.values()], metricBlocks };
}

function coverageOf(blocks: readonly MetricPeriodBlock[]): Record<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const b of blocks) {
    let s = seen.get(b.metric);
    if (!s) seen.set(b.metric, (s = new Set()));
    for (const j of b.jurisdiction) s.add(j);
  }
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [m, s] of seen) out[m] = s.size;
  return out;
}

/** Reassembles a dataset document from its stored records (for export and backup). */
export function fromBlocks(record: DatasetRecord, blocks: readonly JurisdictionBlock[]): Dataset {
  const reports: Report[] = [];
  const observations: Observation[] = [];
  const mentions: Mention[] = [];
  const order = new Map(record.jurisdictions.map((j, i) => [j.id, i]));
  const sorted = [...blocks].sort(
    (a, b) => (order.get(a.jurisdiction) ?? Infinity) - (order.get(b.jurisdiction) ?? Infinity),
  );
  for (const b of sorted) {
    reports.push(...b.reports);
    observations.push(...b.observations);
    mentions.push(...b.mentions);
  }
  const ds: Dataset = {
    format: 'rol-compare/dataset',
    version: 1,
    id: record.id,
    title: record.title,
    jurisdictions: record.jurisdictions,
    reports,
    metrics: record.metrics,
    observations,
    practices: record.practices,
    mentions,
  };
  if (record.description) ds.description = record.description;
  if (record.created) ds.created = record.created;
  return ds;
}
