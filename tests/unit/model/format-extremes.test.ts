import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber } from '../../../src/model/format';
import type { Metric } from '../../../src/model/schema';

const count: Pick<Metric, 'unit' | 'kind'> = { unit: { zh: '件', en: 'cases' }, kind: 'count' };
const money: Pick<Metric, 'unit' | 'kind'> = { unit: { zh: '元', en: 'yuan' }, kind: 'amount' };
const EXPONENT = /\de[+-]?\d/i;

describe('numbers are never written in exponent notation', () => {
  it('the largest and smallest doubles', () => {
    for (const v of [1e308, Number.MAX_VALUE, -1e308, 1e21, 1e22, 1e30, 5e-324, 1e-7, -1e-10]) {
      for (const lang of ['zh', 'en'] as const) {
        const s = formatNumber(v, lang);
        expect(s, `${v} ${lang}`).not.toMatch(EXPONENT);
        expect(s).not.toMatch(/Infinity|NaN/);
      }
    }
  });

  it('1e308 cases: written out in trillions, not "1.79e+299 billion"', () => {
    const en = formatFigure({ value: 1e308, qualifier: 'exact' }, count, 'en');
    expect(en).toMatch(/^1(0{2})?[0-9,]* trillion cases$/);
    expect(en.replace(/[^0-9]/g, '')).toBe(`1${'0'.repeat(296)}`);
    const zh = formatFigure({ value: 1e308, qualifier: 'exact' }, count, 'zh');
    expect(zh).toMatch(/^1\d+万亿件$/);
    expect(zh).toHaveLength(1 + 296 + 3);
  });

  it('trillions and 万亿 from 1e12 up; billions and 亿 below, as before', () => {
    expect(formatNumber(1.5e12, 'zh')).toBe('1.5万亿');
    expect(formatNumber(1.5e12, 'en')).toBe('1.5 trillion');
    expect(formatNumber(9.99e11, 'zh')).toBe('9990亿');
    expect(formatNumber(9.99e11, 'en')).toBe('999 billion');
    expect(formatFigure({ value: 2e14, qualifier: 'at_least' }, money, 'en')).toBe('≥¥200 trillion');
    expect(formatFigure({ value: 2e14, qualifier: 'at_least' }, money, 'zh')).toBe('≥200万亿元');
  });

  it('tiny figures round to 0, not 1e-7', () => {
    expect(formatNumber(1e-7, 'zh')).toBe('0');
    expect(formatNumber(1e-7, 'en')).toBe('0');
  });

  it('a figure that is not finite is a dash', () => {
    expect(formatNumber(Infinity, 'zh')).toBe('—');
    expect(formatNumber(Number.NaN, 'en')).toBe('—');
  });
});
