import { describe, expect, it } from 'vitest';
import { composite, ordinalsForRanking, scaledForNormalising } from '../../../src/model/composite';
import { NORMALISATIONS } from '../../../src/model/constants';

const input = (values: number[][], normalisation: (typeof NORMALISATIONS)[number], better: 'higher' | 'lower' = 'higher') => ({
  jurisdictions: ['a', 'b', 'c', 'd'],
  metrics: values.map((_, k) => ({ id: `m${k}`, better, weight: 1 })),
  values: values.map((v) => Float64Array.from(v)),
  normalisation,
  missing: 'partial' as const,
  perturbation: 0.25,
  draws: 50,
  seed: 1,
});

describe('composite with extreme figures', () => {
  for (const normalisation of NORMALISATIONS)
    for (const better of ['higher', 'lower'] as const)
      it(`${normalisation}, ${better} better: 1e308 next to 3, 2, 1 keeps all four places, in order, with finite scores`, () => {
        const r = composite(input([[1e308, 3, 2, 1]], normalisation, better));
        expect(r.rows).toHaveLength(4);
        expect(r.excluded).toEqual([]);
        for (const row of r.rows) {
          expect(Number.isFinite(row.score)).toBe(true);
          expect(row.score).toBeGreaterThanOrEqual(0);
          expect(row.score).toBeLessThanOrEqual(100);
          expect(row.bandMin).toBeGreaterThanOrEqual(1);
          expect(row.bandMax).toBeLessThanOrEqual(4);
        }
        const order = r.rows.map((x) => [x.jurisdiction, x.rank]);
        if (normalisation === 'rank')
          // distinct figures, distinct ranks
          expect(order).toEqual(better === 'higher' ? [['a', 1], ['b', 2], ['c', 3], ['d', 4]] : [['d', 1], ['c', 2], ['b', 3], ['a', 4]]);
        // min–max and z-score: next to 1e308, 3, 2 and 1 are one score (ties sorted by id), 1e308 apart from them
        else expect(order).toEqual(better === 'higher' ? [['a', 1], ['b', 2], ['c', 2], ['d', 2]] : [['b', 1], ['c', 1], ['d', 1], ['a', 4]]);
        expect(new Set(r.rows.map((x) => x.score)).size).toBeGreaterThan(1);
      });

  it('z-score of 1e308 and −1e308 with two small figures: no Infinity or NaN, the extremes at the ends', () => {
    const r = composite(input([[1e308, -1e308, 5, 4]], 'zscore'));
    expect(r.rows.map((x) => x.jurisdiction)).toEqual(['a', 'c', 'd', 'b']);
    expect(r.rows.every((x) => Number.isFinite(x.score))).toBe(true);
    expect(r.rows[0]!.score).toBeGreaterThan(50);
    expect(r.rows[3]!.score).toBeLessThan(50);
  });

  it('1e11 next to 3, 2, 1 (valid counts): every place ranked, in order, by each normalisation', () => {
    for (const normalisation of NORMALISATIONS) {
      const r = composite(input([[1e11, 3, 2, 1], [4, 3, 2, 1]], normalisation));
      expect(r.rows.map((x) => x.jurisdiction), normalisation).toEqual(['a', 'b', 'c', 'd']);
      expect(new Set(r.rows.map((x) => x.rank)).size).toBe(4);
      expect(r.rows.every((x) => Number.isFinite(x.score))).toBe(true);
    }
  });

  it('min–max gives 100 and 0 at the ends of 1e308 … 1', () => {
    const r = composite(input([[1e308, 3, 2, 1]], 'minmax'));
    expect(r.rows[0]!.score).toBe(100);
    expect(r.rows[3]!.score).toBe(0);
  });
});

describe('ordinalsForRanking', () => {
  it('leaves ordinary figures as they are, and orders huge ones with ties kept', () => {
    const v = Float64Array.from([1e9, 3, NaN]);
    expect(ordinalsForRanking(v)).toBe(v);
    expect([...ordinalsForRanking(Float64Array.from([1e308, 3, NaN, 3, -1e308, 2]))]).toEqual([3, 2, NaN, 2, 0, 1]);
  });
});

describe('scaledForNormalising', () => {
  it('leaves ordinary figures as they are (the same array)', () => {
    const v = Float64Array.from([1e11, 3, NaN, -5]);
    expect(scaledForNormalising(v)).toBe(v);
  });
  it('divides huge figures by a power of two, exactly, keeping NaN', () => {
    const v = Float64Array.from([1e308, 3, NaN, -1e300]);
    const s = scaledForNormalising(v);
    expect(Math.abs(s[0]!)).toBeGreaterThanOrEqual(1);
    expect(Math.abs(s[0]!)).toBeLessThan(2);
    expect(Number.isNaN(s[2]!)).toBe(true);
    expect(s[3]! / s[0]!).toBeCloseTo(-1e-8, 20);
    expect(s[1]).toBeGreaterThan(0);
  });
});
