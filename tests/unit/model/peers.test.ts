import { describe, expect, it } from 'vitest';
import { peerGroup, populationAround, placeOf } from '../../../src/model/peers';
import { bundledGazetteer } from './gazetteer.fixture';
import type { Jurisdiction } from '../../../src/model/schema';

const { gazetteer: g } = bundledGazetteer();
const j = (id: string, code?: string): Jurisdiction => ({
  id,
  name: { zh: id, en: id },
  short: { zh: id, en: id },
  level: 'district',
  province: { zh: '江苏', en: 'Jiangsu' },
  ...(code ? { code } : {}),
});
// 武进区, 新北区 (常州), 吴中区 (苏州), 苏州工业园区, 南通市, 吕梁市, 离石区 (吕梁), and a place without a code
const places = [
  j('wujin', '320412'),
  j('xinbei', '320411'),
  j('wuzhong', '320506'),
  j('sip', '320571'),
  j('nantong', '320600'),
  j('lvliang', '141100'),
  j('lishi', '141102'),
  j('nowhere'),
];

describe('peer groups', () => {
  it('same level, same province: the county-level places of 江苏 for 武进', () => {
    const r = peerGroup(places[0]!, places, { level: true, province: true }, g)!;
    expect(r.ids).toEqual(['wujin', 'xinbei', 'wuzhong', 'sip']);
    expect(r.describe).toEqual({ province: { zh: '江苏省', en: 'Jiangsu' }, level: 'county' });
    expect(r.unplaced).toEqual(['nowhere']);
  });

  it('same city: 常州 only; a city is a peer of cities', () => {
    expect(peerGroup(places[0]!, places, { city: true, level: true }, g)!.ids).toEqual(['wujin', 'xinbei']);
    expect(peerGroup(places[4]!, places, { level: true }, g)!.ids).toEqual(['nantong', 'lvliang']);
  });

  it('a population range around the place, from the 2020 census', () => {
    const wujin = placeOf(places[0]!, g)!;
    const range = populationAround(wujin, 1.5);
    expect(range.min).toBeLessThan(wujin.population);
    const r = peerGroup(places[0]!, places, { level: true, population: range }, g)!;
    for (const id of r.ids) {
      const p = placeOf(places.find((x) => x.id === id)!, g)!;
      expect(p.population).toBeGreaterThanOrEqual(range.min);
      expect(p.population).toBeLessThanOrEqual(range.max);
    }
    expect(r.ids).toContain('wujin');
  });

  it('a place without a code has no peer group', () => {
    expect(peerGroup(places[7]!, places, { level: true }, g)).toBeNull();
  });
});
