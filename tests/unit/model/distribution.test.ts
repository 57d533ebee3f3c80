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
