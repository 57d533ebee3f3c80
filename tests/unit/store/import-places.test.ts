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

  it('refuses an id of the gazetteer’s form whose place has another name (no code given), and a level that does not fit', async () => {
    const ds = tinyDataset('ids', { jurisdictions: 2 });
    ds.jurisdictions[0] = { ...ds.jurisdictions[0]!, id: 'cn.320412', name: { zh: '吕梁市', en: 'Lüliang' }, level: 'city' };
    ds.jurisdictions[1] = { ...ds.jurisdictions[1]!, code: '320400', name: { zh: '常州市', en: 'Changzhou' }, level: 'county' };
    ds.reports = ds.reports.map((r, i) => ({ ...r, jurisdiction: ds.jurisdictions[i]!.id }));
    const r = await importFile(db, enc(ds), 'ids.json', 'json', { replace: false, askPlaces: true });
    expect(!r.ok && r.errors.kind === 'invalid' && r.errors.issues.map((i) => [i.file, i.path.join('.'), i.code])).toEqual([
      ['ids.json', 'jurisdictions.0.name.zh', 'place_code_conflict'],
      ['ids.json', 'jurisdictions.1.level', 'place_level_mismatch'],
    ]);
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

describe('imports find places by name and join the stored ones', () => {
  const wujinFirst = () => {
    const ds = tinyDataset('first', { jurisdictions: 1 });
    ds.jurisdictions[0] = { ...ds.jurisdictions[0]!, id: 'js.changzhou.wujin', code: '320412', name: { zh: '常州市武进区', en: 'Wujin' } };
    ds.reports = ds.reports.map((r) => ({ ...r, jurisdiction: 'js.changzhou.wujin' }));
    return ds;
  };

  it('asks about 朝阳区, then stores the chosen code; 武进区 joins the stored place of its code', async () => {
    const first = await importFile(db, enc(wujinFirst()), 'first.json', 'json', { replace: false });
    expect(first.ok, JSON.stringify(first)).toBe(true);
    const ds = tinyDataset('second', { jurisdictions: 2 });
    ds.jurisdictions[0] = { ...ds.jurisdictions[0]!, id: 'x.chaoyang', name: { zh: '朝阳区', en: 'Chaoyang' }, province: { zh: '未注明', en: '-' } };
    ds.jurisdictions[1] = { ...ds.jurisdictions[1]!, id: 'x.wujin', name: { zh: '武进区', en: 'Wujin' } };
    ds.reports = ds.reports.map((r, i) => ({ ...r, jurisdiction: i === 0 ? 'x.chaoyang' : 'x.wujin' }));
    const asked = await importFile(db, enc(ds), 's.json', 'json', { replace: false, askPlaces: true });
    expect(!asked.ok && asked.errors.kind === 'invalid' && asked.errors.questions?.map((q) => [q.id, q.candidates.map((c) => c.code).sort()])).toEqual([
      ['x.chaoyang', ['110105', '220104']],
    ]);
    expect(await db.datasets.count()).toBe(1);
    const r = await importFile(db, enc(ds), 's.json', 'json', { replace: false, askPlaces: true, places: { 'x.chaoyang': '110105' } });
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    if (r.ok) expect(r.value.places?.joined).toEqual([{ id: 'x.wujin', name: '武进区', to: 'js.changzhou.wujin', toName: '常州市武进区' }]);
    const rec = await db.datasets.get('second');
    expect(rec?.jurisdictions.map((j) => [j.id, j.code])).toEqual([
      ['x.chaoyang', '110105'],
      ['js.changzhou.wujin', '320412'],
    ]);
    // the report moved with it: one place, two datasets
    expect((await db.jurisdictionBlocks.where('jurisdiction').equals('js.changzhou.wujin').toArray()).map((b) => b.dataset).sort()).toEqual(['first', 'second']);
  });

  it('does the same for a CSV file, naming the row of a question; a cancelled question writes nothing', async () => {
    const rows = tinyCsvRows(1).map((x) => ({ ...x, jurisdiction_name_zh: '鼓楼区', jurisdiction_level: 'district', jurisdiction_province_zh: '未注明' }));
    const asked = await importFile(db, enc(toCsv(rows)), 'g.csv', 'csv', { replace: false, askPlaces: true });
    expect(!asked.ok && asked.errors.kind === 'invalid' && asked.errors.questions?.map((q) => [q.row, q.candidates.length])).toEqual([[2, 4]]);
    expect(await db.datasets.count()).toBe(0);
    const left = await importFile(db, enc(toCsv(rows)), 'g.csv', 'csv', { replace: false, askPlaces: true, places: { 'c.j0': null } });
    expect(left.ok && left.value.places?.unmatched).toEqual([{ id: 'c.j0', name: '鼓楼区' }]);
  });

  it('refuses two rows of one CSV file that are the same place, naming both rows', async () => {
    const rows = tinyCsvRows(2).map((x, i) => ({ ...x, jurisdiction_name_zh: i < 2 ? '武进区' : '常州市武进区', jurisdiction_level: 'district' }));
    const r = await importFile(db, enc(toCsv(rows)), 'd.csv', 'csv', { replace: false });
    expect(!r.ok && r.errors.kind === 'invalid' && r.errors.issues.map((i) => [i.code, i.params?.row, i.params?.column, i.params?.firstRow])).toEqual([
      ['duplicate_place', 4, 'jurisdiction_name_zh', 2],
    ]);
    expect(await db.datasets.count()).toBe(0);
  });

  it('names the CSV row and column of a level that does not fit, an id of another place, and a population that is not a positive integer', async () => {
    const rows = tinyCsvRows(3);
    rows[0] = { ...rows[0]!, jurisdiction_code: '320400', jurisdiction_name_zh: '常州市', jurisdiction_level: 'district' };
    rows[1] = { ...rows[1]!, jurisdiction_code: '320400', jurisdiction_name_zh: '常州市', jurisdiction_level: 'district' };
    for (const i of [2, 3]) rows[i] = { ...rows[i]!, jurisdiction_id: 'cn.320412', jurisdiction_name_zh: '吕梁市' };
    const r = await importFile(db, enc(toCsv(rows)), 'bad.csv', 'csv', { replace: false });
    expect(!r.ok && r.errors.kind === 'invalid' && r.errors.issues.map((i) => [i.file, i.code, i.params?.row, i.params?.column])).toEqual([
      ['bad.csv', 'place_level_mismatch', 2, 'jurisdiction_level'],
      ['bad.csv', 'place_code_conflict', 4, 'jurisdiction_name_zh'],
    ]);
    // the schema first: a population that is not a whole number above 0, and one that is not a number at all
    const pop = tinyCsvRows(2);
    for (const i of [0, 1]) pop[i] = { ...pop[i]!, jurisdiction_population: '-5', jurisdiction_population_year: '2023', jurisdiction_population_source: '某市统计局' };
    for (const i of [2, 3]) pop[i] = { ...pop[i]!, jurisdiction_population: '12万', jurisdiction_population_year: '2023', jurisdiction_population_source: '某市统计局' };
    const p = await importFile(db, enc(toCsv(pop)), 'pop.csv', 'csv', { replace: false });
    expect(!p.ok && p.errors.kind === 'invalid' && p.errors.issues.map((i) => [i.file, i.code, i.params?.row, i.params?.column])).toEqual([
      ['pop.csv', 'not_positive_integer', 2, 'jurisdiction_population'],
      ['pop.csv', 'invalid_number', 4, 'jurisdiction_population'],
    ]);
    expect(await db.datasets.count()).toBe(0);
  });

  it('stores a population given in a CSV file with its year and source', async () => {
    const rows = tinyCsvRows(1).map((x) => ({ ...x, jurisdiction_population: '123456', jurisdiction_population_year: '2023', jurisdiction_population_source: '某县统计局' }));
    const r = await importFile(db, enc(toCsv(rows)), 'pop.csv', 'csv', { replace: false });
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    expect((await db.datasets.get('csv-a'))?.jurisdictions[0]?.population).toEqual({ value: 123456, year: 2023, source: { zh: '某县统计局', en: '某县统计局' } });
  });
});
