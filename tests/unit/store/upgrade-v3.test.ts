import { freshDbs } from '../../fixtures/fresh-db';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { RolDb } from '../../../src/store/db';
import { toBlocks, materialize } from '../../../src/store/codecs/blocks';
import { readAllDatasets, readMetricBlocks } from '../../../src/store/records';
import { fromBlocks } from '../../../src/store/codecs/blocks';
import { validateDataset } from '../../../src/formats/validate';
import { exportBackup } from '../../../src/store/backup';
import { tinyDataset } from '../../fixtures/factory';
import type { Dataset } from '../../../src/model/schema';

const dbs = freshDbs('upgrade-v3');

/** The store as the schema-v2 app declared it (same stores and indexes as v1). */
class V2Db extends Dexie {
  constructor(name: string) {
    super(name);
    const stores = {
      datasets: 'id, origin',
      jurisdictionBlocks: '[dataset+jurisdiction], dataset, jurisdiction',
      metricBlocks: '[dataset+metric+period], dataset, metric, [metric+period]',
      settings: 'key',
    };
    this.version(1).stores(stores);
    this.version(2).stores(stores);
  }
}

/**
 * A dataset of format version 1 as the v2 app stored it: metric ids of the app before the catalogue —
 * `litigation.cases` (now litigation.cases_handled), `mediation.disputes_mediated` (the same id), and one the
 * catalogue does not have.
 */
function v1Dataset(): Dataset {
  const ds = tinyDataset('v1-user', { jurisdictions: 2 });
  const base = ds.observations[0]!;
  const other = ds.observations[1]!;
  return {
    ...ds,
    version: 1 as unknown as 2,
    metrics: [
      ...ds.metrics,
      { id: 'litigation.cases', category: 'litigation', name: { zh: '行政应诉案件数', en: 'Litigation cases' }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'neutral' },
      { id: 'capacity.local_thing', category: 'capacity', name: { zh: '本地数', en: 'Local' }, unit: { zh: '个', en: 'items' }, kind: 'count', better: 'neutral' },
    ],
    observations: [
      base,
      { ...other, id: `${other.id}.lit`, metric: 'litigation.cases' },
      { ...base, id: `${base.id}.local`, metric: 'capacity.local_thing' },
    ],
  };
}

describe('store schema v2 → v3 (dataset format 2)', () => {
  it('carries a stored version 1 dataset over: metric ids become catalogue indicators or report-specific, nothing lost', async () => {
    const name = dbs.name();
    const old = new V2Db(name);
    await old.open();
    const stored = toBlocks(v1Dataset(), { origin: 'user', hash: 'h'.repeat(64), bytes: 100, importedAt: 1 });
    await old.table('datasets').put(stored.record);
    await old.table('jurisdictionBlocks').bulkPut(materialize(stored.jurisdictionBlocks));
    await old.table('metricBlocks').bulkPut(materialize(stored.metricBlocks));
    const blocksBefore = await old.table('metricBlocks').count();
    old.close();

    const db = new RolDb(name);
    await db.open();
    const [{ record, blocks }] = (await readAllDatasets(db)) as [Awaited<ReturnType<typeof readAllDatasets>>[number]];
    expect(record!.metrics.map((m) => [m.id, m.specific ?? false])).toEqual([
      ['mediation.disputes_mediated', false],
      ['litigation.cases_handled', false],
      ['capacity.local_thing', true],
    ]);
    expect(Object.keys(record!.metricCoverage).sort()).toEqual(['capacity.local_thing', 'litigation.cases_handled', 'mediation.disputes_mediated']);
    const ds = fromBlocks(record!, blocks!);
    expect(ds.observations.map((o) => [o.id.split('.').pop(), o.metric])).toContainEqual(['lit', 'litigation.cases_handled']);
    expect(ds.observations).toHaveLength(3);
    // the reassembled dataset is a valid format-2 document, values and quotes as they were
    const v = validateDataset(JSON.parse(JSON.stringify(ds)));
    expect(v.ok, JSON.stringify(!v.ok && v.errors)).toBe(true);
    const before = v1Dataset().observations;
    for (const o of ds.observations) {
      const b = before.find((x) => x.id === o.id)!;
      expect([o.value, o.qualifier, o.quote, o.offset]).toEqual([b.value, b.qualifier, b.quote, b.offset]);
    }
    // metric blocks are found under the new ids, none under the old
    expect(await db.metricBlocks.count()).toBe(blocksBefore);
    expect(await readMetricBlocks(db, 'litigation.cases')).toEqual([]);
    expect((await readMetricBlocks(db, 'litigation.cases_handled')).length).toBeGreaterThan(0);
    // and a backup of it restores as any format-2 file
    expect((await exportBackup(db)).datasets).toBe(1);
    db.close();
  });
});
