import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseFigure, toHalfWidth } from '../../../src/model/numbers';

const p = (s: string) => {
  const r = parseFigure(s);
  if (!r) throw new Error(`no figure in ${s}`);
  return r;
};

describe('parseFigure: the forms figures take in the reports', () => {
  it.each([
    ['1410件', 1410, 'exact', '件'],
    ['1.5万件', 15000, 'exact', '件'],
    ['80.63萬件', 806300, 'exact', '件'],
    ['超300家', 300, 'at_least', '家'],
    ['近千个', 1000, 'approx', '个'],
    ['100余场', 100, 'at_least', '场'],
    ['六年', 6, 'exact', '年'],
    ['三项', 3, 'exact', '项'],
    ['连续六年', 6, 'exact', '年'],
  ] as const)('%s → %d %s %s', (figure, value, qualifier, unit) => {
    const r = p(figure);
    expect(r.value).toBe(value);
    expect(r.qualifier).toBe(qualifier);
    expect(r.unit).toBe(unit);
    expect(r.percent).toBe(false);
    expect(r.valueMax).toBeUndefined();
  });

  it('money is in yuan', () => {
    expect(p('2.9亿元')).toMatchObject({ value: 290_000_000, qualifier: 'exact', money: true });
    expect(p('1200余万元')).toMatchObject({ value: 12_000_000, qualifier: 'at_least', money: true });
    expect(p('6993.13萬元').value).toBeCloseTo(69_931_300, 3);
  });

  it('percentages stay 0–100 and decreases are negative', () => {
    expect(p('50%以上')).toMatchObject({ value: 50, qualifier: 'at_least', percent: true, unit: '%' });
    expect(p('同比下降34.01%')).toMatchObject({ value: -34.01, qualifier: 'exact', percent: true });
    expect(p('同比上升17.69%')).toMatchObject({ value: 17.69, percent: true });
    expect(p('较上年下降5个百分点')).toMatchObject({ value: -5, percent: true });
    expect(p('99.19%%')).toMatchObject({ value: 99.19, percent: true });
  });

  it('ranges keep both ends', () => {
    expect(p('5至10项')).toMatchObject({ value: 5, valueMax: 10, qualifier: 'range', unit: '项' });
    expect(p('3-5天')).toMatchObject({ value: 3, valueMax: 5, qualifier: 'range' });
    expect(p('五至十项')).toMatchObject({ value: 5, valueMax: 10, qualifier: 'range' });
  });

  it('reads full-width digits and punctuation', () => {
    expect(p('１４１０件').value).toBe(1410);
    expect(p('１．５万件').value).toBe(15000);
    expect(p('增长３０％')).toMatchObject({ value: 30, percent: true });
  });

  it('qualifier words before and after', () => {
    expect(p('约3.5亿元')).toMatchObject({ value: 350_000_000, qualifier: 'approx' });
    expect(p('不到10%').qualifier).toBe('at_most');
    expect(p('3个工作日内')).toMatchObject({ value: 3, qualifier: 'at_most', unit: '个工作日' });
    expect(p('1万余人次')).toMatchObject({ value: 10000, qualifier: 'at_least', unit: '人次' });
    expect(p('逾百家')).toMatchObject({ value: 100, qualifier: 'at_least' });
  });

  // fixed: 不超过 ends with 超过 and was read as a lower bound
  it('不超过 is an upper bound, 不少于 / 不低于 lower bounds', () => {
    expect(p('不超过10%').qualifier).toBe('at_most');
    expect(p('不少于10次').qualifier).toBe('at_least');
    expect(p('不低于95%').qualifier).toBe('at_least');
  });

  // fixed: traditional qualifier and change words were not recognised (餘, 約, 壓縮, 以內)
  it('traditional script qualifiers', () => {
    expect(p('260餘次')).toMatchObject({ value: 260, qualifier: 'at_least' });
    expect(p('約3.5億元')).toMatchObject({ value: 350_000_000, qualifier: 'approx' });
    expect(p('不超過10%').qualifier).toBe('at_most');
    expect(p('3個工作日內').qualifier).toBe('at_most');
    expect(p('材料壓縮30%以上').value).toBe(p('材料压缩30%以上').value);
    expect(p('壓縮30%以上').value).toBeLessThan(0);
  });

  // fixed: "降至3%" states the level reached, not a change of −3
  it('降至 / 下降到 give the level reached', () => {
    expect(p('降至3%').value).toBe(3);
    expect(p('下降到2.1%').value).toBe(2.1);
    expect(p('提高到95%').value).toBe(95);
  });

  it('returns null without a number', () => {
    expect(parseFigure('法治政府')).toBeNull();
    expect(parseFigure('')).toBeNull();
  });
});

describe('parseChineseNumeral and toHalfWidth', () => {
  it.each([
    ['十', 10],
    ['二十三', 23],
    ['一百零五', 105],
    ['两千', 2000],
    ['三万五千', 35000],
  ] as const)('%s = %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it('rejects non-numerals', () => expect(parseChineseNumeral('三项')).toBeNull());
  it('keeps the length', () => {
    const s = '１２３，４５６％\u3000';
    expect(toHalfWidth(s)).toBe('123,456% ');
    expect(toHalfWidth(s).length).toBe(s.length);
  });
});
