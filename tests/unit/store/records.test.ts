import { freshDbs } from '../../fixtures/fresh-db';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RolDb } from '../../../src/store/db';
import { importDatasetJson } from '../../../src/store/import';
import { readDatasetBlocks, readDatasets, readJurisdictionBlocks, readMetricBlocks, deleteDataset } from '../../../src/store/records';
import { fromBlocks } from '../../../src/store/codecs/blocks';
import { tinyDataset } from '../../fixtures/factory';

const enc = (x: unknown) => new TextEncoder().encode(JSON.stringify(x));
const dbs = freshDbs('test');
let db: RolDb;
beforeEach(async () => {
  db = await dbs.open();
});

async function snapshot() {
  return {
    datasets: (await db.datasets.toArray()).map((d) => d.id).sort(),
    blocks: await db.jurisdictionBlocks.count(),
    metricBlocks: await db.metricBlocks.count(),
  };
}

describe('the store', () => {
  it('stores a dataset as blocks and reads it by jurisdiction and by metric-period', async () => {
    const ds = tinyDataset('a', { jurisdictions: 3, periods: [2021, 2022] });
    const r = await importDatasetJson(db, enc(ds), 'a.json', { origin: 'user', replace: false });
    expect(r.ok).toBe(true);
    expect(await snapshot()).toEqual({ datasets: ['a'], blocks: 3, metricBlocks: 2 });
    const blocks = await readJurisdictionBlocks(db, ['t.j1']);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.observations.map((o) => o.period).sort()).toEqual([2021, 2022]);
    const mb = await readMetricBlocks(db, 'mediation.disputes_mediated', 2022);
    expect(mb[0]!.jurisdiction).toEqual(['t.j0', 't.j1', 't.j2']);
    expect([...mb[0]!.value]).toEqual([100, 200, 300]);
    // the blocks give back the same dataset
    const back = fromBlocks((await readDatasets(db))[0]!, await readDatasetBlocks(db, 'a'));
    expect(back.observations.map((o) => o.id).sort()).toEqual(ds.observations.map((o) => o.id).sort());
  });

  it('metric blocks name their jurisdictions through the dataset’s list: given by the caller, or read when it does not fit', async () => {
    const ds = tinyDataset('a', { jurisdictions: 3 });
    await importDatasetJson(db, enc(ds), 'a.json', { origin: 'user', replace: false });
    const ids = ds.jurisdictions.map((j) => j.id);
    const given = await readMetricBlocks(db, 'mediation.disputes_mediated', 2022, () => ids);
    expect(given[0]!.jurisdiction).toEqual(ids);
    // a list that cannot be the right one (too short, e.g. from a catalogue read before a re-import) is not used
    const stale = await readMetricBlocks(db, 'mediation.disputes_mediated', 2022, () => ['t.j0']);
    expect(stale[0]!.jurisdiction).toEqual(ids);
    expect((await readMetricBlocks(db, 'mediation.disputes_mediated', 2022))[0]!.jurisdiction).toEqual(ids);
  });

  it('refuses an existing id unless replacing, and replacing touches only that dataset', async () => {
    await importDatasetJson(db, enc(tinyDataset('a')), 'a.json', { origin: 'user', replace: false });
    await importDatasetJson(db, enc(tinyDataset('b', { jurisdictions: 2 })), 'b.json', { origin: 'user', replace: false });
    const again = await importDatasetJson(db, enc(tinyDataset('a')), 'a.json', { origin: 'user', replace: false });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.errors.kind).toBe('exists');
    const smaller = tinyDataset('a', { jurisdictions: 1 });
    const replaced = await importDatasetJson(db, enc(smaller), 'a.json', { origin: 'user', replace: true });
    expect(replaced.ok && replaced.value.replaced).toBe(true);
    expect((await readDatasetBlocks(db, 'a')).length).toBe(1);
    expect((await readDatasetBlocks(db, 'b')).length).toBe(2);
  });

  it('writes nothing when the file is invalid', async () => {
    await importDatasetJson(db, enc(tinyDataset('a')), 'a.json', { origin: 'user', replace: false });
    const before = await snapshot();
    const bad = tinyDataset('c') as unknown as { observations: { quote: string }[] };
    bad.observations[1]!.quote = 'not in the text';
    const r = await importDatasetJson(db, enc(bad), 'c.json', { origin: 'user', replace: false });
    expect(r.ok).toBe(false);
    if (!r.ok && r.errors.kind === 'invalid') expect(r.errors.issues[0]!.file).toBe('c.json');
    expect(await snapshot()).toEqual(before);
  });

  it('reports an invalid file as invalid, not as "exists", when its id is taken', async () => {
    await importDatasetJson(db, enc(tinyDataset('a')), 'a.json', { origin: 'user', replace: false });
    const bad = tinyDataset('a') as unknown as { observations: { metric: string }[] };
    bad.observations[0]!.metric = 'no.such.metric';
    const r = await importDatasetJson(db, enc(bad), 'a.json', { origin: 'user', replace: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toMatchObject({ kind: 'invalid', issues: [{ code: 'unknown_reference', path: ['observations', 0, 'metric'] }] });
  });

  it('rolls back the whole write when a write fails midway', async () => {
    await importDatasetJson(db, enc(tinyDataset('a')), 'a.json', { origin: 'user', replace: false });
    const before = await snapshot();
    const original = db.metricBlocks.bulkPut.bind(db.metricBlocks);
    db.metricBlocks.bulkPut = (() => Promise.reject(new DOMException('quota', 'QuotaExceededError'))) as unknown as typeof original;
    const r = await importDatasetJson(db, enc(tinyDataset('a', { jurisdictions: 5 })), 'a.json', { origin: 'user', replace: true });
    db.metricBlocks.bulkPut = original;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toMatchObject({ kind: 'store', error: 'quota' });
    expect(await snapshot()).toEqual(before);
    expect((await readDatasetBlocks(db, 'a')).length).toBe(3);
  });

  it('reserves the bundled id for the bundled dataset', async () => {
    const r = await importDatasetJson(db, enc(tinyDataset('bundled')), 'x.json', { origin: 'user', replace: true });
    expect(r.ok).toBe(false);
    expect((await snapshot()).datasets).toEqual([]);
  });

  it('deletes a dataset with all its blocks', async () => {
    await importDatasetJson(db, enc(tinyDataset('a')), 'a.json', { origin: 'user', replace: false });
    await deleteDataset(db, 'a');
    expect(await snapshot()).toEqual({ datasets: [], blocks: 0, metricBlocks: 0 });
  });
});
