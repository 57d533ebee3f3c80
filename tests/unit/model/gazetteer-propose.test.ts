/** Proposing the place and the year of a report from its opening. */
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { proposePlace, statedYear } from '../../../src/model/place-propose';
import { bundledGazetteer } from './gazetteer.fixture';

const { gazetteer: g } = bundledGazetteer();
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

describe('proposePlace', () => {
  it('proposes the place and the year of a title', () => {
    expect(proposePlace(g, '常州市武进区2022年法治政府建设工作报告')).toMatchObject({
      kind: 'found', place: { code: '320412' }, year: 2022, match: '常州市武进区',
    });
    expect(proposePlace(g, '吕梁市人民政府关于2023年度法治政府建设情况的报告')).toMatchObject({
      kind: 'found', place: { code: '141100' }, year: 2023,
    });
    expect(proposePlace(g, '苏州工业园区2021年度法治政府建设情况报告\n2022年1月20日')).toMatchObject({
      kind: 'found', place: { code: '320571' }, year: 2021,
    });
  });

  it('reads the first lines when the title names no place, and traditional script', () => {
    expect(proposePlace(g, '关于2020年法治政府建设情况的报告\n\n杭州市江干区人民政府')).toMatchObject({
      kind: 'found', place: { code: '330104', abolished: { year: 2021 } }, year: 2020,
    });
    expect(proposePlace(g, '呂梁市人民政府關於2023年度法治政府建設情況的報告', { toSimplified })).toMatchObject({
      kind: 'found', place: { code: '141100' }, year: 2023,
    });
  });

  it('prefers the full chain to a short name, and returns the department', () => {
    expect(proposePlace(g, '常州市武进区司法局2022年法治政府建设工作报告')).toMatchObject({
      kind: 'found', place: { code: '320412' }, department: '司法局',
    });
    expect(proposePlace(g, '长春市朝阳区2022年法治政府建设情况报告')).toMatchObject({ kind: 'found', place: { code: '220104' } });
  });

  it('prefers the place the opening names most often, and reads an abbreviated 自治州', () => {
    const opening =
      '10月28日至11月1日,中央依法治国办在安徽省委党校举办第二期全国法治政府建设培训班,南通市委依法治市办作为全省唯一单位在培训班作交流发言。\n' +
      '近年来,南通市委依法治市办紧抓关键少数。';
    expect(proposePlace(g, opening)).toMatchObject({ kind: 'found', place: { code: '320600' } });
    expect(proposePlace(g, '黔西南州人民政府关于2020年度法治政府建设情况的报告')).toMatchObject({
      kind: 'found', place: { code: '522300' }, year: 2020,
    });
  });

  it('gives the candidates of an ambiguous short name', () => {
    const r = proposePlace(g, '朝阳区2022年法治政府建设年度报告');
    expect(r.kind).toBe('ambiguous');
    expect(r.kind === 'ambiguous' && r.candidates.map((p) => p.code).sort()).toEqual(['110105', '220104']);
    expect(r.year).toBe(2022);
  });

  it('proposes nothing for words that only look like names inside a sentence', () => {
    expect(proposePlace(g, '全面推进法治政府建设，主城区面貌改善，合作共建')).toEqual({ kind: 'none' });
  });

  it('reads the year the report is about, not a date or a range', () => {
    expect(statedYear('二〇二二年度法治政府建设情况报告')).toBe(2022);
    expect(statedYear('2023年1月10日')).toBeUndefined();
    expect(statedYear('落实2021-2025年规划')).toBeUndefined();
    expect(statedYear('关于2023年度法治政府建设情况的报告')).toBe(2023);
  });
});
