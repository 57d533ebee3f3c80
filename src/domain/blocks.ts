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
 *
 * The store keeps the blocks' many small values as columns (schema v2, src/domain/columns.ts): the `Stored*`
 * types below are what IndexedDB holds, `JurisdictionBlock` and `MetricPeriodBlock` what the reads hand out.
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
import {
  decodeObservations,
  encodeObservations,
  packStrings,
  unpackStrings,
  type ObservationColumns,
  type PackedStrings,
} from './columns';

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

/** A jurisdiction block as stored: observations as columns. */
export interface StoredJurisdictionBlock {
  dataset: string;
  jurisdiction: string;
  reports: Report[];
  observations: ObservationColumns;
  mentions: Mention[];
}

/** A metric-period block as stored: the two string columns packed. */
export interface StoredMetricBlock extends Omit<MetricPeriodBlock, 'jurisdiction' | 'observation'> {
  jurisdiction: PackedStrings;
  observation: PackedStrings;
}

export interface StoredDataset {
  record: DatasetRecord;
  jurisdictionBlocks: StoredJurisdictionBlock[];
  metricBlocks: StoredMetricBlock[];
}

export const encodeJurisdictionBlock = (b: JurisdictionBlock): StoredJurisdictionBlock => ({
  dataset: b.dataset,
  jurisdiction: b.jurisdiction,
  reports: b.reports,
  observations: encodeObservations(b.observations),
  mentions: b.mentions,
});

export const decodeJurisdictionBlock = (b: StoredJurisdictionBlock): JurisdictionBlock => ({
  dataset: b.dataset,
  jurisdiction: b.jurisdiction,
  reports: b.reports,
  observations: decodeObservations(b.observations),
  mentions: b.mentions,
});

export const encodeMetricBlock = (b: MetricPeriodBlock): StoredMetricBlock => ({
  ...b,
  jurisdiction: packStrings(b.jurisdiction),
  observation: packStrings(b.observation),
});

export const decodeMetricBlock = (b: StoredMetricBlock): MetricPeriodBlock => ({
  ...b,
  jurisdiction: unpackStrings(b.jurisdiction),
  observation: unpackStrings(b.observation),
});

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
  // one pass: observations of a report are usually consecutive, so the report → jurisdiction lookup is cached
  interface Group {
    metric: string;
    period: number;
    list: Observation[];
    jurisdiction: string[];
  }
  const byMetric = new Map<string, Map<number, Group>>();
  const groups: Group[] = [];
  const periods = new Set<number>();
  // coverage: per metric, which jurisdictions (by position in the catalogue) report it
  const jurIndex = new Map<string, number>();
  for (const j of ds.jurisdictions) if (!jurIndex.has(j.id)) jurIndex.set(j.id, jurIndex.size);
  const coverage = new Map<string, { seen: Uint8Array; extra: Set<string>; count: number }>();
  let lastReport: string | null = null;
  let lastJur = '';
  let lastJurIndex = -1;
  let lastBlock: JurisdictionBlock | null = null;
  const observations = ds.observations;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    if (o.report !== lastReport || !lastBlock) {
      lastReport = o.report;
      lastJur = reportJur.get(o.report)!;
      lastJurIndex = jurIndex.get(lastJur) ?? -1;
      lastBlock = block(lastJur);
    }
    lastBlock.observations.push(o);
    let byPeriod = byMetric.get(o.metric);
    if (!byPeriod) {
      byMetric.set(o.metric, (byPeriod = new Map()));
      coverage.set(o.metric, { seen: new Uint8Array(jurIndex.size), extra: new Set(), count: 0 });
    }
    const cov = coverage.get(o.metric)!;
    if (lastJurIndex < 0) {
      if (!cov.extra.has(lastJur)) {
        cov.extra.add(lastJur);
        cov.count++;
      }
    } else if (!cov.seen[lastJurIndex]) {
      cov.seen[lastJurIndex] = 1;
      cov.count++;
    }
    let g = byPeriod.get(o.period);
    if (!g) {
      g = { metric: o.metric, period: o.period, list: [], jurisdiction: [] };
      byPeriod.set(o.period, g);
      groups.push(g);
      periods.add(o.period);
    }
    g.list.push(o);
    g.jurisdiction.push(lastJur);
  }
  for (const m of ds.mentions) block(reportJur.get(m.report)!).mentions.push(m);

  const code = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));
  const metricBlocks: StoredMetricBlock[] = [];
  for (const g of groups) {
    const { list } = g;
    const n = list.length;
    const ids = new Array<string>(n);
    const mb: StoredMetricBlock = {
      dataset: ds.id,
      metric: g.metric,
      period: g.period,
      jurisdiction: packStrings(g.jurisdiction),
      observation: { text: '', ends: new Uint32Array(0) },
      value: new Float64Array(n),
      qualifier: new Uint8Array(n),
      valueMax: new Float64Array(n),
      derived: new Uint8Array(n),
    };
    for (let i = 0; i < n; i++) {
      const o = list[i]!;
      ids[i] = o.id;
      mb.value[i] = o.value;
      mb.qualifier[i] = code.get(o.qualifier) ?? -1;
      mb.valueMax[i] = o.valueMax ?? Number.NaN;
      mb.derived[i] = o.derived ? 1 : 0;
    }
    mb.observation = packStrings(ids);
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
    metricCoverage: coverageCounts(coverage),
    jurisdictions: ds.jurisdictions,
    metrics: ds.metrics,
    practices: ds.practices,
  };
  return { record, jurisdictionBlocks: [...byJur.values()].map(encodeJurisdictionBlock), metricBlocks };
}

/** metric id → number of jurisdictions reporting it, in the order metrics first appear */
function coverageCounts(coverage: ReadonlyMap<string, { count: number }>): Record<string, number> {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [m, c] of coverage) out[m] = c.count;
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
