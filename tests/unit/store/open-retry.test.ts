/**
 * Chromium's "Internal error opening backing store" on open: the store tries again a bounded number of times, opens
 * when the error passes, gives the error up after the last try, and never deletes the database.
 */
import { freshDbs } from '../../fixtures/fresh-db';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isBackingStoreError, openWithRetry, RolDb, watchConnection } from '../../../src/store/db';
import { importFile } from '../../../src/store/import';
import { readDatasets } from '../../../src/store/records';
import { tinyDataset } from '../../fixtures/factory';

const dbs = freshDbs('open-retry');
const MESSAGE = 'Internal error opening backing store for indexedDB.open.';

/**
 * indexedDB.open fails `times` times with Chromium's backing-store error (or `error`), then opens for real. Dexie
 * itself opens once more after an UnknownError (its "workaround for Chrome UnknownError on open()"), so each try of
 * openWithRetry is two calls here.
 */
function failOpen(times: number, error = () => new DOMException(MESSAGE, 'UnknownError')) {
  const factory = Dexie.dependencies.indexedDB!;
  const real = factory.open.bind(factory);
  let failures = 0;
  const open = vi.spyOn(factory, 'open').mockImplementation((name: string, version?: number) => {
    if (failures >= times) return real(name, version);
    failures++;
    const req = { error: error(), result: undefined, readyState: 'done' } as unknown as IDBOpenDBRequest;
    setTimeout(() => req.onerror?.({ type: 'error', target: req, preventDefault() {}, stopPropagation() {} } as unknown as Event));
    return req;
  });
  const deleted = vi.spyOn(factory, 'deleteDatabase');
  return { open, deleted, failures: () => failures };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('opening after a backing-store error', () => {
  it('knows the error, bare or wrapped by Dexie, and no other', () => {
    expect(isBackingStoreError(new DOMException(MESSAGE, 'UnknownError'))).toBe(true);
    expect(isBackingStoreError({ name: 'OpenFailedError', message: `UnknownError ${MESSAGE}`, inner: { name: 'UnknownError' } })).toBe(true);
    expect(isBackingStoreError(new DOMException('quota', 'QuotaExceededError'))).toBe(false);
    expect(isBackingStoreError(new Error('VersionError'))).toBe(false);
  });

  it('opens on a later try when the error passes, with the data intact', async () => {
    const name = dbs.name();
    const seeded = new RolDb(name);
    await seeded.open();
    expect((await importFile(seeded, new TextEncoder().encode(JSON.stringify(tinyDataset('kept'))), 'k.json', 'json', { replace: false })).ok).toBe(true);
    seeded.close();

    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const f = failOpen(4); // more than Dexie's own second call absorbs
    const waits: number[] = [];
    const retried = new RolDb(name);
    // a try that fails is no closed connection: the tab is not told to reload
    const onClosed = vi.fn();
    watchConnection(retried, { onClosed });
    const db = await openWithRetry(retried, { attempts: 3, wait: async (n) => void waits.push(n) });
    expect(onClosed).not.toHaveBeenCalled();
    expect(f.failures()).toBe(4);
    expect(waits.length).toBeGreaterThan(0); // it opened on a later try of its own
    expect(waits.length).toBeLessThan(3);
    expect((await readDatasets(db)).map((d) => d.id)).toEqual(['kept']);
    expect(f.deleted).not.toHaveBeenCalled();
    db.close();
  });

  it('gives the error up after the last try, and deletes nothing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const f = failOpen(Infinity);
    const waits: number[] = [];
    await expect(openWithRetry(new RolDb(dbs.name()), { attempts: 3, wait: async (n) => void waits.push(n) })).rejects.toSatisfy(isBackingStoreError);
    expect(f.failures()).toBe(6); // three tries, two calls each
    expect(waits).toEqual([1, 2]);
    expect(f.deleted).not.toHaveBeenCalled();
  });

  it('does not try again after another error', async () => {
    failOpen(Infinity, () => new DOMException('The operation failed for reasons unrelated to the database itself.', 'InvalidStateError'));
    const waits: number[] = [];
    await expect(openWithRetry(new RolDb(dbs.name()), { wait: async (n) => void waits.push(n) })).rejects.toThrow(/unrelated/);
    expect(waits).toEqual([]);
  });
});
