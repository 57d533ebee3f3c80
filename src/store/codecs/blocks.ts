/**
 * The storage layout: how a dataset is split into the records IndexedDB holds (src/store/records.ts writes them).
 *
 * One IndexedDB record per observation is far too slow at national scale (a write costs per record more
 * than per byte; docs/performance.md), so a dataset is stored as a few thousand blocks:
 *  - one `DatasetRecord` (catalogue: jurisdictions, metrics, practices, counts; no observations),
 *  - one `JurisdictionBlock` per jurisdiction: its reports (with text), observations and mentions
 *    — serves the compare, profile, practices and reader views;
 *  - one `MetricPeriodBlock` per (metric, period): columns of jurisdiction, value, qualifier …
 *    — serves rankings over thousands of jurisdictions without touching report text.
 *
 * The store keeps the blocks' many small values as columns (schema v2, ./columns.ts): the `Stored*`
 * types below are what IndexedDB holds, `JurisdictionBlock` and `MetricPeriodBlock` what the reads hand out.
 */
import type {
  Dataset,
  Mention,
  Observation,
  Report,
} from '../../model/schema';
import type { DatasetOrigin, DatasetRecord, JurisdictionBlock, MetricPeriodBlock } from '../../model/dataset-tables';
import { QUALIFIERS } from '../../model/constants';
import {
  decodeObservations,
  encodeObservations,
  packStrings,
  unpackStrings,
  type ObservationColumns,
  type PackedStrings,
  type TextOf,
} from './columns';

/** A jurisdiction block as stored: observations as columns. */
export interface StoredJurisdictionBlock {
  dataset: string;
  jurisdiction: string;
  reports: Report[];
  observations: ObservationColumns;
  mentions: Mention[];
}

/**
 * A metric-period block as stored: jurisdictions as positions in the dataset record's `jurisdictions` (so a
 * reader gets the catalogue's own id strings, already hashed, instead of thousands of new ones per block), and
 * the observation ids packed.
 */
export interface StoredMetricBlock extends Omit<MetricPeriodBlock, 'jurisdiction' | 'observation'> {
  jurisdiction: Uint32Array;
  observation: PackedStrings;
}

/** The ids of a dataset's jurisdictions in record order: what metric blocks point into. Made once per record. */
const idLists = new WeakMap<DatasetRecord, readonly string[]>();
export function jurisdictionIds(record: Pick<DatasetRecord, 'jurisdictions'>): readonly string[] {
  let ids = idLists.get(record as DatasetRecord);
  if (!ids) idLists.set(record as DatasetRecord, (ids = record.jurisdictions.map((j) => j.id)));
  return ids;
}

/** A jurisdiction id's position in a dataset's list; an id outside it cannot be stored (validation rules it out). */
function positionsOf(ids: readonly string[]): (id: string) => number {
  const at = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!at.has(id)) at.set(id, i);
  });
  return (id) => {
    const p = at.get(id);
    if (p === undefined) throw new Error(`jurisdiction "${id}" is not in the dataset's list`);
    return p;
  };
}

/** Records made on demand, in any order: a writer stores each block as soon as it is made. */
export interface LazyList<T> {
  length: number;
  get(k: number): T;
}

export const materialize = <T>(list: LazyList<T>): T[] => Array.from({ length: list.length }, (_, k) => list.get(k));

export interface StoredDataset {
  record: DatasetRecord;
  jurisdictionBlocks: LazyList<StoredJurisdictionBlock>;
  metricBlocks: LazyList<StoredMetricBlock>;
}

/** Report id → text within one block (quotes are stored as positions in these texts). */
export const blockTexts = (reports: readonly Report[]): TextOf => {
  const texts = new Map(reports.map((r) => [r.id, r.text]));
  return (report) => texts.get(report);
};

export const decodeJurisdictionBlock = (b: StoredJurisdictionBlock): JurisdictionBlock => ({
  dataset: b.dataset,
  jurisdiction: b.jurisdiction,
  reports: b.reports,
  observations: decodeObservations(b.observations, blockTexts(b.reports)),
  mentions: b.mentions,
});

/** `ids`: the dataset's jurisdiction ids in record order (`jurisdictionIds`). */
export const encodeMetricBlock = (b: MetricPeriodBlock, ids: readonly string[]): StoredMetricBlock => {
  const position = positionsOf(ids);
  return { ...b, jurisdiction: Uint32Array.from(b.jurisdiction, position), observation: packStrings(b.observation) };
};

/** `ids`: the dataset's jurisdiction ids in record order; the block's jurisdiction column holds those strings. */
export const decodeMetricBlock = (b: StoredMetricBlock, ids: readonly string[]): MetricPeriodBlock => {
  const pos = b.jurisdiction;
  const jurisdiction = new Array<string>(pos.length);
  for (let i = 0; i < pos.length; i++) jurisdiction[i] = ids[pos[i]!] ?? '';
  return { ...b, jurisdiction, observation: unpackStrings(b.observation) };
};


