import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js/t2cn';
import { placeLabel, placeOptions, placeWhere, proposeFrom, readPlace, titleOf } from '../../../../src/features/add-report/place-field';
import { bundledGazetteer } from '../../model/gazetteer.fixture';

const { gazetteer: g } = bundledGazetteer();
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const place = (code: string) => g.byCode(code)!;

describe('the place field of the add-report view', () => {
  it('shows a place with its city (else province), never by a name it shares', () => {
    expect(placeLabel(g, place('320412'))).toBe('武进区(常州市)');
    expect(placeLabel(g, place('110105'))).toBe('朝阳区(北京市)');
    expect(placeLabel(g, place('220104'))).toBe('朝阳区(长春市)');
    expect(placeLabel(g, place('320400'))).toBe('常州市(江苏省)');
    expect(placeLabel(g, place('320000'))).toBe('江苏省');
    expect(placeWhere(g, place('320412'))).toBe('江苏省 · 常州市');
    expect(placeWhere(g, place('110105'))).toBe('北京市');
  });

  it('offers places from two characters on, namesakes labelled', () => {
    expect(placeOptions(g, '武')).toEqual([]);
    expect(placeOptions(g, '武进')[0]!.place.code).toBe('320412');
    const gulou = placeOptions(g, '鼓楼').filter((h) => h.place.name.zh === '鼓楼区');
    expect(gulou.map((h) => placeLabel(g, h.place)).sort()).toEqual(['鼓楼区(南京市)', '鼓楼区(开封市)', '鼓楼区(徐州市)', '鼓楼区(福州市)'].sort());
    expect(placeOptions(g, '武進', toSimplified)[0]!.place.code).toBe('320412');
  });

  it('reads a typed name: 常州市武進區, 武进 and the label all name 武进区; a department keeps its name', () => {
    for (const name of ['常州市武進區', '武进', '武进区', '武进区(常州市)']) {
      const r = readPlace(g, name, toSimplified);
      expect(r.kind === 'found' && r.pick.place.code).toBe('320412');
    }
    const dept = readPlace(g, '常州市司法局');
    expect(dept).toMatchObject({ kind: 'found', pick: { department: '司法局' } });
    expect(dept.kind === 'found' && dept.pick.place.code).toBe('320400');
    const chaoyang = readPlace(g, '朝阳区');
    expect(chaoyang.kind === 'ambiguous' && chaoyang.candidates.map((p) => p.code).sort()).toEqual(['110105', '220104']);
    expect(readPlace(g, '某某县').kind).toBe('unknown');
  });

  it('proposes the place, year and title of a report from its opening', () => {
    const p = proposeFrom(g, '常州市武進區2023年法治政府建設工作報告\n2023年,武進區……', toSimplified);
    expect(p.place.kind === 'found' && p.place.pick.place.code).toBe('320412');
    expect(p.year).toBe(2023);
    expect(p.title).toBe('常州市武進區2023年法治政府建設工作報告');
    const q = proposeFrom(g, '朝阳区2022年法治政府建设年度报告\n正文');
    expect(q).toMatchObject({ place: { kind: 'ambiguous' }, year: 2022, match: '朝阳区' });
    expect(titleOf('\n  2023年,全县坚持依法行政。\n')).toBeUndefined();
  });
});
