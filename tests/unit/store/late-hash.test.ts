import { createHash } from 'node:crypto';
import { freshDbs } from '../../fixtures/fresh-db';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RolDb } from '../../../src/store/db';
import { importFile, storeDataset } from '../../../src/store/import';
import { toBlocks } from '../../../src/store/codecs/blocks';
import { writeDataset } from '../../../src/store/records';
import { tinyDataset } from '../../fixtures/factory';

const dbs = freshDbs('late-hash');
let db: RolDb;
beforeEach(async () => {
  db = await dbs.open();
});
const counts = async () => ({ datasets: await db.datasets.count(), jurisdictions: await db.jurisdictionBlocks.count(), metrics: await db.metricBlocks.count() });

describe('the file digest computed while the blocks are stored', () => {
  it('stores the SHA-256 of the file’s bytes in the record, and says how long it took', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(tinyDataset('user-a')));
    const r = await importFile(db, bytes, 'a.json', 'json', { replace: false });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect((await db.datasets.get('user-a'))?.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(Object.keys(r.value.timings ?? {})).toEqual(expect.arrayContaining(['store', 'hash', 'commit']));
  });

  it('is the record’s hash only once the blocks are handed over; a digest that fails writes nothing', async () => {
    const ds = tinyDataset('user-a');
    const stored = toBlocks(ds, { origin: 'user', hash: '', bytes: 1, importedAt: 1 });
    let issued = false;
    await expect(
      writeDataset(db, stored, {
        replace: false,
        onIssued: () => (issued = true),
        hash: async () => {
          expect(issued).toBe(true);
          throw new Error('digest failed');
        },
      }),
    ).rejects.toThrow(/digest failed/);
    expect(await counts()).toEqual({ datasets: 0, jurisdictions: 0, metrics: 0 });
  });

  it('leaves a dataset it was to replace as it was when the digest fails', async () => {
    const first = await storeDataset(db, tinyDataset('user-a'), { origin: 'user', hash: 'a'.repeat(64), bytes: 1, replace: false });
    expect(first.ok).toBe(true);
    const before = await counts();
    const other = { ...tinyDataset('user-a'), title: { zh: '另一个标题', en: 'another title' } };
    await expect(
      storeDataset(db, other, { origin: 'user', hash: () => Promise.reject(new Error('digest failed')), bytes: 1, replace: true }),
    ).resolves.toMatchObject({ ok: false, errors: { kind: 'store' } });
    expect(await counts()).toEqual(before);
    expect(await db.datasets.get('user-a')).toMatchObject({ hash: 'a'.repeat(64), title: tinyDataset('user-a').title });
  });

  it('waits for a digest that resolves later, and stores the record with it', async () => {
    const slow = () => new Promise<string>((ok) => setTimeout(() => ok('b'.repeat(64)), 50));
    const r = await storeDataset(db, tinyDataset('user-b'), { origin: 'user', hash: slow, bytes: 1, replace: false });
    expect(r.ok).toBe(true);
    expect((await db.datasets.get('user-b'))?.hash).toBe('b'.repeat(64));
    expect((await counts()).jurisdictions).toBeGreaterThan(0);
  });
});
