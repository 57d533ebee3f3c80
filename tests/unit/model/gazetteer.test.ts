/** The gazetteer: places of the census table, their levels, kinds, parents and populations, and the shipped file. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gazetteerFile, readCensusCsv } from '../../../scripts/lib/gazetteer';
import { decodeGazetteer } from '../../../src/model/gazetteer-codec';
import { createGazetteer } from '../../../src/model/gazetteer';
import { bundledGazetteer } from './gazetteer.fixture';

const { json, gazetteer: g } = bundledGazetteer();
const place = (code: string) => g.byCode(code)!;

describe('the gazetteer data', () => {
  it('is the census table byte for byte, with its licence', () => {
    const sha256 = createHash('sha256').update(readFileSync('data/gazetteer/census-2020-county.csv')).digest('hex');
    expect(sha256).toBe('62af41a117999d2eb7220022900de59a8219358ace9a5b03491c53e0add26938');
    expect(readFileSync('data/gazetteer/census-LICENSE.txt', 'utf8')).toMatch(/^MIT License\s+Copyright \(c\) 2022 Lei Dong/);
    expect(readFileSync('data/gazetteer/README.md', 'utf8')).toContain('Mapping Evolving Population Geography in China');
  });

  it('public/data/gazetteer.json is what data/gazetteer/ gives, and reads back to the same places', () => {
    expect(readFileSync('public/data/gazetteer.json', 'utf8')).toBe(json);
    expect(decodeGazetteer(JSON.parse(json))).toEqual(gazetteerFile('data/gazetteer').places);
    const { source } = JSON.parse(json) as { source: { citation: string; licence: string } };
    expect(source.citation).toContain('Mapping Evolving Population Geography in China');
    expect(source.licence).toContain('Permission is hereby granted');
  });

  it('has about 31 provinces, 333 prefectures and 2,850+ county-level units, every row but the aggregates', () => {
    const rows = readCensusCsv(readFileSync('data/gazetteer/census-2020-county.csv', 'utf8'));
    const count = (level: string) => g.places.filter((p) => p.level === level).length;
    expect(rows).toHaveLength(3358);
    expect(count('province')).toBe(31);
    expect(count('city')).toBeGreaterThanOrEqual(330);
    expect(count('city')).toBeLessThan(340);
    expect(count('county')).toBeGreaterThan(2850);
    expect(g.places.length).toBe(rows.length - 9); // the national row, 5 municipal 市辖区/县 totals, 3 省直辖 totals
    expect(new Set(g.places.map((p) => p.id)).size).toBe(g.places.length);
  });

  it('gives codes, kinds, names and parents', () => {
    const wujin = place('320412');
    expect(wujin).toMatchObject({
      id: 'cn.320412', name: { zh: '武进区' }, fullName: '江苏省常州市武进区', short: '武进', level: 'county', kind: 'district',
      province: { id: 'cn.320000', code: '320000' }, city: { id: 'cn.320400', code: '320400' },
    });
    expect(place('320571')).toMatchObject({ name: { zh: '苏州工业园区' }, short: '苏州工业园区', kind: 'zone', city: { code: '320500' } });
    expect(place('320600')).toMatchObject({ name: { zh: '南通市' }, level: 'city', kind: 'prefecture', fullName: '江苏省南通市' });
    expect(place('141100')).toMatchObject({ name: { zh: '吕梁市' }, level: 'city', province: { code: '140000' } });
    expect(place('110000')).toMatchObject({ kind: 'municipality', level: 'province', province: null, city: null, name: { en: 'Beijing' } });
    expect(place('110105')).toMatchObject({ fullName: '北京市朝阳区', province: { code: '110000' }, city: { code: '110000' } });
    expect(place('429004')).toMatchObject({ kind: 'county_city', province: { code: '420000' }, city: null });
    expect(place('152200')).toMatchObject({ kind: 'prefecture', short: '兴安' });
    expect(place('150000').short).toBe('内蒙古');
    expect(place('222400').short).toBe('延边');
    expect(place('500240').short).toBe('石柱');
    expect(place('220200').fullName).toBe('吉林省吉林市');
  });

  it('gives the census population of each place', () => {
    expect(place('320412')).toMatchObject({
      population: 1697380, urban: 1191844, rural: 505536, households: 602707, populationYear: 2020, populationSource: 'census-2020',
    });
  });

  it('adds up: the units directly below a province or prefecture sum to its population', () => {
    const parents = g.places.filter((p) => p.level !== 'county' && g.children(p).length > 0);
    expect(parents.length).toBeGreaterThan(350);
    const off = parents.filter((p) => g.children(p).reduce((s, c) => s + c.population, 0) !== p.population);
    expect(off.map((p) => p.name.zh)).toEqual([]);
  });

  it('keeps places abolished since the census, marked', () => {
    expect(place('330104').abolished).toMatchObject({ year: 2021, into: ['330102'] });
    expect(place('330103').abolished).toMatchObject({ year: 2021, into: ['330105'] });
    expect(place('330104').abolished!.note.zh).toContain('上城区');
    expect(place('330102').abolished).toBeUndefined();
  });

  it('gives zones without a code a stable id, and 三沙市 its island groups', () => {
    const uncoded = g.places.filter((p) => p.code === null);
    expect(uncoded.length).toBe(42);
    expect(uncoded.every((p) => /^cn\.x\.[0-9a-z]{7}$/.test(p.id))).toBe(true);
    const zone = uncoded.find((p) => p.name.zh === '吉林高新技术产业开发区')!;
    expect(zone).toMatchObject({ kind: 'zone', city: { code: '220200' } });
    expect(g.byId(zone.id)).toBe(zone);
    expect(g.children(place('460300')).map((p) => p.name.zh)).toEqual(['西沙群岛', '南沙群岛', '中沙群岛的岛礁及其海域']);
  });

  it('lists children and parents', () => {
    const changzhou = place('320400');
    expect(g.children(changzhou).map((p) => p.code)).toContain('320412');
    expect(g.children(changzhou).every((p) => g.parent(p) === changzhou)).toBe(true);
    expect(g.children('cn.110000')).toHaveLength(16);
    expect(g.children(place('420000')).map((p) => p.code)).toContain('429004');
    expect(g.parent(place('320000'))).toBeUndefined();
  });

  it('labels identical short names with their parents', () => {
    expect(g.label(place('110105'))).toBe('朝阳区(北京市)');
    expect(g.label(place('220104'))).toBe('朝阳区(长春市)');
    expect(g.label(place('211300'))).toBe('朝阳市(辽宁省)');
    expect(g.label(place('320412'))).toBe('武进区');
    const labels = g.places.map((p) => g.label(p));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('builds its children, labels and name index on first use, the same whichever is read first', () => {
    const places = decodeGazetteer(JSON.parse(json));
    const a = createGazetteer(places);
    const b = createGazetteer(places);
    // a: the name index first; b: labels and children first
    const names = [...a.names].map(([n, ps]) => [n, ps.map((p) => p.id)]);
    expect(a.longestName).toBe(g.longestName);
    const labels = b.places.map((p) => b.label(p));
    const kids = b.places.map((p) => b.children(p).map((c) => c.id));
    expect([...b.names].map(([n, ps]) => [n, ps.map((p) => p.id)])).toEqual(names);
    expect(b.longestName).toBe(Math.max(...[...b.names.keys()].map((n) => n.length)));
    expect(a.places.map((p) => a.label(p))).toEqual(labels);
    expect(a.places.map((p) => a.children(p).map((c) => c.id))).toEqual(kids);
    expect(b.names.get('武进')?.map((p) => p.code)).toEqual(['320412']);
    expect(a.byCode(' cn.320412 ')?.code).toBe('320412');
    expect(a.byCode('320412')).toBe(a.byId('cn.320412'));
  });
});
