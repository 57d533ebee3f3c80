import { describe, expect, it } from 'vitest';
import { distributionOf, percentileAmong } from '../../../src/model/distribution';

describe('where a figure falls among all places', () => {
  it('median and middle half, not-reported (NaN) left out, none for fewer than three figures', () => {
    expect(distributionOf([1, 2, 3, 4, 5, Number.NaN])).toEqual({ n: 5, median: 3, q1: 2, q3: 4 });
    expect(distributionOf([10, 20, 30, 40])).toEqual({ n: 4, median: 25, q1: 17.5, q3: 32.5 });
    expect(distributionOf([1, 2])).toBeNull();
  });

  it('a percentile among the others, ties counting half', () => {
    const all = [10, 20, 30, 40, 50];
    expect(percentileAmong(10, all)).toBe(0);
    expect(percentileAmong(50, all)).toBe(100);
    expect(percentileAmong(30, all)).toBe(50);
    expect(percentileAmong(20, [20, 20, 10])).toBe(75);
  });
});

describe('where one place stands among the others', () => {
  it('its percentile among all with it, and a lower bound’s is at least that, a range’s between its ends', async () => {
    const { standingAmong } = await import('../../../src/model/distribution');
    const others = [10, 20, 30, 40];
    expect(standingAmong({ value: 35, qualifier: 'exact' }, others)).toEqual({ dist: { n: 5, median: 30, q1: 20, q3: 35 }, percentile: 75, bound: 'exact' });
    expect(standingAmong({ value: 35, qualifier: 'at_least' }, others)?.bound).toBe('at_least');
    expect(standingAmong({ value: 15, qualifier: 'range', valueMax: 45 }, others)).toMatchObject({ percentile: 25, upper: 100, bound: 'range' });
    expect(standingAmong({ value: 5, qualifier: 'exact' }, [1])).toBeNull();
  });

  it('medians and quartiles to three significant digits, whole from 100 up', async () => {
    const { roundSpread } = await import('../../../src/model/distribution');
    expect(roundSpread(0.46512)).toBe(0.465);
    expect(roundSpread(1234.5)).toBe(1235);
    expect(roundSpread(99.94)).toBe(99.9);
  });
});
