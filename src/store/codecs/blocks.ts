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
import { FORMAT_VERSION } from '../../model/constants';
import type { BlockCaveats, DatasetOrigin, DatasetRecord, JurisdictionBlock, MetricPeriodBlock } from '../../model/dataset-tables';
import {
  decodeObservations,
  encodeObservations,
  packStrings,
  unpackStrings,
  type ObservationColumns,
  type PackedStrings,
  type TextOf,
} from './columns';
import { indexObservations, indexTable, rowsBy, type ObservationIndex } from './observation-index';
import { tableIds, type ObservationTable } from '../../model/observation-table';
import { encodeTableObservations, packAsciiRows } from './table-columns';

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
export interface StoredMetricBlock extends Omit<MetricPeriodBlock, 'jurisdiction' | 'observation' | 'valueMax'> {
  jurisdiction: Uint32Array;
  observation: PackedStrings;
  /**
   * The ranges' upper ends, sparse: the rows whose figure is a range and their upper ends (few figures are ranges,
   * so a column of NaN would be most of a block's numbers). Blocks stored before hold `valueMax` instead.
   */
  ranges?: { row: Uint32Array; max: Float64Array };
  /** the upper ends as a full column, NaN where the figure is not a range: blocks stored before `ranges` */
  valueMax?: Float64Array;
  /**
   * `placeListCheck` of the list the positions point into, as it was when the block was written: a reader holding
   * another list (a catalogue read before another tab replaced the dataset) must not resolve the positions with it.
   * Absent on blocks stored before blocks carried it; those are resolved with the record read alongside.
   */
  places?: string;
}

/** The ids of a dataset's jurisdictions in record order: what metric blocks point into. Made once per record. */
const idLists = new WeakMap<DatasetRecord, readonly string[]>();
export function jurisdictionIds(record: Pick<DatasetRecord, 'jurisdictions'>): readonly string[] {
  let ids = idLists.get(record as DatasetRecord);
  if (!ids) idLists.set(record as DatasetRecord, (ids = record.jurisdictions.map((j) => j.id)));
  return ids;
}

/**
 * A check of a list of jurisdiction ids: its length and two 32-bit hashes of the ids in order (FNV-1a and a
 * multiply-xorshift), so two lists of the same places in another order check differently. Made once per list.
 */
const checks = new WeakMap<readonly string[], string>();
export function placeListCheck(ids: readonly string[]): string {
  let c = checks.get(ids);
  if (c !== undefined) return c;
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) {
      const u = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ u, 0x01000193);
      h2 = Math.imul(h2 ^ u, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    // a separator, so ["ab", "c"] and ["a", "bc"] differ
    h1 = Math.imul(h1 ^ 0xffff, 0x01000193);
    h2 = Math.imul(h2 ^ 0xffff, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  c = `${ids.length}:${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}`;
  checks.set(ids, c);
  return c;
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
  const { valueMax, ...rest } = b;
  return { ...rest, jurisdiction: Uint32Array.from(b.jurisdiction, position), observation: packStrings(b.observation), ranges: sparseRanges(valueMax), places: placeListCheck(ids) };
};

/** The rows of a full upper-end column that hold a range (not NaN), and their upper ends. */
function sparseRanges(valueMax: Float64Array): { row: Uint32Array; max: Float64Array } {
  let n = 0;
  for (let i = 0; i < valueMax.length; i++) if (!Number.isNaN(valueMax[i]!)) n++;
  const row = new Uint32Array(n);
  const max = new Float64Array(n);
  for (let i = 0, k = 0; i < valueMax.length; i++)
    if (!Number.isNaN(valueMax[i]!)) {
      row[k] = i;
      max[k++] = valueMax[i]!;
    }
  return { row, max };
}

/** A stored block's upper ends as a full column (NaN where the figure is not a range), from either layout. */
function fullRanges(b: StoredMetricBlock): Float64Array {
  if (b.valueMax) return b.valueMax;
  const out = new Float64Array(b.value.length).fill(Number.NaN);
  const r = b.ranges;
  if (r) for (let k = 0; k < r.row.length; k++) out[r.row[k]!] = r.max[k]!;
  return out;
}

/** `ids`: the dataset's jurisdiction ids in record order; the block's jurisdiction column holds those strings. */
export const decodeMetricBlock = (b: StoredMetricBlock, ids: readonly string[]): MetricPeriodBlock => {
  const { places: _places, ranges: _ranges, valueMax: _valueMax, ...rest } = b;
  const pos = b.jurisdiction;
  const jurisdiction = new Array<string>(pos.length);
  for (let i = 0; i < pos.length; i++) jurisdiction[i] = ids[pos[i]!] ?? '';
  return { ...rest, jurisdiction, observation: unpackStrings(b.observation), valueMax: fullRanges(b) };
};


/** Jurisdiction blocks in the order their first report appears: each with its reports and mentions. */
interface BlockLayout {
  jurisdictions: string[];
  reports: Report[][];
  mentions: Mention[][];
  /** report id → its block */
  reportBlock: Map<string, number>;
  /** report id → its text */
  text: Map<string, string>;
}

function blockLayout(ds: Dataset): BlockLayout {
  const blockOf = new Map<string, number>();
  const layout: BlockLayout = { jurisdictions: [], reports: [], mentions: [], reportBlock: new Map(), text: new Map() };
  const block = (j: string): number => {
    let b = blockOf.get(j);
    if (b === undefined) {
      b = layout.jurisdictions.push(j) - 1;
      blockOf.set(j, b);
      layout.reports.push([]);
      layout.mentions.push([]);
    }
    return b;
  };
  for (const r of ds.reports) {
    const b = block(r.jurisdiction);
    layout.reportBlock.set(r.id, b);
    layout.text.set(r.id, r.text);
    layout.reports[b]!.push(r);
  }
  for (const m of ds.mentions) layout.mentions[layout.reportBlock.get(m.report)!]!.push(m);
  return layout;
}

type StoreMeta = { origin: DatasetOrigin; hash: string; bytes: number; importedAt: number };

/**
 * Splits a validated dataset into the records the store writes. With `table`, the observations are the table's rows
 * (an Arrow file's columns, ./observation-table.ts) and `ds.observations` is not read: the same records as from the
 * table's observation objects.
 */
export function toBlocks(ds: Dataset, meta: StoreMeta, table?: ObservationTable): StoredDataset {
  const layout = blockLayout(ds);
  const index = table
    ? indexTable(table, layout.reportBlock, layout.jurisdictions.length)
    : indexObservations(ds.observations, layout.reportBlock, layout.jurisdictions.length);
  // the rows of each block and of each group, in dataset order
  const blockRows = rowsBy(index.block, index.blockSize);
  const groupRows = rowsBy(index.group, index.groupSize);
  const textOf = (report: string) => layout.text.get(report);
  const placeIds = ds.jurisdictions.map((j) => j.id);
  const blockPosition = layout.jurisdictions.map(positionsOf(placeIds));
  const places = placeListCheck(placeIds);
  const jurisdictionBlock = (k: number): StoredJurisdictionBlock => ({
    dataset: ds.id,
    jurisdiction: layout.jurisdictions[k]!,
    reports: layout.reports[k]!,
    observations: table ? encodeTableObservations(table, textOf, blockRows[k]!) : encodeObservations(ds.observations, textOf, blockRows[k]!),
    mentions: layout.mentions[k]!,
  });
  const caveatsOf = table ? (r: number) => table.caveats.get(r) : (r: number) => ds.observations[r]!.caveats;
  const idBytes = table?.idBytes;
  const ids = idBytes ? null : table ? tableIds(table) : index.id;
  const packIds = (rows: Uint32Array): PackedStrings => {
    if (!ids) return packAsciiRows(idBytes!, rows, rows.length);
    const list = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) list[i] = ids[rows[i]!]!;
    return packStrings(list);
  };
  return {
    record: datasetRecord(ds, meta, index, table ? table.n : ds.observations.length),
    jurisdictionBlocks: { length: layout.jurisdictions.length, get: jurisdictionBlock },
    metricBlocks: { length: index.groups.length, get: (k) => metricBlock(ds.id, index, k, groupRows[k]!, blockPosition, places, caveatsOf, packIds) },
  };
}

