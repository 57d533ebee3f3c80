import { describe, expect, it } from 'vitest';
import { bandPart, composite, finishComposite, prepareComposite, type CompositeInput } from '../../../src/model/composite';

/** Six places, four metrics: `lead` reports only m0, where it is best; the others report all four, close together. */
function oneMetricLeader(): CompositeInput {
  const NaN_ = Number.NaN;
  return {
    jurisdictions: ['lead', 'p1', 'p2', 'p3', 'p4', 'p5'],
    metrics: [0, 1, 2, 3].map((k) => ({ id: `m${k}`, better: 'higher' as const, weight: 1 })),
    values: [
      Float64Array.from([100, 60, 50, 40, 30, 20]),
      Float64Array.from([NaN_, 50, 52, 54, 56, 58]),
      Float64Array.from([NaN_, 70, 65, 60, 55, 50]),
      Float64Array.from([NaN_, 30, 31, 32, 33, 34]),
    ],
    normalisation: 'minmax',
    missing: 'partial',
    perturbation: 0.25,
    draws: 300,
    seed: 7,
  };
}

describe('the minimum coverage', () => {
  it('lists a place under it apart, with its coverage, and ranks the others', () => {
    const input = oneMetricLeader();
    const all = composite(input);
    expect(all.rows[0]!.jurisdiction).toBe('lead');
    expect(all.insufficient).toBeUndefined();
    const half = composite({ ...input, minCoverage: 0.5 });
    expect(half.rows.map((r) => r.jurisdiction)).not.toContain('lead');
    expect(half.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(half.insufficient).toEqual([{ jurisdiction: 'lead', coverage: 0.25, reported: 1 }]);
    // listed apart, not as "nothing reported"
    expect(half.excluded).toEqual([]);
  });

  it('counts by weight, and a share exactly at the minimum is enough', () => {
    const input = { ...oneMetricLeader(), minCoverage: 0.5 };
    const heavy = composite({ ...input, metrics: input.metrics.map((m, k) => ({ ...m, weight: k === 0 ? 3 : 1 })) });
    expect(heavy.rows.find((r) => r.jurisdiction === 'lead')).toMatchObject({ coverage: 0.5, reported: 1 });
    const twoOfThree = composite({ ...input, metrics: input.metrics.slice(0, 3), values: [input.values[0]!, input.values[1]!, Float64Array.from([1, 2, 3, 4, 5, 6])], minCoverage: 0.66 });
    expect(twoOfThree.rows.find((r) => r.jurisdiction === 'lead')).toMatchObject({ reported: 2 });
  });

  it('leaves nothing ranked when nobody reaches it', () => {
    const r = composite({ ...oneMetricLeader(), values: oneMetricLeader().values.map((v, k) => (k ? v.map(() => Number.NaN) : v)), minCoverage: 0.5 });
    expect(r.rows).toEqual([]);
    expect(r.insufficient!.length).toBe(6);
  });
});

describe('the stability band leaves metrics out', () => {
  it('widens the band of a place that leads on one metric alone', () => {
    const input = oneMetricLeader();
    const weightsOnly = composite(input).rows.find((r) => r.jurisdiction === 'lead')!;
    expect([weightsOnly.rank, weightsOnly.bandMin, weightsOnly.bandMax]).toEqual([1, 1, 1]);
    const dropping = composite({ ...input, drop: 0.2 }).rows.find((r) => r.jurisdiction === 'lead')!;
    expect(dropping.rank).toBe(1);
    expect(dropping.bandMin).toBe(1);
    // in a draw that leaves m0 out, it has no score: below the five others
    expect(dropping.bandMax).toBe(6);
  });

  it('is deterministic with the seed, and the same in parts as in one pass', () => {
    const input = { ...oneMetricLeader(), drop: 0.3 };
    expect(composite(input)).toEqual(composite(input));
    const p = prepareComposite(input);
    expect(finishComposite(input, p, [bandPart(p, input, 0, 97), bandPart(p, input, 97, 300)])).toEqual(composite(input));
  });

  it('keeps a band that contains the rank, and leaves a single metric in', () => {
    const input = { ...oneMetricLeader(), drop: 0.5 };
    for (const r of composite(input).rows) {
      expect(r.bandMin).toBeLessThanOrEqual(r.rank);
      expect(r.bandMax).toBeGreaterThanOrEqual(r.rank);
    }
    const one = { ...input, metrics: input.metrics.slice(0, 1), values: input.values.slice(0, 1), perturbation: 0 };
    for (const r of composite(one).rows) expect([r.bandMin, r.bandMax]).toEqual([r.rank, r.rank]);
  });
});
