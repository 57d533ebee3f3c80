import { freshDbs } from '../../fixtures/fresh-db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RolDb, STORE_ID_KEY, watchConnection } from '../../../src/store/db';
import { importFile } from '../../../src/store/import';
import { exportBackup } from '../../../src/store/backup';
import { readAllDatasets, readDatasets, readJurisdictionBlocks, readMetricBlocks, readSetting } from '../../../src/store/records';
import { fromBlocks } from '../../../src/store/codecs/blocks';
import { validateDataset } from '../../../src/formats/validate';
import { DB_FIXTURES } from '../../fixtures/db-versions';
import { seedRaw } from '../../fixtures/db-versions/raw';
import { tinyDataset } from '../../fixtures/factory';

const dbs = freshDbs('upgrade');
afterEach(() => {
  vi.restoreAllMocks();
});

/** The current code, one version ahead (what a newer tab would open). */
class FutureDb extends RolDb {
  constructor(name: string) {
    super(name);
    this.version(this.verno + 1).stores({ extra: 'id' });
  }
}

describe('schema versions (append-only)', () => {
  for (const fixture of DB_FIXTURES)
    it(`opens a database written by schema v${fixture.version} and finds every record`, async () => {
      const name = dbs.name();
      await fixture.seed(name);
      const warn = vi.spyOn(console, 'warn');
      const db = new RolDb(name);
      await db.open();
      expect(warn).not.toHaveBeenCalled(); // Dexie found the installed schema it expects (no SchemaDiff patching)
      const records = await readDatasets(db);
      expect(records.map((r) => r.id).sort()).toEqual(fixture.expected.datasets);
      expect(await db.jurisdictionBlocks.count()).toBe(fixture.expected.jurisdictionBlocks);
      expect(await db.metricBlocks.count()).toBe(fixture.expected.metricBlocks);
      for (const key of fixture.expected.settings) expect(await readSetting(db, key)).toBeDefined();
      // the upgrade left only current-format records: observations as columns, packed metric-block strings
      for (const b of await db.jurisdictionBlocks.toArray()) expect(b.observations.n).toBe(b.observations.period.length);
      for (const b of await db.metricBlocks.toArray()) {
        expect(b.jurisdiction).toBeInstanceOf(Uint32Array);
        expect(b.observation.ends.length).toBe(b.value.length);
      }

      // every index the reads use still answers
      const all = await readAllDatasets(db);
      const observations = all.flatMap(({ record, blocks }) => {
        const ds = fromBlocks(record, blocks);
        const v = validateDataset(JSON.parse(JSON.stringify(ds)));
        expect(v.ok).toBe(true);
        for (const o of ds.observations) {
          const want = fixture.expected.sample?.[o.id];
          if (want) expect(o).toMatchObject(want);
          if (fixture.expected.sample && !want) expect.fail(`no sample for ${o.id}`);
        }
        return ds.observations.map((o) => o.id);
      });
      expect(observations.sort()).toEqual(fixture.expected.observations);
      const jurs = records.flatMap((r) => r.jurisdictions.map((j) => j.id));
      expect((await readJurisdictionBlocks(db, jurs)).length).toBe(fixture.expected.jurisdictionBlocks);
      for (const r of records)
        for (const m of r.metrics)
          for (const p of r.periods) await readMetricBlocks(db, m.id, p); // [metric+period] index
      const byMetric = await Promise.all(records.flatMap((r) => r.metrics.map((m) => readMetricBlocks(db, m.id))));
      expect(byMetric.flat().length).toBe(fixture.expected.metricBlocks);
      // metric blocks name their jurisdictions (positions in the dataset's list, resolved on reading)
      const known = new Set(jurs);
      for (const b of byMetric.flat()) {
        expect(b.jurisdiction.length).toBe(b.value.length);
        for (const j of b.jurisdiction) expect(known.has(j)).toBe(true);
      }

      // and the current code can write to it and back it up
      const r = await importFile(db, new TextEncoder().encode(JSON.stringify(tinyDataset('after-upgrade'))), 'a.json', 'json', { replace: false });
      expect(r.ok).toBe(true);
      const backup = await exportBackup(db);
      expect(backup.datasets).toBe(fixture.expected.datasets.length + 1);
      db.close();
    });

  it('tells an open tab to reload when a newer version upgrades the database', async () => {
    const name = dbs.name();
    const old = new RolDb(name);
    await old.open();
    const onVersionChange = vi.fn();
    watchConnection(old, { onVersionChange });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const newer = new FutureDb(name);
    await newer.open(); // not blocked: the old connection closes itself
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(onVersionChange).toHaveBeenCalledWith(newer.verno * 10);
    expect(old.isOpen()).toBe(false);
    await expect(old.datasets.count()).rejects.toThrow(); // stays closed: no silent reopen with an old schema
    newer.close();
  });

  it('tells the tab once when the browser closes a connection whose store has no id to check, and it stays closed', async () => {
    const name = dbs.name();
    const db = new RolDb(name);
    await db.open();
    const onClosed = vi.fn();
    const onVersionChange = vi.fn();
    watchConnection(db, { onClosed, onVersionChange });
    db.close({ disableAutoOpen: false }); // what Dexie does on IDBDatabase 'close'
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 10));
    expect(onClosed).toHaveBeenCalledTimes(1);
    expect(onVersionChange).not.toHaveBeenCalled();
    await expect(db.datasets.count()).rejects.toThrow();
  });

  /** A connection watched on a database whose store id is `id` (the id read by the watcher before it returns). */
  async function watchedStore(id: string) {
    const name = dbs.name();
    const db = new RolDb(name);
    await db.open();
    await db.settings.put({ key: STORE_ID_KEY, value: id });
    const onClosed = vi.fn();
    const onReopened = vi.fn();
    watchConnection(db, { onClosed, onReopened });
    await new Promise((r) => setTimeout(r, 10)); // the watcher reads the store's id
    return { name, db, onClosed, onReopened };
  }
  const lose = async (db: RolDb) => {
    db.close({ disableAutoOpen: false }); // what Dexie does on IDBDatabase 'close'
    await new Promise((r) => setTimeout(r, 50));
  };

  it('opens a connection the browser lost once again and goes on when it reaches the same store', async () => {
    const { db, onClosed, onReopened } = await watchedStore('store-a');
    await db.datasets.put({ id: 'kept' } as never);
    await lose(db);
    expect(onReopened).toHaveBeenCalledTimes(1);
    expect(onClosed).not.toHaveBeenCalled();
    expect(db.isOpen()).toBe(true);
    expect((await db.datasets.get('kept'))?.id).toBe('kept');
    // a second loss is not tried again: the tab is told to reload, and the connection stays closed
    await lose(db);
    expect(onClosed).toHaveBeenCalledTimes(1);
    expect(onReopened).toHaveBeenCalledTimes(1);
    await expect(db.datasets.count()).rejects.toThrow();
  });

  it('stays closed and tells the tab when the connection opened again reaches another store (made anew)', async () => {
    const { name, db, onClosed, onReopened } = await watchedStore('store-a');
    // the database was made anew meanwhile: its id is another
    const other = new RolDb(name);
    await other.settings.put({ key: STORE_ID_KEY, value: 'store-b' });
    other.close();
    await lose(db);
    expect(onReopened).not.toHaveBeenCalled();
    expect(onClosed).toHaveBeenCalledTimes(1);
    await expect(db.datasets.count()).rejects.toThrow();
  });

  it('tells the user when an upgrade is blocked by another tab that keeps the old version open', async () => {
    const name = dbs.name();
    await seedRaw(name, 10, [{ name: 'datasets', keyPath: 'id', indexes: [] }], { datasets: [] });
    // an old tab (raw connection) that ignores versionchange
    const rawOpen = indexedDB.open(name, 10);
    const raw = await new Promise<IDBDatabase>((resolve) => {
      rawOpen.onsuccess = () => resolve(rawOpen.result);
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const newer = new FutureDb(name);
    const onBlocked = vi.fn();
    watchConnection(newer, { onBlocked });
    const opening = newer.open();
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    raw.close();
    await opening;
    expect(newer.isOpen()).toBe(true);
    newer.close();
  });
});
