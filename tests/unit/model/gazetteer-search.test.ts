/** The picker search: ranks, population order, labels (results, not time). */
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { searchPlaces } from '../../../src/model/place-search';
import { bundledGazetteer } from './gazetteer.fixture';

const { gazetteer: g } = bundledGazetteer();
const labels = (q: string, limit = 20) => searchPlaces(g, q, { limit }).map((h) => h.label);

describe('searchPlaces', () => {
  it('puts the exact short name first', () => {
    const hits = searchPlaces(g, '武进');
    expect(hits[0]).toMatchObject({ place: { code: '320412' }, label: '武进区', rank: 'exact' });
  });

  it('ranks exact, prefix, substring, then within the full name; larger population first within a rank', () => {
    const hits = searchPlaces(g, '朝阳', { limit: 100 });
    expect(hits.slice(0, 4).map((h) => h.label)).toEqual(['朝阳区(北京市)', '朝阳市(辽宁省)', '朝阳区(长春市)', '朝阳县(朝阳市)']);
    const order = ['exact', 'prefix', 'substring', 'within'];
    const ranks = hits.map((h) => order.indexOf(h.rank));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (let i = 1; i < hits.length; i++)
      if (hits[i]!.rank === hits[i - 1]!.rank) expect(hits[i]!.place.population).toBeLessThanOrEqual(hits[i - 1]!.place.population);
    expect(hits.some((h) => h.rank === 'within' && h.place.city?.code === '211300')).toBe(true);
  });

  it('finds zones by part of their name', () => {
    expect(labels('园区')[0]).toBe('苏州工业园区');
    expect(searchPlaces(g, '园区')[0]!.rank).toBe('substring');
  });

  it('tells identical names apart in the labels', () => {
    const gulou = searchPlaces(g, '鼓楼').filter((h) => h.place.name.zh === '鼓楼区');
    expect(gulou.map((h) => h.label).sort()).toEqual(['鼓楼区(南京市)', '鼓楼区(开封市)', '鼓楼区(徐州市)', '鼓楼区(福州市)']);
  });

  it('reads a chain of short names and traditional script', () => {
    expect(labels('常州武进')[0]).toBe('武进区');
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    expect(searchPlaces(g, '呂梁', { toSimplified })[0]!.place.code).toBe('141100');
  });

  it('keeps to the limit, can leave abolished places out, and gives nothing for nothing', () => {
    expect(labels('区', 5)).toHaveLength(5);
    expect(searchPlaces(g, '江干').map((h) => h.place.code)).toContain('330104');
    expect(searchPlaces(g, '江干', { currentOnly: true }).map((h) => h.place.code)).not.toContain('330104');
    expect(searchPlaces(g, '  ')).toEqual([]);
  });
});
