/**
 * The note kept outside IndexedDB tells a lost store from a first visit: the database made anew while the note names
 * the person's datasets is a loss (named, with the last backup); a first visit, an existing store seen for the first
 * time, a dataset the person deleted, or a restore that brings the datasets back is not.
 */
import { freshDbs } from '../../fixtures/fresh-db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFile } from '../../../src/store/import';
import { exportBackup } from '../../../src/store/backup';
import { deleteDataset } from '../../../src/store/records';
import { MARKER_KEY, parseMarker, readStoreNow, reconcile, withoutLoss, type StoreMarker, type StoreNow } from '../../../src/store/store-marker';
import { dismissLoss, dismissReminder, remindBackupAfterSave, syncStoreMarker, useStorageNotices } from '../../../src/ui/state/storage-notices';
import { tinyDataset } from '../../fixtures/factory';
import type { RolDb } from '../../../src/store/db';

const dbs = freshDbs('marker');
const title = (id: string) => ({ zh: `数据${id}`, en: `Data ${id}` });
const now = (storeId: string, ids: string[], lastBackup: number | null = null, fresh = false): StoreNow => ({
  storeId,
  fresh,
  datasets: ids.map((id) => ({ id, title: title(id) })),
  lastBackup,
});
const marker = (storeId: string, ids: string[], lastBackup: number | null = null): StoreMarker => ({
  storeId,
  datasets: ids.map((id) => ({ id, title: title(id) })),
  lastBackup,
});

class MemoryStorage {
  items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
}

const put = async (db: RolDb, id: string) => {
  const r = await importFile(db, new TextEncoder().encode(JSON.stringify(tinyDataset(id))), `${id}.json`, 'json', { replace: false });
  expect(r.ok).toBe(true);
};

describe('reconcile (pure)', () => {
  it('no note (first visit, or a store older than the note): no loss, and the note now describes the store', () => {
    const r = reconcile(null, now('s1', ['a'], 5, true), 100);
    expect(r.loss).toBeNull();
    expect(r.marker).toEqual(marker('s1', ['a'], 5));
  });

  it('a store made anew while the note names datasets: those datasets are lost, with the note’s last backup', () => {
    const r = reconcile(marker('old', ['a', 'b'], 42), now('new', [], null, true), 100);
    expect(r.loss).toEqual({ datasets: [{ id: 'a', title: title('a') }, { id: 'b', title: title('b') }], lastBackup: 42, at: 100 });
    // the loss is kept in the note until mended or dismissed, so a reload still tells it
    expect(r.marker.lost).toEqual(r.loss);
    expect(reconcile(r.marker, now('new', []), 200).loss).toEqual(r.loss);
  });

  it('the same store without a dataset (the person deleted it) is no loss', () => {
    expect(reconcile(marker('s1', ['a', 'b']), now('s1', ['a']), 100).loss).toBeNull();
  });

  it('a restore that brings every lost dataset back ends the loss; a partial one names what is still missing', () => {
    const lost = reconcile(marker('old', ['a', 'b'], 1), now('new', []), 100).marker;
    const partial = reconcile(lost, now('new', ['a']), 200);
    expect(partial.loss?.datasets.map((d) => d.id)).toEqual(['a', 'b']);
    expect(reconcile(partial.marker, now('new', ['a', 'b']), 300).loss).toBeNull();
  });

  it('reads only its own notes', () => {
    expect(parseMarker(null)).toBeNull();
    expect(parseMarker('not json')).toBeNull();
    expect(parseMarker('{"storeId":1}')).toBeNull();
    expect(parseMarker(JSON.stringify({ storeId: 's', datasets: [{ id: 'a' }], lastBackup: null }))).toBeNull();
    const m = { ...marker('s', ['a'], 3), lost: { datasets: [{ id: 'a', title: title('a') }], lastBackup: 3, at: 9 } };
    expect(parseMarker(JSON.stringify(m))).toEqual(m);
    expect(withoutLoss(m)).toEqual(marker('s', ['a'], 3));
  });
});

describe('the note against a real store (fake-indexeddb)', () => {
  it('keeps one store id, lists only the person’s datasets and the last backup', async () => {
    const db = await dbs.open();
    await put(db, 'user-a');
    let n = 0;
    const first = await readStoreNow(db, () => `id-${++n}`);
    expect(first.fresh).toBe(true);
    expect(first.datasets.map((d) => d.id)).toEqual(['user-a']);
    expect(first.lastBackup).toBeNull();
    const backup = await exportBackup(db, 1_700_000_000_000);
    const again = await readStoreNow(db, () => `id-${++n}`);
    expect(again).toEqual({ storeId: 'id-1', fresh: false, datasets: first.datasets, lastBackup: backup.at });
  });

  it('a database deleted and made anew: the notice names the lost datasets and the last backup; dismissed, it stays gone', async () => {
    const storage = new MemoryStorage();
    const before = await dbs.open();
    await put(before, 'user-a');
    await put(before, 'user-b');
    await exportBackup(before, 1_700_000_000_000);
    await syncStoreMarker(storage, before, 1);
    expect(useStorageNotices.getState().loss).toBeNull();

    const after = await dbs.open(); // another, empty database: what the app finds after an eviction
    await syncStoreMarker(storage, after, 2);
    const loss = useStorageNotices.getState().loss;
    expect(loss?.datasets.map((d) => d.id)).toEqual(['user-a', 'user-b']);
    expect(loss?.lastBackup).toBe(1_700_000_000_000);

    await syncStoreMarker(storage, after, 3); // a reload: still told
    expect(useStorageNotices.getState().loss?.datasets).toHaveLength(2);
    dismissLoss(storage);
    expect(useStorageNotices.getState().loss).toBeNull();
    await syncStoreMarker(storage, after, 4);
    expect(useStorageNotices.getState().loss).toBeNull();
    expect(parseMarker(storage.getItem(MARKER_KEY))?.lost).toBeUndefined();
  });

  it('deleting a dataset in the app is no loss', async () => {
    const storage = new MemoryStorage();
    const db = await dbs.open();
    await put(db, 'user-a');
    await syncStoreMarker(storage, db, 1);
    await deleteDataset(db, 'user-a');
    await syncStoreMarker(storage, db, 2);
    expect(useStorageNotices.getState().loss).toBeNull();
    expect(parseMarker(storage.getItem(MARKER_KEY))?.datasets).toEqual([]);
  });
});

describe('the reminder after a save', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const withPersisted = (granted: boolean | null) => {
    const storage = granted === null ? undefined : { persisted: async () => granted, persist: async () => granted };
    vi.stubGlobal('navigator', { storage });
  };

  it('reminds to back up when persistent storage is not granted or not supported, not when it is', async () => {
    withPersisted(false);
    await remindBackupAfterSave();
    expect(useStorageNotices.getState().remind).toBe(true);
    dismissReminder();
    withPersisted(null);
    await remindBackupAfterSave();
    expect(useStorageNotices.getState().remind).toBe(true);
    dismissReminder();
    withPersisted(true);
    await remindBackupAfterSave();
    expect(useStorageNotices.getState().remind).toBe(false);
  });
});
