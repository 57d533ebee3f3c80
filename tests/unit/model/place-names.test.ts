/** Short names and kinds of Chinese administrative names. */
import { describe, expect, it } from 'vitest';
import { countyKind, levelOfKind, provinceKind, shortName } from '../../../src/model/place-names';

describe('shortName', () => {
  it('drops the suffix when two characters or more remain', () => {
    expect(shortName('武进区', 'district')).toBe('武进');
    expect(shortName('津市市', 'county_city')).toBe('津市');
    expect(shortName('兴安盟', 'prefecture')).toBe('兴安');
    expect(shortName('大兴安岭地区', 'prefecture')).toBe('大兴安岭');
    expect(shortName('浦东新区', 'district')).toBe('浦东');
    expect(shortName('清新区', 'district')).toBe('清新');
    expect(shortName('万柏林区', 'district')).toBe('万柏林');
    expect(shortName('井陉矿区', 'district')).toBe('井陉');
    expect(shortName('江苏省', 'province')).toBe('江苏');
    expect(shortName('内蒙古自治区', 'province')).toBe('内蒙古');
  });

  it('keeps short names whole', () => {
    for (const n of ['城区', '矿区', '沙县', '忠县', '芒市', '东区']) expect(shortName(n, 'district')).toBe(n);
    expect(shortName('大柴旦行政委员会', 'other')).toBe('大柴旦行政委员会');
  });

  it('drops the nationalities of autonomous and ethnic units', () => {
    expect(shortName('广西壮族自治区', 'province')).toBe('广西');
    expect(shortName('新疆维吾尔自治区', 'province')).toBe('新疆');
    expect(shortName('恩施土家族苗族自治州', 'prefecture')).toBe('恩施');
    expect(shortName('博尔塔拉蒙古自治州', 'prefecture')).toBe('博尔塔拉');
    expect(shortName('克孜勒苏柯尔克孜自治州', 'prefecture')).toBe('克孜勒苏');
    expect(shortName('石柱土家族自治县', 'county')).toBe('石柱');
    expect(shortName('积石山保安族东乡族撒拉族自治县', 'county')).toBe('积石山');
    expect(shortName('龙胜各族自治县', 'county')).toBe('龙胜');
    expect(shortName('管城回族区', 'district')).toBe('管城');
    expect(shortName('鄂温克族自治旗', 'banner')).toBe('鄂温克');
    expect(shortName('鄂伦春自治旗', 'banner')).toBe('鄂伦春');
    expect(shortName('东乡族自治县', 'county')).toBe('东乡');
  });

  it('keeps the names of zones and special units whole or as known', () => {
    expect(shortName('苏州工业园区', 'zone')).toBe('苏州工业园区');
    expect(shortName('神农架林区', 'other')).toBe('神农架');
    expect(shortName('六枝特区', 'other')).toBe('六枝');
  });
});

describe('kinds', () => {
  it('reads county-level kinds from the code and the name', () => {
    expect(countyKind('武进区', '320412')).toBe('district');
    expect(countyKind('绿园区', '220106')).toBe('district');
    expect(countyKind('苏州工业园区', '320571')).toBe('zone');
    expect(countyKind('乌拉盖管委会', '152571')).toBe('zone');
    expect(countyKind('吉林经济开发区', null)).toBe('zone');
    expect(countyKind('西沙群岛', null)).toBe('other');
    expect(countyKind('石柱土家族自治县', '500240')).toBe('county');
    expect(countyKind('溧阳市', '320481')).toBe('county_city');
    expect(countyKind('鄂温克族自治旗', '150724')).toBe('banner');
    expect(countyKind('碑林区', '610103')).toBe('district');
    expect(countyKind('神农架林区', '429021')).toBe('other');
  });

  it('reads province kinds and levels', () => {
    expect(provinceKind('北京市')).toBe('municipality');
    expect(provinceKind('江苏省')).toBe('province');
    expect(levelOfKind('municipality')).toBe('province');
    expect(levelOfKind('prefecture')).toBe('city');
    expect(levelOfKind('zone')).toBe('county');
  });
});
