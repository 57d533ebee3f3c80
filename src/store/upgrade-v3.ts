/**
 * Store schema v2 → v3, inside Dexie's upgrade transaction: stored datasets of format version 1 become format
 * version 2 the way a version 1 file is read on import (src/formats/migrate.ts). Each metric becomes the
 * catalogue indicator it names or a report-specific metric; the record's metric list and coverage, the
 * observations' metric column of every jurisdiction block and the keys of the metric blocks follow. Observation
 * ids, values, quotes and everything else are kept as they are.
 */
import type { Transaction } from 'dexie';
import type { DatasetRecord } from '../model/dataset-tables';
import type { Metric } from '../model/schema';
import { planV1Metrics, type MetricMove } from '../formats/migrate';
import type { StoredJurisdictionBlock, StoredMetricBlock } from './codecs/blocks';
import { registerFormatUpgrade } from './db';

/** The record in format version 2, and the metric ids that change (old → new). */
export function migrateRecord(record: DatasetRecord): { record: DatasetRecord; renamed: Map<string, string> } {
  const plan = planV1Metrics(record.metrics);
  const renamed = new Map<string, string>();
  for (const [from, move] of plan) if (move.id !== from) renamed.set(from, move.id);
  const metrics = record.metrics.map((m): Metric => apply(m, plan.get(m.id)));
  const metricCoverage: Record<string, number> = {};
  for (const [id, n] of Object.entries(record.metricCoverage ?? {})) metricCoverage[renamed.get(id) ?? id] = n;
  return { record: { ...record, metrics, metricCoverage }, renamed };
}

function apply(m: Metric, move: MetricMove | undefined): Metric {
  if (!move) return m;
  if (move.specific) return m.specific ? m : { ...m, specific: true };
  return move.id === m.id ? m : { ...m, id: move.id };
}

export async function upgradeToV3(tx: Transaction): Promise<void> {
  const records = (await tx.table('datasets').toArray()) as DatasetRecord[];
  for (const old of records) {
    const { record, renamed } = migrateRecord(old);
    await tx.table('datasets').put(record);
    if (renamed.size === 0) continue;
    await tx
      .table('jurisdictionBlocks')
      .where('dataset')
      .equals(record.id)
      .modify((b: StoredJurisdictionBlock) => {
        const dict = b.observations.metric;
        dict.values = dict.values.map((v) => renamed.get(v) ?? v);
      });
    const blocks = (await tx.table('metricBlocks').where('dataset').equals(record.id).toArray()) as StoredMetricBlock[];
    for (const b of blocks) {
      const to = renamed.get(b.metric);
      if (to === undefined) continue;
      await tx.table('metricBlocks').delete([b.dataset, b.metric, b.period]);
      await tx.table('metricBlocks').put({ ...b, metric: to });
    }
  }
}

registerFormatUpgrade(upgradeToV3);
