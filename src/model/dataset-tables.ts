/**
 * A dataset as the views read it: one record per dataset (its catalogue), one table per jurisdiction (reports,
 * observations, mentions) and one set of columns per metric and period (for rankings over thousands of places).
 * Plain data; the store encodes these for IndexedDB (src/store/codecs/blocks.ts).
 */
import { QUALIFIERS } from './constants';
import type { Bilingual, Caveat, Jurisdiction, Mention, Metric, Observation, Practice, Qualifier, Report } from './schema';

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
  /**
   * The figures that carry caveats, sparse: absent where none does (and in blocks stored before caveats existed —
   * absent means none).
   */
  caveats?: BlockCaveats | undefined;
}

/** `row[k]` is a row of a metric block's columns, `caveats[k]` the caveats of its figure. */
export interface BlockCaveats {
  row: number[];
  caveats: Caveat[][];
}

export const qualifierCode = (q: Qualifier): number => QUALIFIERS.indexOf(q);
export const qualifierOf = (code: number): Qualifier => QUALIFIERS[code] ?? 'exact';

/**
 * Blocks in the order the catalogue lists their datasets (bundled first, then imports, oldest first), so that the
 * first-wins rules above hold whatever the dataset ids are (the store returns them by id). Stable within a dataset.
 */
export function inDatasetOrder<B extends { dataset: string }>(blocks: readonly B[], datasets: readonly { id: string }[]): B[] {
  const at = new Map(datasets.map((d, i) => [d.id, i]));
  return [...blocks].sort((a, b) => (at.get(a.dataset) ?? Infinity) - (at.get(b.dataset) ?? Infinity));
}