/** Splits a validated dataset into the records the store writes. */
export function toBlocks(
  ds: Dataset,
  meta: { origin: DatasetOrigin; hash: string; bytes: number; importedAt: number },
): StoredDataset {
  // jurisdiction blocks in the order their first report appears
  const blockOf = new Map<string, number>();
  const blockJur: string[] = [];
  const blockReports: Report[][] = [];
  const blockMentions: Mention[][] = [];
  const block = (j: string): number => {
    let b = blockOf.get(j);
    if (b === undefined) {
      b = blockJur.push(j) - 1;
      blockOf.set(j, b);
      blockReports.push([]);
      blockMentions.push([]);
    }
    return b;
  };
  const reportBlock = new Map<string, number>();
  const text = new Map<string, string>();
  for (const r of ds.reports) {
    const b = block(r.jurisdiction);
    reportBlock.set(r.id, b);
    text.set(r.id, r.text);
    blockReports[b]!.push(r);
  }
  for (const m of ds.mentions) blockMentions[reportBlock.get(m.report)!]!.push(m);

  // pass 1 (in dataset order): the block and the (metric, period) group of every observation, and the values the
  // metric blocks need as flat columns (read back by row below, cheaper than revisiting the objects); runs of one
  // report and one metric are usual, so the lookups are cached
  const observations = ds.observations;
  const n = observations.length;
  const obsBlock = new Uint32Array(n);
  const obsGroup = new Uint32Array(n);
  const obsId = new Array<string>(n);
  const obsValue = new Float64Array(n);
  const obsMax = new Float64Array(n);
  const obsQualifier = new Uint8Array(n);
  const obsDerived = new Uint8Array(n);
  const blockSize = new Uint32Array(blockJur.length);
  const groups: { metric: string; period: number }[] = [];
  const groupSize: number[] = [];
  const byMetric = new Map<string, Map<number, number>>();
  const periods = new Set<number>();
  // coverage: per metric, which blocks report it
  const coverage = new Map<string, { seen: Uint8Array; count: number }>();
  const qualifier = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));
  let lastReport: string | null = null;
  let b = 0;
  let lastMetric: string | null = null;
  let byPeriod: Map<number, number> = new Map();
  let cov: { seen: Uint8Array; count: number } = { seen: new Uint8Array(0), count: 0 };
  for (let i = 0; i < n; i++) {
    const o = observations[i]!;
    if (o.report !== lastReport) {
      lastReport = o.report;
      b = reportBlock.get(o.report)!;
    }
    obsBlock[i] = b;
    blockSize[b]!++;
    if (o.metric !== lastMetric) {
      lastMetric = o.metric;
      let m = byMetric.get(o.metric);
      if (!m) {
        byMetric.set(o.metric, (m = new Map()));
        coverage.set(o.metric, { seen: new Uint8Array(blockJur.length), count: 0 });
      }
      byPeriod = m;
      cov = coverage.get(o.metric)!;
    }
    if (!cov.seen[b]) {
      cov.seen[b] = 1;
      cov.count++;
    }
    let g = byPeriod.get(o.period);
    if (g === undefined) {
      g = groups.push({ metric: o.metric, period: o.period }) - 1;
      groupSize.push(0);
      byPeriod.set(o.period, g);
      periods.add(o.period);
    }
    obsGroup[i] = g;
    groupSize[g]!++;
    obsId[i] = o.id;
    obsValue[i] = o.value;
    obsMax[i] = o.valueMax ?? Number.NaN;
    obsQualifier[i] = qualifier.get(o.qualifier)!;
    obsDerived[i] = o.derived ? 1 : 0;
  }

  // the rows of each block and of each group, in dataset order (a counting sort)
  const blockRows = rowsBy(obsBlock, blockSize);
  const groupRows = rowsBy(obsGroup, groupSize);
  const textOf = (report: string) => text.get(report);
  const blockPosition = blockJur.map(positionsOf(ds.jurisdictions.map((j) => j.id)));
  const jurisdictionBlock = (k: number): StoredJurisdictionBlock => ({
    dataset: ds.id,
    jurisdiction: blockJur[k]!,
    reports: blockReports[k]!,
    observations: encodeObservations(observations, textOf, blockRows[k]!),
    mentions: blockMentions[k]!,
  });
  const metricBlock = (k: number): StoredMetricBlock => {
    const g = groups[k]!;
    const rows = groupRows[k]!;
    const len = rows.length;
    const jur = new Uint32Array(len);
    const ids = new Array<string>(len);
    const value = new Float64Array(len);
    const qualifier = new Uint8Array(len);
    const valueMax = new Float64Array(len);
    const derived = new Uint8Array(len);
    for (let i = 0; i < len; i++) {
      const r = rows[i]!;
      jur[i] = blockPosition[obsBlock[r]!]!;
      ids[i] = obsId[r]!;
      value[i] = obsValue[r]!;
      qualifier[i] = obsQualifier[r]!;
      valueMax[i] = obsMax[r]!;
      derived[i] = obsDerived[r]!;
    }
    return {
      dataset: ds.id,
      metric: g.metric,
      period: g.period,
      jurisdiction: jur,
      observation: packStrings(ids),
      value,
      qualifier,
      valueMax,
      derived,
    };
  };

  const metricCoverage: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [m, c] of coverage) metricCoverage[m] = c.count;
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
    periods: [...periods].sort((x, y) => x - y),
    metricCoverage,
    jurisdictions: ds.jurisdictions,
    metrics: ds.metrics,
    practices: ds.practices,
  };
  return {
    record,
    jurisdictionBlocks: { length: blockJur.length, get: jurisdictionBlock },
    metricBlocks: { length: groups.length, get: metricBlock },
  };
}

/** Row numbers grouped by key (keys 0 … sizes.length - 1), each group in ascending order: views into one array. */
function rowsBy(keys: Uint32Array, sizes: ArrayLike<number>): Uint32Array[] {
  const start = new Uint32Array(sizes.length + 1);
  for (let k = 0; k < sizes.length; k++) start[k + 1] = start[k]! + sizes[k]!;
  const fill = start.slice(0, sizes.length);
  const rows = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) rows[fill[keys[i]!]!++] = i;
  const out = new Array<Uint32Array>(sizes.length);
  for (let k = 0; k < sizes.length; k++) out[k] = rows.subarray(start[k]!, start[k + 1]!);
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
