import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bandPart, composite, finishComposite, prepareComposite, tierOf } from '../../../src/model/composite';

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
