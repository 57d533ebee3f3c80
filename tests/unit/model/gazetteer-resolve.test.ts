/** Resolving codes and names to places, traditional script through opencc-js, departments, conflicts. */
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import type { Place } from '../../../src/model/gazetteer';
import { departmentOf, narrowByYear, resolvePlace, type PlaceResolution } from '../../../src/model/place-resolve';
import { bundledGazetteer } from './gazetteer.fixture';

const { gazetteer: g } = bundledGazetteer();
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const codeOf = (r: PlaceResolution) => (r.kind === 'found' ? r.place.code : r.kind);
const codes = (places: Place[]) => places.map((p) => p.code).sort();
const byName = (name: string) => codeOf(resolvePlace(g, { name }));

describe('resolvePlace', () => {
  it('finds a place by its name with or without the province, the city and the suffix', () => {
    for (const name of ['武进区', '武进', '常州市武进区', '江苏省常州市武进区', '常州武进', '江苏武进', ' 常州市 武进区 '])
      expect(byName(name), name).toBe('320412');
    expect(byName('苏州工业园区')).toBe('320571');
    expect(byName('江干区')).toBe('330104');
    expect(byName('南通市')).toBe('320600');
    expect(byName('南通')).toBe('320600');
    expect(byName('吕梁市')).toBe('141100');
    expect(byName('北京市朝阳区')).toBe('110105');
    expect(byName('吉林省')).toBe('220000');
    expect(byName('内蒙古')).toBe('150000');
  });

  it('resolves every full name and every picker label to its place alone', () => {
    const alone = (name: string, p: Place) => {
      const r = resolvePlace(g, { name });
      return r.kind === 'found' && r.place === p;
    };
    expect(g.places.filter((p) => !alone(p.fullName, p)).map((p) => p.fullName)).toEqual([]);
    expect(g.places.filter((p) => !alone(g.label(p), p)).map((p) => g.label(p))).toEqual([]);
  });

  it('reads a suffix that changed since the census (海门市 became 海门区) and a picker label', () => {
    expect(byName('海门区')).toBe('320614');
    expect(byName('朝阳区(长春市)')).toBe('220104');
  });

  it('marks a place abolished since the census', () => {
    const r = resolvePlace(g, { name: '杭州市江干区' });
    expect(r.kind === 'found' && r.place.abolished?.year).toBe(2021);
  });

  it('resolves traditional script with the converter', () => {
    expect(codeOf(resolvePlace(g, { name: '常州市武進區' }, { toSimplified }))).toBe('320412');
    expect(codeOf(resolvePlace(g, { name: '呂梁' }, { toSimplified }))).toBe('141100');
    expect(codeOf(resolvePlace(g, { name: '蘇州工業園區' }, { toSimplified }))).toBe('320571');
  });

  it('gives the candidates of an ambiguous name', () => {
    const chaoyang = resolvePlace(g, { name: '朝阳区' });
    expect(chaoyang.kind).toBe('ambiguous');
    if (chaoyang.kind !== 'ambiguous') return;
    expect(codes(chaoyang.candidates)).toEqual(['110105', '220104']);
    expect(chaoyang.candidates.map((p) => g.label(p)).sort()).toEqual(['朝阳区(北京市)', '朝阳区(长春市)']);
    const gulou = resolvePlace(g, { name: '鼓楼区' });
    expect(gulou.kind === 'ambiguous' && gulou.candidates.map((p) => g.label(p)).sort()).toEqual([
      '鼓楼区(南京市)', '鼓楼区(开封市)', '鼓楼区(徐州市)', '鼓楼区(福州市)',
    ]);
    const jilin = resolvePlace(g, { name: '吉林' });
    expect(jilin.kind === 'ambiguous' && codes(jilin.candidates)).toEqual(['220000', '220200']);
  });

  it('resolves a department to the area it serves and returns the department', () => {
    expect(resolvePlace(g, { name: '常州市司法局' })).toMatchObject({ kind: 'found', place: { code: '320400' }, department: '司法局' });
    expect(resolvePlace(g, { name: '武进区市场监督管理局' })).toMatchObject({
      kind: 'found', place: { code: '320412' }, department: '市场监督管理局',
    });
    expect(resolvePlace(g, { name: '吕梁市人民政府' })).toEqual({ kind: 'found', place: g.byCode('141100') });
    expect(resolvePlace(g, { name: '朝阳区司法局' })).toMatchObject({ kind: 'ambiguous', department: '司法局' });
    expect(departmentOf('人民政府办公室')).toBe('人民政府办公室');
    expect(departmentOf('2022年工作报告')).toBeUndefined();
  });

  it('finds by code first, and checks the name against it', () => {
    expect(codeOf(resolvePlace(g, { code: '320412' }))).toBe('320412');
    expect(codeOf(resolvePlace(g, { code: 'cn.320412' }))).toBe('320412');
    expect(codeOf(resolvePlace(g, { code: '320412', name: '武进' }))).toBe('320412');
    expect(codeOf(resolvePlace(g, { code: '110105', name: '朝阳区' }))).toBe('110105');
    expect(resolvePlace(g, { code: '320412', name: '武进区司法局' })).toMatchObject({ kind: 'found', department: '司法局' });
    expect(codeOf(resolvePlace(g, { code: '999999', name: '吕梁' }))).toBe('141100');
  });

  it('reports a code and a name that disagree', () => {
    const r = resolvePlace(g, { code: '320412', name: '吕梁市' });
    expect(r.kind).toBe('conflict');
    if (r.kind !== 'conflict') return;
    expect(r.byCode.code).toBe('320412');
    expect(codes(r.byName)).toEqual(['141100']);
  });

  it('finds nothing for unknown names and codes', () => {
    for (const name of ['火星区', '某市司法局', '武进区2022年工作报告', '', '区']) expect(byName(name), name).toBe('none');
    expect(codeOf(resolvePlace(g, { code: '999999' }))).toBe('none');
    expect(codeOf(resolvePlace(g, {}))).toBe('none');
  });

  it('prefers places not yet abolished in the year, among several candidates', () => {
    const old = { ...g.byCode('330104')!, abolished: { year: 2021, note: { zh: '', en: '' } } };
    const other = g.byCode('320412')!;
    expect(narrowByYear([old, other], 2020)).toEqual([old, other]);
    expect(narrowByYear([old, other], 2021)).toEqual([other]);
    expect(narrowByYear([old], 2022)).toEqual([old]);
    expect(codeOf(resolvePlace(g, { name: '杭州市江干区' }, { year: 2022 }))).toBe('330104');
  });
});
