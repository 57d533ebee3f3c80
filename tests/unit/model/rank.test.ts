import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bandPart, composite, competitionRanks, finishComposite, prepareComposite, RankWorkspace, normalise, rankMetric, tierOf, type RankEntry } from '../../../src/model/rank';

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

describe('competitionRanks', () => {
  it('skips invalid entries', () => {
    expect([...competitionRanks(Float64Array.from([5, 9, 9, 1]), Uint8Array.from([1, 1, 1, 0]))]).toEqual([3, 1, 1, 0]);
  });

  /** 1 + the number of valid scores that are better after quantising to 1e-6 */
  const reference = (scores: number[], valid: number[]) => {
    const q = scores.map((x) => Math.round(x * 1e6));
    return scores.map((_, i) => (valid[i] ? 1 + q.filter((y, j) => valid[j] && y > q[i]!).length : 0));
  };
  const score = fc.oneof(
    fc.constantFrom(0, 50, 100, 33.3333333, 33.33333334), // ties, and near-ties closer than the quantum
    fc.double({ min: 0, max: 100, noNaN: true }),
    fc.double({ min: -1e9, max: 1e9, noNaN: true }), // outside the radix range: the general path
  );
  it('agrees with the definition on both paths (radix for 0–100 scores, a native sort otherwise)', () => {
    const ws = new RankWorkspace(60);
    fc.assert(
      fc.property(fc.array(fc.tuple(score, fc.boolean()), { maxLength: 60 }), (pairs) => {
        const scores = pairs.map((p) => p[0]);
        const valid = pairs.map((p) => (p[1] ? 1 : 0));
        const want = reference(scores, valid);
        expect([...competitionRanks(Float64Array.from(scores), Uint8Array.from(valid))]).toEqual(want);
        expect([...competitionRanks(Float64Array.from(scores), Uint8Array.from(valid), ws)]).toEqual(want);
      }),
      { numRuns: 500 },
    );
  });
});

describe('composite', () => {
  const base = {
    jurisdictions: ['a', 'b', 'c', 'd'],
    metrics: [
      { id: 'm1', better: 'higher' as const, weight: 1 },
      { id: 'm2', better: 'lower' as const, weight: 1 },
    ],
    values: [Float64Array.from([10, 20, 30, NaN]), Float64Array.from([5, 5, 1, 2])],
    normalisation: 'minmax' as const,
    perturbation: 0.25,
    draws: 200,
    seed: 1,
  };

  it('ranks on reported metrics with coverage shown (partial policy)', () => {
    const r = composite({ ...base, missing: 'partial' });
    expect(r.rows.map((x) => [x.jurisdiction, x.score, x.rank, x.coverage])).toEqual([
      ['c', 100, 1, 1],
      ['d', 75, 2, 0.5],
      ['b', 25, 3, 1],
      ['a', 0, 4, 1],
    ]);
    expect(r.excluded).toEqual([]);
  });

  it('excludes jurisdictions with missing metrics (exclude policy)', () => {
    const r = composite({ ...base, missing: 'exclude' });
    expect(r.rows.map((x) => x.jurisdiction)).toEqual(['c', 'b', 'a']);
    expect(r.excluded).toEqual(['d']);
  });

  it('stability bands contain the rank, are deterministic for a seed, and widen with perturbation', () => {
    const close = {
      ...base,
      values: [Float64Array.from([10, 13, 30, 12]), Float64Array.from([5, 4.8, 1, 4.62])],
      missing: 'partial' as const,
    };
    const r1 = composite(close);
    const r2 = composite(close);
    expect(r1).toEqual(r2);
    for (const row of r1.rows) {
      expect(row.bandMin).toBeLessThanOrEqual(row.rank);
      expect(row.bandMax).toBeGreaterThanOrEqual(row.rank);
    }
    const still = composite({ ...close, perturbation: 0 });
    for (const row of still.rows) expect([row.bandMin, row.bandMax]).toEqual([row.rank, row.rank]);
    const c = r1.rows.find((x) => x.jurisdiction === 'c')!;
    expect([c.bandMin, c.bandMax]).toEqual([1, 1]);
    expect(r1.rows.some((x) => x.bandMax > x.bandMin)).toBe(true);
  });

  it('weights change the order', () => {
    const values = [Float64Array.from([10, 20]), Float64Array.from([2, 8])];
    const input = { ...base, jurisdictions: ['a', 'b'], values, missing: 'exclude' as const, draws: 0 };
    const m1 = composite({ ...input, metrics: [{ ...base.metrics[0]!, weight: 3 }, { ...base.metrics[1]!, weight: 1 }] });
    const m2 = composite({ ...input, metrics: [{ ...base.metrics[0]!, weight: 1 }, { ...base.metrics[1]!, weight: 3 }] });
    expect(m1.rows.map((x) => x.jurisdiction)).toEqual(['b', 'a']);
    expect(m2.rows.map((x) => x.jurisdiction)).toEqual(['a', 'b']);
    expect(m1.rows.map((x) => x.score)).toEqual([75, 25]);
  });
});

describe('tiers', () => {
  it('splits the ranked list in thirds', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((r) => tierOf(r, 7))).toEqual([1, 1, 1, 2, 2, 2, 3]);
  });
});

describe('composite band in parts', () => {
  it('gives the same result however the draws are split (what the parallel computation relies on)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.constant(Number.NaN), fc.integer({ min: 0, max: 50 })), { minLength: 6, maxLength: 6 }), { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 9 }),
        (cols, cut, seed) => {
          const input = {
            jurisdictions: ['a', 'b', 'c', 'd', 'e', 'f'],
            metrics: cols.map((_, k) => ({ id: `m${k}`, better: (k % 2 ? 'lower' : 'higher') as 'lower' | 'higher', weight: 1 + k })),
            values: cols.map((c) => Float64Array.from(c)),
            normalisation: 'minmax' as const,
            missing: 'partial' as const,
            perturbation: 0.25,
            draws: 60,
            seed,
          };
          const p = prepareComposite(input);
          const parts = [bandPart(p, input, 0, cut), bandPart(p, input, cut, 60)];
          expect(finishComposite(input, p, parts)).toEqual(composite(input));
        },
      ),
      { numRuns: 100 },
    );
  });
});
