import { freshDbs } from '../../fixtures/fresh-db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RolDb } from '../../../src/store/db';
import { ensureBundledDataset } from '../../../src/store/bundled';
import { importDatasetJson } from '../../../src/store/import';
import { readDatasetBlocks } from '../../../src/store/records';
import { tinyDataset } from '../../fixtures/factory';

const dbs = freshDbs('bundled');
let db: RolDb;
const served = new Map<string, string>();

function serve(dataset: unknown, hash: string) {
  const json = JSON.stringify(dataset);
  served.set('/data/bundled.json', json);
  served.set('/data/manifest.json', JSON.stringify({ id: 'bundled', file: 'bundled.json', sha256: hash, bytes: json.length }));
}

beforeEach(async () => {
  db = await dbs.open();
  vi.stubGlobal('fetch', async (url: URL | string) => {
    const body = served.get(new URL(String(url)).pathname);
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 });
  });
});
afterEach(async () => {
  vi.unstubAllGlobals();
});

describe('the bundled dataset', () => {
  it('is imported on first load, not again for the same hash, and a newer one replaces only itself', async () => {
    serve(tinyDataset('bundled', { jurisdictions: 2 }), 'hash-1');
    const first = await ensureBundledDataset(db, 'http://app.test/');
    expect(first).toMatchObject({ ok: true, value: { imported: true } });
    const again = await ensureBundledDataset(db, 'http://app.test/');
    expect(again).toEqual({ ok: true, value: { imported: false } });

    // a user dataset that shares a jurisdiction id with the bundle
    const user = tinyDataset('mine', { jurisdictions: 3 });
    expect((await importDatasetJson(db, new TextEncoder().encode(JSON.stringify(user)), 'mine.json', { origin: 'user', replace: false })).ok).toBe(true);
    const userBefore = await readDatasetBlocks(db, 'mine');

    serve(tinyDataset('bundled', { jurisdictions: 1, periods: [2023] }), 'hash-2');
    const newer = await ensureBundledDataset(db, 'http://app.test/');
    expect(newer).toMatchObject({ ok: true, value: { imported: true } });
    expect((await readDatasetBlocks(db, 'bundled')).map((b) => b.jurisdiction)).toEqual(['t.j0']);
    expect((await db.datasets.get('bundled'))!.hash).toBe('hash-2');
    expect(await readDatasetBlocks(db, 'mine')).toEqual(userBefore);
  });

  it('reports a failed fetch without touching the store', async () => {
    served.clear();
    const r = await ensureBundledDataset(db, 'http://app.test/');
    expect(r).toMatchObject({ ok: false, errors: { kind: 'fetch' } });
    expect(await db.datasets.count()).toBe(0);
  });
});
