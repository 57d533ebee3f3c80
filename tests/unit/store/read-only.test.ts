/**
 * The read-only mode: when the database cannot be opened even after the retries, the bootstrap says so (without
 * fetching or writing anything, and deleting nothing), and from then on the worker refuses every write while reads
 * and the backup export may still run.
 */
import { freshDbs } from '../../fixtures/fresh-db';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RolDb, setDb } from '../../../src/store/db';
import { ensureBundledDataset } from '../../../src/store/bundled';
import { readOnlyRefusal } from '../../../src/store/read-only';
import { failureMessage } from '../../../src/features/data/actions';

freshDbs('read-only');
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  setDb(null);
});

describe('read-only after the database cannot be opened', () => {
  it('the bootstrap reports the store unavailable after its retries, fetching nothing and deleting nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const factory = Dexie.dependencies.indexedDB!;
    const open = vi.spyOn(factory, 'open').mockImplementation(() => {
      const req = { error: new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'), readyState: 'done' } as unknown as IDBOpenDBRequest;
      queueMicrotask(() => req.onerror?.({ type: 'error', target: req, preventDefault() {}, stopPropagation() {} } as unknown as Event));
      return req;
    });
    const deleted = vi.spyOn(factory, 'deleteDatabase');
    const fetched = vi.fn();
    vi.stubGlobal('fetch', fetched);
    const result = ensureBundledDataset(new RolDb('read-only-app'), 'http://localhost/');
    await vi.runAllTimersAsync();
    const r = await result;
    vi.useRealTimers();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.kind).toBe('unavailable');
    expect(open.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(fetched).not.toHaveBeenCalled();
    expect(deleted).not.toHaveBeenCalled();
  });

  it('refuses every write and lets reads and the backup run; the refusal reads as read-only, not as a failed write', () => {
    for (const type of ['json', 'csv', 'restore', 'json-many'] as const) expect(readOnlyRefusal(type, true)?.error).toBe('readonly');
    for (const type of ['backup', 'report-matches', 'bundled'] as const) expect(readOnlyRefusal(type, true)).toBeNull();
    expect(readOnlyRefusal('json', false)).toBeNull();
    const refusal = readOnlyRefusal('csv', true)!;
    expect(failureMessage('a.csv', refusal).message).toEqual({ key: 'data.status.readOnly', params: { file: 'a.csv' } });
  });
});
