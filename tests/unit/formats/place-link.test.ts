import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { linkPlaces, type StoredJurisdiction } from '../../../src/formats/place-link';
import { validateDataset, type PlaceLinkRequest } from '../../../src/formats/validate';
import { bundledGazetteer } from '../model/gazetteer.fixture';
import { tinyDataset } from '../../fixtures/factory';
import type { Dataset, Jurisdiction } from '../../../src/model/schema';

const { gazetteer } = bundledGazetteer();
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const withPlaces = (js: Partial<Jurisdiction>[]): Dataset => {
  const ds = tinyDataset('p', { jurisdictions: js.length });
  return { ...ds, jurisdictions: ds.jurisdictions.map((j, i) => ({ ...j, ...js[i] })) };
};
const wujin: StoredJurisdiction = { dataset: 'bundled', id: 'js.changzhou.wujin', code: '320412', name: { zh: '常州市武进区', en: 'Wujin' } };
const link = (ds: Dataset, choices?: Record<string, string | null>, stored: StoredJurisdiction[] = [wujin]) =>
  linkPlaces(ds, gazetteer, { stored, ask: true, ...(choices ? { choices } : {}) }, t2s);

describe('places without code are found by name', () => {
  it('fills in the code of a name that denotes one place, in either script, with prefix, suffix or a department', () => {
    const ds = withPlaces([
      { name: { zh: '吕梁市', en: 'Lüliang' }, level: 'city', province: { zh: '山西', en: 'Shanxi' } },
      { name: { zh: '常州市武進區', en: 'Wujin' }, level: 'district' },
      { name: { zh: '江苏省南京市玄武区司法局', en: 'Xuanwu justice bureau' }, level: 'district' },
      { name: { zh: '测试区', en: 'Test' }, level: 'district' },
    ]);
    const r = link(ds, undefined, []);
    expect(r.kind).toBe('linked');
    if (r.kind !== 'linked') return;
    expect(r.dataset.jurisdictions.map((j) => j.code)).toEqual(['141100', '320412', '320102', undefined]);
    expect(r.links.matched.map((m) => m.code)).toEqual(['141100', '320412', '320102']);
    expect(r.links.unmatched).toEqual([{ id: 't.j3', name: '测试区' }]);
    expect(ds.jurisdictions[0]!.code).toBeUndefined();
  });

  it('asks about an ambiguous name with each candidate’s province and city, and applies the answer', () => {
    const ds = withPlaces([{ name: { zh: '朝阳区', en: 'Chaoyang' }, level: 'district', province: { zh: '未注明', en: '-' } }]);
    const r = link(ds);
    expect(r.kind).toBe('questions');
    if (r.kind !== 'questions') return;
    expect(r.questions[0]!.candidates).toEqual(
      expect.arrayContaining([
        { code: '110105', name: '朝阳区', province: '北京市', city: '' },
        { code: '220104', name: '朝阳区', province: '吉林省', city: '长春市' },
      ]),
    );
    const chosen = link(ds, { 't.j0': '110105' });
    expect(chosen.kind === 'linked' && [chosen.dataset.jurisdictions[0]!.code, chosen.links.chosen.length]).toEqual(['110105', 1]);
    const left = link(ds, { 't.j0': null });
    expect(left.kind === 'linked' && [left.dataset.jurisdictions[0]!.code, left.links.unmatched.length]).toEqual([undefined, 1]);
    // without `ask` (e.g. a report saved from the add-report form) the name is left without code
    const quiet = linkPlaces(ds, gazetteer, { stored: [] }, t2s);
    expect(quiet.kind === 'linked' && quiet.links.unmatched).toEqual([{ id: 't.j0', name: '朝阳区' }]);
  });

  it('lets the province field decide between places of one name', () => {
    const ds = withPlaces([{ name: { zh: '朝阳区', en: 'Chaoyang' }, level: 'district', province: { zh: '北京', en: 'Beijing' } }]);
    const r = link(ds);
    expect(r.kind === 'linked' && r.dataset.jurisdictions[0]!.code).toBe('110105');
  });

  it('lets a province field that names the city, or a parent of known code, decide too', () => {
    const byCity = withPlaces([{ name: { zh: '鼓楼区', en: 'Gulou' }, level: 'district', province: { zh: '南京', en: 'Nanjing' } }]);
    const r1 = link(byCity);
    expect(r1.kind === 'linked' && r1.dataset.jurisdictions[0]!.code).toBe('320106');
    const stored: StoredJurisdiction = { dataset: 'other', id: 'fj.fuzhou', code: '350100', name: { zh: '福州市', en: 'Fuzhou' } };
    const byParent = withPlaces([{ name: { zh: '鼓楼区', en: 'Gulou' }, level: 'district', province: { zh: '未注明', en: '-' }, parent: 'fj.fuzhou' }]);
    const r = link(byParent, undefined, [stored]);
    expect(r.kind === 'linked' && r.dataset.jurisdictions[0]!.code).toBe('350102');
  });

  it('asks among four 鼓楼区', () => {
    const ds = withPlaces([{ name: { zh: '鼓楼区', en: 'Gulou' }, level: 'district', province: { zh: '未注明', en: '-' } }]);
    const r = link(ds);
    expect(r.kind === 'questions' && r.questions[0]!.candidates.map((c) => c.city || c.province).sort()).toEqual(['南京市', '开封市', '徐州市', '福州市'].sort());
  });
});

