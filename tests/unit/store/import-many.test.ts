import { freshDbs } from '../../fixtures/fresh-db';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RolDb } from '../../../src/store/db';
import { importMany, matchStoredReports } from '../../../src/store/import-many';
import { sha256Hex } from '../../../src/store/import';
import { listWordings } from '../../../src/store/wordings';
import { tinyDataset } from '../../fixtures/factory';

const enc = (x: unknown) => new TextEncoder().encode(JSON.stringify(x));
const file = (ds: unknown, name = 'x.json') => ({ name, bytes: enc(ds) });
const dbs = freshDbs('import-many');
let db: RolDb;
beforeEach(async () => {
  db = await dbs.open();
});
const ids = async () => (await db.datasets.toArray()).map((d) => d.id).sort();

describe('several datasets in one transaction', () => {
  it('writes all of them, with the wordings of the review', async () => {
    const r = await importMany(db, [file(tinyDataset('user-a'), 'a.json'), file(tinyDataset('user-b'), 'b.json')], {
      replace: [],
      wordings: [{ area: 'mediation', wording: '调处', metric: 'mediation.disputes_mediated', unit: '件' }],
    });
    expect(r).toMatchObject({ ok: true, value: { ids: ['user-a', 'user-b'], reports: 6, observations: 6 } });
    expect(await ids()).toEqual(['user-a', 'user-b']);
    expect((await listWordings(db)).map((w) => w.wording)).toEqual(['调处']);
  });

  it('writes nothing when one file is invalid, and names that file and field', async () => {
    const bad = { ...tinyDataset('user-b'), reports: [{ ...tinyDataset('user-b').reports[0]!, period: 'x' }] };
    const r = await importMany(db, [file(tinyDataset('user-a'), 'a.json'), file(bad, 'b.json')], { replace: [] });
    expect(r.ok).toBe(false);
    if (r.ok || r.errors.kind !== 'invalid') throw new Error('expected invalid');
    expect(r.errors.issues[0]).toMatchObject({ file: 'b.json', path: ['reports', 0, 'period'] });
    expect(await ids()).toEqual([]);
  });

  it('refuses to replace a stored dataset that was not named, and replaces one that was', async () => {
    await importMany(db, [file(tinyDataset('user-a'))], { replace: [] });
    const refused = await importMany(db, [file(tinyDataset('user-a')), file(tinyDataset('user-b'))], { replace: [] });
    expect(refused).toEqual({ ok: false, errors: { kind: 'exists', ids: ['user-a'] } });
    expect(await ids()).toEqual(['user-a']);
    const ok = await importMany(db, [file(tinyDataset('user-a')), file(tinyDataset('user-b'))], { replace: ['user-a'] });
    expect(ok.ok).toBe(true);
    expect(await ids()).toEqual(['user-a', 'user-b']);
  });

  it('refuses two files of the batch with one id', async () => {
    const r = await importMany(db, [file(tinyDataset('user-a')), file(tinyDataset('user-a'))], { replace: [] });
    expect(r).toMatchObject({ ok: false, errors: { kind: 'invalid', issues: [{ code: 'duplicate_id' }] } });
    expect(await ids()).toEqual([]);
  });
});

describe('stored reports a new one duplicates', () => {
  it('finds the same text first, else the same jurisdiction and year', async () => {
    const ds = tinyDataset('user-a');
    await importMany(db, [file(ds)], { replace: [] });
    const r0 = ds.reports[0]!;
    const hash = await sha256Hex(new TextEncoder().encode(r0.text));
    const found = await matchStoredReports(db, [
      { key: 'same-text', textHash: hash, jurisdiction: 'elsewhere', period: 1999 },
      { key: 'same-place', textHash: '0'.repeat(64), jurisdiction: r0.jurisdiction, period: r0.period },
      { key: 'new', textHash: '0'.repeat(64), jurisdiction: r0.jurisdiction, period: r0.period + 1 },
    ]);
    expect(found).toEqual([
      { key: 'same-text', kind: 'text', dataset: 'user-a', report: r0.id, title: r0.title },
      { key: 'same-place', kind: 'place-year', dataset: 'user-a', report: r0.id, title: r0.title },
    ]);
  });
});
