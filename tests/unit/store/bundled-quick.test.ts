import { freshDbs } from '../../fixtures/fresh-db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { DB_NAME, RolDb } from '../../../src/store/db';
import { quickBundledCheck, STORE_NAME, STORE_VERSION } from '../../../src/store/bundled-quick';
import { ensureBundledDataset } from '../../../src/store/bundled';
import { tinyDataset } from '../../fixtures/factory';

const dbs = freshDbs('bundled-quick');
const served = new Map<string, string>();
const BASE = 'http://app.test/';

function serve(hash: string) {
  const json = JSON.stringify(tinyDataset('bundled', { jurisdictions: 2 }));
  served.set('/data/bundled.json', json);
  served.set('/data/manifest.json', JSON.stringify({ id: 'bundled', file: 'bundled.json', sha256: hash, bytes: json.length }));
}

const listed = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

beforeEach(() => {
  served.clear();
  vi.stubGlobal('fetch', async (url: URL | string) => {
    const body = served.get(new URL(String(url)).pathname);
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the bootstrap's quick check", () => {
  it('knows the name and version Dexie opens the store with', () => {
    const db = new RolDb();
    expect(STORE_NAME).toBe(DB_NAME);
    expect(db.verno).toBe(STORE_VERSION);
  });

  it('answers "unchanged" for a store at this version holding the deployed bundled dataset, and closes its connection', async () => {
    const db = await dbs.open();
    serve('hash-1');
    expect((await ensureBundledDataset(db, BASE)).ok).toBe(true);
    const quick = await quickBundledCheck(BASE, indexedDB, db.name);
    expect(quick.unchanged).toBe(true);
    expect(quick.manifest?.sha256).toBe('hash-1');
    // no connection left open: a delete (as another tab's upgrade would) is not blocked
    db.close();
    await expect(Dexie.delete(db.name)).resolves.toBeUndefined();
  });

  it('leaves a newer bundled dataset to the full bootstrap, handing it the manifest it fetched', async () => {
    const db = await dbs.open();
    serve('hash-1');
    await ensureBundledDataset(db, BASE);
    serve('hash-2');
    const quick = await quickBundledCheck(BASE, indexedDB, db.name);
    expect(quick).toMatchObject({ unchanged: false, manifest: { sha256: 'hash-2' } });
    served.delete('/data/manifest.json');
    // the full bootstrap takes the manifest as fetched: it does not need to fetch it again
    expect(await ensureBundledDataset(db, BASE, undefined, quick.manifest)).toMatchObject({ ok: true, value: { imported: true } });
    expect((await db.datasets.get('bundled'))!.hash).toBe('hash-2');
  });

  it('creates no database where there is none', async () => {
    const name = dbs.name();
    serve('hash-1');
    expect(await quickBundledCheck(BASE, indexedDB, name)).toMatchObject({ unchanged: false, manifest: { sha256: 'hash-1' } });
    expect(await listed(name)).toBe(false);
  });

  it('leaves a store at another version as it is, for the full bootstrap to upgrade', async () => {
    const name = dbs.name();
    const old = new Dexie(name);
    old.version(1).stores({ datasets: 'id, origin' });
    await old.table('datasets').put({ id: 'bundled', origin: 'bundled', hash: 'hash-1' });
    old.close();
    serve('hash-1');
    expect((await quickBundledCheck(BASE, indexedDB, name)).unchanged).toBe(false);
    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(1);
    again.close();
  });

  it('says nothing is known when the manifest cannot be fetched, or IndexedDB is missing', async () => {
    const db = await dbs.open();
    serve('hash-1');
    await ensureBundledDataset(db, BASE);
    served.clear();
    expect(await quickBundledCheck(BASE, indexedDB, db.name)).toEqual({ unchanged: false, manifest: null });
    serve('hash-1');
    expect(await quickBundledCheck(BASE, null, db.name)).toMatchObject({ unchanged: false });
  });
});