describe('places join the stored ones of their code', () => {
  it('rewrites the id in the jurisdictions, parents and reports', () => {
    const ds = withPlaces([
      { name: { zh: '武进区', en: 'Wujin' }, level: 'district' },
      { id: 't.dep', name: { zh: '武进区司法局', en: 'Wujin justice' }, level: 'district', parent: 't.j0' },
    ]);
    const r = link(ds);
    expect(r.kind).toBe('linked');
    if (r.kind !== 'linked') return;
    expect(r.dataset.jurisdictions.map((j) => [j.id, j.code, j.parent])).toEqual([
      ['js.changzhou.wujin', '320412', undefined],
      ['t.dep', '320412', 'js.changzhou.wujin'],
    ]);
    expect(r.dataset.reports.map((x) => x.jurisdiction)).toEqual(['js.changzhou.wujin', 't.j1']);
    expect(r.links.joined).toEqual([{ id: 't.j0', name: '武进区', to: 'js.changzhou.wujin', toName: '常州市武进区' }]);
  });

  it('does not join a department to its area, nor an area to a department', () => {
    const dep: StoredJurisdiction = { dataset: 'other', id: 'cn.320412.abcd1234', code: '320412', name: { zh: '武进区司法局', en: 'x' } };
    const ds = withPlaces([{ name: { zh: '常州市武进区', en: 'Wujin' }, level: 'district' }]);
    const r = link(ds, undefined, [dep]);
    expect(r.kind === 'linked' && [r.dataset.jurisdictions[0]!.id, r.links.joined]).toEqual(['t.j0', []]);
    const ds2 = withPlaces([{ name: { zh: '武进区司法局', en: 'Wujin justice' }, level: 'district' }]);
    const r2 = link(ds2);
    expect(r2.kind === 'linked' && [r2.dataset.jurisdictions[0]!.id, r2.links.joined]).toEqual(['t.j0', []]);
  });

  it('refuses two jurisdictions of one file that are the same place, naming both', () => {
    const ds = withPlaces([
      { name: { zh: '武进区', en: 'Wujin' }, level: 'district' },
      { code: '320412', name: { zh: '常州市武进区', en: 'Wujin' }, level: 'district' },
    ]);
    const r = link(ds);
    expect(r.kind === 'invalid' && r.issues.map((i) => [i.code, i.path.join('.'), i.params?.firstId])).toEqual([
      ['duplicate_place', 'jurisdictions.1.code', 't.j0'],
    ]);
  });
});

describe('inside validation', () => {
  it('links once the file is otherwise valid, and fails with place_choice_needed while a question is open', () => {
    const heard: string[] = [];
    const request = (choices: Record<string, string | null>): PlaceLinkRequest => ({ stored: [wujin], ask: true, choices, onLinked: (r) => heard.push(r.kind) });
    const ds = withPlaces([
      { name: { zh: '朝阳区', en: 'Chaoyang' }, level: 'district', province: { zh: '未注明', en: '-' } },
      { name: { zh: '武进区', en: 'Wujin' }, level: 'district' },
    ]);
    const asked = validateDataset(ds, 200, { places: { gazetteer, toSimplified: t2s, link: request({}) } });
    expect(!asked.ok && asked.errors.map((e) => e.code)).toEqual(['place_choice_needed']);
    const done = validateDataset(ds, 200, { places: { gazetteer, toSimplified: t2s, link: request({ 't.j0': '110105' }) } });
    expect(done.ok && done.value.jurisdictions.map((j) => [j.id, j.code])).toEqual([
      ['t.j0', '110105'],
      ['js.changzhou.wujin', '320412'],
    ]);
    expect(heard).toEqual(['questions', 'linked']);
    // a file with other problems is not asked about
    const broken = { ...ds, reports: ds.reports.map((r) => ({ ...r, jurisdiction: 'nowhere' })) };
    const bad = validateDataset(broken, 200, { places: { gazetteer, toSimplified: t2s, link: request({}) } });
    expect(!bad.ok && [...new Set(bad.errors.map((e) => e.code))]).toEqual(['unknown_reference']);
  });
});

describe('a population in the schema', () => {
  it('takes a positive whole number with its year and source', () => {
    const ds = withPlaces([{ population: { value: 123456, year: 2023, source: { zh: '某县统计局', en: 'County bureau' } } }]);
    expect(validateDataset(ds).ok).toBe(true);
  });

  it('names the jurisdiction and the field population.value of a value that is not a positive whole number', () => {
    for (const value of [0, -3, 1.5])
      expect(
        (() => {
          const r = validateDataset(withPlaces([{}, { population: { value, year: 2023, source: { zh: '某', en: 'x' } } }]));
          return !r.ok && r.errors.map((e) => [e.code, e.path.join('.')]);
        })(),
      ).toEqual([['not_positive_integer', 'jurisdictions.1.population.value']]);
    const r = validateDataset(withPlaces([{ population: { value: 10, year: 2023 } as never }]));
    expect(!r.ok && r.errors.map((e) => [e.code, e.path.join('.')])).toEqual([['invalid_type', 'jurisdictions.0.population.source']]);
  });
});
