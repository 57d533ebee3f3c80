import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber } from '../../../src/model/format';

const count = { unit: { zh: '件', en: 'cases' }, kind: 'count' as const };
const money = { unit: { zh: '元', en: 'yuan' }, kind: 'amount' as const };
const pct = { unit: { zh: '%', en: '%' }, kind: 'change' as const };

describe('numbers the way each language reads them', () => {
  it('zh uses 万 and 亿; en uses thousands separators and millions', () => {
    expect(formatNumber(15000, 'zh')).toBe('1.5万');
    expect(formatNumber(15000, 'en')).toBe('15,000');
    expect(formatNumber(290_000_000, 'zh')).toBe('2.9亿');
    expect(formatNumber(290_000_000, 'en')).toBe('290 million');
    expect(formatNumber(6068, 'zh')).toBe('6068');
  });
  it('shows qualifiers, units, money and signed changes', () => {
    expect(formatFigure({ value: 15000, qualifier: 'at_least' }, count, 'zh')).toBe('≥1.5万件');
    expect(formatFigure({ value: 15000, qualifier: 'at_least' }, count, 'en')).toBe('≥15,000 cases');
    expect(formatFigure({ value: 290_000_000, qualifier: 'exact' }, money, 'zh')).toBe('2.9亿元');
    expect(formatFigure({ value: 290_000_000, qualifier: 'exact' }, money, 'en')).toBe('¥290 million');
    expect(formatFigure({ value: -34.01, qualifier: 'exact' }, pct, 'zh')).toBe('−34.01%');
    expect(formatFigure({ value: 12.5, qualifier: 'exact' }, pct, 'en')).toBe('+12.5%');
    expect(formatFigure({ value: 5, valueMax: 10, qualifier: 'range' }, count, 'zh')).toBe('5–10件');
  });
});
