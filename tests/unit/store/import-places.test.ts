import { freshDbs } from '../../fixtures/fresh-db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import type { RolDb } from '../../../src/store/db';
import { importFile } from '../../../src/store/import';
import { setPlaceSource } from '../../../src/store/places';
import { bundledGazetteer } from '../model/gazetteer.fixture';
import { tinyDataset } from '../../fixtures/factory';
import { tinyCsvRows, toCsv } from '../../fixtures/csv';

const enc = (x: unknown) => new TextEncoder().encode(typeof x === 'string' ? x : JSON.stringify(x));
const dbs = freshDbs('import-places');
let db: RolDb;
beforeAll(() => {
  const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
  setPlaceSource(async () => ({ gazetteer: bundledGazetteer().gazetteer, toSimplified: t2s }));
});
afterAll(() => setPlaceSource(null));
beforeEach(async () => {
  db = await dbs.open();
});

describe('imports check their places against the gazetteer', () => {
  it('imports a file whose codes and names agree, in traditional script too', async () => {
    const ds = tinyDataset('ok', { jurisdictions: 1 });
    ds.jurisdictions[0] = { ...ds.jurisdictions[0]!, code: '141100', name: { zh: '呂梁市', en: 'Lüliang' }, level: 'city' };
    const r = await importFile(db, enc(ds), 'ok.json', 'json', { replace: false });
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
  });

  it('refuses a code whose place has another name, naming the file, the field and both names; writes nothing', async () => {
    const ds = tinyDataset('bad', { jurisdictions: 1 });
    ds.jurisdictions[0] = { ...ds.jurisdictions[0]!, code: '320412', name: { zh: '吕梁市', en: 'Lüliang' }, level: 'city' };
    const r = await importFile(db, enc(ds), 'bad.json', 'json', { replace: false });
    expect(r.ok).toBe(false);
    if (!r.ok && r.errors.kind === 'invalid') {
      expect(r.errors.issues.map((i) => [i.file, i.path.join('.'), i.code])).toEqual([['bad.json', 'jurisdictions.0.name.zh', 'place_code_conflict']]);
      expect(r.errors.issues[0]!.params).toMatchObject({ name: '吕梁市', expected: '江苏省常州市武进区' });
    }
    expect(await db.datasets.count()).toBe(0);
  });

  it('names the CSV row and column of an unknown code', async () => {
    const rows = tinyCsvRows(2).map((r) => ({ ...r, jurisdiction_code: '' }));
    rows[2]!.jurisdiction_code = '999999';
    const r = await importFile(db, enc(toCsv(rows)), 'p.csv', 'csv', { replace: false });
    expect(!r.ok && r.errors.kind === 'invalid' && r.errors.issues.map((i) => [i.code, i.params?.row, i.params?.column])).toEqual([
      ['unknown_place_code', 4, 'jurisdiction_code'],
    ]);
    expect(await db.datasets.count()).toBe(0);
  });
});
