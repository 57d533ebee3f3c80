import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { competitionRanks, RankWorkspace } from '../../../src/model/score-sort';

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
