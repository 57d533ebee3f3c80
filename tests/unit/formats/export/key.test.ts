import { describe, expect, it } from 'vitest';
import { figureYears, mixedYears, symbolKey, symbolsUsed, type KeySymbol } from '../../../../src/formats/export/key';
import type { ExportRow } from '../../../../src/formats/export/rows';

type R = Pick<ExportRow, 'value' | 'qualifier' | 'derived' | 'caveats' | 'display' | 'period'> & Partial<Pick<ExportRow, 'jurisdictionId' | 'metricId'>>;
const row = (extra: Partial<R> = {}): R => ({ value: 10, qualifier: 'exact', derived: '', caveats: '', display: '10', period: 2022, ...extra });
const words: Record<KeySymbol, string> = {
  atLeast: '≥ 下限(“余/超/以上”)',
  atMost: '≤ 上限',
  derived: '* 推算',
  caveat: '† 口径不一致',
  notReported: '未报告 ≠ 0',
};

describe('symbol key', () => {
  it('is empty for exact figures of one year', () => {
    expect(symbolsUsed([row(), row({ value: 3 })])).toEqual([]);
    expect(symbolKey([row()], words)).toBe('');
  });
  it('lists only the symbols the figures carry, in a fixed order', () => {
    expect(symbolsUsed([row({ qualifier: 'at_least' })])).toEqual(['atLeast']);
    expect(symbolsUsed([row({ derived: 'ratio_pct' })])).toEqual(['derived']);
    expect(symbolsUsed([row({ caveats: '累计: …' })])).toEqual(['caveat']);
    expect(symbolsUsed([row({ display: '3†' })])).toEqual(['caveat']);
    expect(symbolsUsed([row({ value: null, qualifier: null, display: '未报告' })])).toEqual(['notReported']);
    expect(symbolsUsed([row({ value: null, qualifier: null }), row({ caveats: 'x' }), row({ derived: 'sum' }), row({ qualifier: 'at_least' })])).toEqual([
      'atLeast', 'derived', 'caveat', 'notReported',
    ]);
    expect(symbolKey([row({ value: null }), row({ caveats: 'x' }), row({ derived: 'sum' }), row({ qualifier: 'at_least' })], words)).toBe(
      '≥ 下限(“余/超/以上”) · * 推算 · † 口径不一致 · 未报告 ≠ 0',
    );
  });
  it('does not read the marks of a gap as figures (a gap has no ≥, *, †)', () => {
    expect(symbolsUsed([row({ value: null, qualifier: null, derived: '', display: '2022年无数据(有2023年)' })])).toEqual(['notReported']);
  });
});

describe('mixed years', () => {
  it('is null for one year, and for gaps of another year', () => {
    expect(mixedYears([row(), row()])).toBeNull();
    expect(mixedYears([row(), row({ value: null, period: 2023 })])).toBeNull();
  });
  it('lists the years of the figures drawn, in order', () => {
    expect(mixedYears([row({ period: 2023 }), row({ period: 2022 }), row({ period: 2023 })])).toEqual([2022, 2023]);
    expect(figureYears([row({ period: null }), row({ period: 2021 })])).toEqual([2021]);
  });
  it('is null for one place’s one metric over the years (a time series), not for two places or two metrics', () => {
    const a = { jurisdictionId: 'a', metricId: 'm' };
    expect(mixedYears([row({ ...a, period: 2021 }), row({ ...a, period: 2022 })])).toBeNull();
    expect(mixedYears([row({ ...a, period: 2021 }), row({ jurisdictionId: 'b', metricId: 'm', period: 2022 })])).toEqual([2021, 2022]);
    expect(mixedYears([row({ ...a, period: 2021 }), row({ jurisdictionId: 'a', metricId: 'n', period: 2022 })])).toEqual([2021, 2022]);
  });
});
