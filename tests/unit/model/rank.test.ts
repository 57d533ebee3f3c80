import { describe, expect, it } from 'vitest';
import { normalise, rankMetric, type RankEntry } from '../../../src/model/rank';

const e = (jurisdiction: string, value: number): RankEntry => ({
  jurisdiction, value, qualifier: 'exact', period: 2022, observation: `${jurisdiction}.o`, derived: false,
});

describe('rankMetric', () => {
  it('gives ties the same rank (competition ranking) and respects direction', () => {
    const data = [e('a', 10), e('b', 30), e('c', 30), e('d', 5)];
    expect(rankMetric(data, 'higher').map((r) => [r.jurisdiction, r.rank, r.tied])).toEqual([
      ['b', 1, true], ['c', 1, true], ['a', 3, false], ['d', 4, false],
    ]);
    expect(rankMetric(data, 'lower').map((r) => [r.jurisdiction, r.rank])).toEqual([['d', 1], ['a', 2], ['b', 3], ['c', 3]]);
  });
});

describe('normalise', () => {
  const v = Float64Array.from([10, 20, NaN, 30]);
  it('min–max, rank and z-score map to 0–100 with higher = better', () => {
    expect([...normalise(v, 'higher', 'minmax')]).toEqual([0, 50, NaN, 100]);
    expect([...normalise(v, 'lower', 'minmax')]).toEqual([100, 50, NaN, 0]);
    expect([...normalise(v, 'higher', 'rank')]).toEqual([0, 50, NaN, 100]);
    const z = normalise(v, 'higher', 'zscore');
    expect(z[1]).toBeCloseTo(50);
    expect(z[3]! - 50).toBeCloseTo(50 - z[0]!);
  });
});