/** Group `k`'s block: its rows' values copied out of the flat columns; jurisdictions as list positions (`places`: the list's check). */
function metricBlock(
  dataset: string,
  index: ObservationIndex,
  k: number,
  rows: Uint32Array,
  blockPosition: readonly number[],
  places: string,
  caveatsOf: (row: number) => Observation['caveats'],
  packIds: (rows: Uint32Array) => PackedStrings,
): StoredMetricBlock {
  const g = index.groups[k]!;
  const { block, value: values, qualifier: qualifiers, max, derived: derivedFlags, caveated } = index;
  const len = rows.length;
  const jur = new Uint32Array(len);
  const value = new Float64Array(len);
  const qualifier = new Uint8Array(len);
  const rangeRows: number[] = [];
  const rangeMax: number[] = [];
  const derived = new Uint8Array(len);
  // sparse: only the figures that carry caveats (rankings show them; most figures have none)
  let caveats: BlockCaveats | undefined;
  for (let i = 0; i < len; i++) {
    const r = rows[i]!;
    const c = caveated[r] ? caveatsOf(r) : undefined;
    if (c !== undefined) {
      caveats ??= { row: [], caveats: [] };
      caveats.row.push(i);
      caveats.caveats.push(c);
    }
    jur[i] = blockPosition[block[r]!]!;
    value[i] = values[r]!;
    qualifier[i] = qualifiers[r]!;
    const top = max[r]!;
    if (!Number.isNaN(top)) {
      rangeRows.push(i);
      rangeMax.push(top);
    }
    derived[i] = derivedFlags[r]!;
  }
  return {
    dataset,
    metric: g.metric,
    period: g.period,
    jurisdiction: jur,
    observation: packIds(rows),
    value,
    qualifier,
    ranges: { row: Uint32Array.from(rangeRows), max: Float64Array.from(rangeMax) },
    derived,
    ...(caveats ? { caveats } : {}),
    places,
  };
}

/** The catalogue record: the dataset without its reports, observations and mentions, with counts and coverage. */
function datasetRecord(ds: Dataset, meta: StoreMeta, index: ObservationIndex, observations: number): DatasetRecord {
  const metricCoverage: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [m, c] of index.coverage) metricCoverage[m] = c.count;
  return {
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
      observations,
      practices: ds.practices.length,
      mentions: ds.mentions.length,
    },
    periods: [...index.periods].sort((x, y) => x - y),
    metricCoverage,
    jurisdictions: ds.jurisdictions,
    metrics: ds.metrics,
    practices: ds.practices,
  };
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
    version: FORMAT_VERSION,
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
