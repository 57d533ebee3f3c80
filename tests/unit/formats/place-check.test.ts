import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { checkPlaces } from '../../../src/formats/place-check';
import { validateDataset } from '../../../src/formats/validate';
import { bundledGazetteer } from '../model/gazetteer.fixture';
import { tinyDataset } from '../../fixtures/factory';
import type { Dataset, Jurisdiction } from '../../../src/model/schema';

const { gazetteer } = bundledGazetteer();
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const withPlaces = (js: Partial<Jurisdiction>[]): Dataset => {
  const ds = tinyDataset('p', { jurisdictions: js.length });
  return { ...ds, jurisdictions: ds.jurisdictions.map((j, i) => ({ ...j, ...js[i] })) };
};
const brief = (ds: Dataset) => checkPlaces(ds, gazetteer, t2s).map((e) => `${e.code} ${e.path.join('.')}`);

describe('places against the gazetteer', () => {
  it('accepts codes whose place the name names, in either script, with prefix or suffix, or a department of it', () => {
    expect(
      brief(
        withPlaces([
          { code: '320412', name: { zh: '常州市武進區', en: 'Wujin' }, level: 'district' },
          { code: '320571', name: { zh: '苏州工业园区管委会', en: 'SIP' }, level: 'zone' },
          { code: '141100', name: { zh: '吕梁市司法局', en: 'Lüliang justice bureau' }, level: 'city' },
          // a simplified name the t→cn converter would change (乾 → 干)
          { code: '220723', name: { zh: '松原市乾安县', en: 'Qian’an' }, level: 'county' },
        ]),
      ),
    ).toEqual([]);
  });

  it('names the field of a code nobody has, a name of another place, a level that does not fit, and an id of another place', () => {
    expect(
      brief(
        withPlaces([
          { code: '999999', name: { zh: '某县', en: 'X' }, level: 'county' },
          { code: '320412', name: { zh: '吕梁市', en: 'X' }, level: 'district' },
          { code: '320412', name: { zh: '测试县', en: 'X' }, level: 'district' },
          { code: '320600', name: { zh: '南通市', en: 'Nantong' }, level: 'district' },
          { id: 'cn.320412', code: '141100', name: { zh: '吕梁市', en: 'Lüliang' }, level: 'city' },
        ]),
      ),
    ).toEqual([
      'unknown_place_code jurisdictions.0.code',
      'place_code_conflict jurisdictions.1.name.zh',
      'place_code_conflict jurisdictions.2.name.zh',
      'place_level_mismatch jurisdictions.3.level',
      'place_id_conflict jurisdictions.4.id',
    ]);
  });

  it('accepts every place of the gazetteer under its own name, with the converter for traditional script', () => {
    const coded = gazetteer.places.filter((p) => p.code !== null);
    const ds = withPlaces(coded.map((p) => ({ code: p.code!, name: { zh: p.fullName, en: p.fullName }, level: p.level === 'county' ? 'county' : p.level })));
    expect(brief(ds)).toEqual([]);
  });

  it('checks the places inside validation when a gazetteer is given, so messages carry their paths and nothing is imported', () => {
    const ds = withPlaces([{ code: '320412', name: { zh: '吕梁市', en: 'X' }, level: 'district' }, {}, {}]);
    expect(validateDataset(ds).ok).toBe(true);
    const r = validateDataset(ds, 200, { places: { gazetteer } });
    expect(!r.ok && r.errors.map((e) => [e.code, e.params?.expected])).toEqual([['place_code_conflict', '江苏省常州市武进区']]);
  });
});
