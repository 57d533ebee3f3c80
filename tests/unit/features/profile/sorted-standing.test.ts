import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { standingAmong } from '../../../../src/model/distribution';
import { sortedFigures, standingAmongSorted } from '../../../../src/features/profile/sorted-standing';
import type { Qualifier } from '../../../../src/model/schema';

const QUALIFIERS: Qualifier[] = ['exact', 'at_least', 'at_most', 'approx', 'range'];
// few distinct values, so that ties (and -0 beside 0) are common
const figure = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(-0, 0, 0.5, Number.NaN), fc.double({ noDefaultInfinity: true, noNaN: true }));

describe('a figure placed among the sorted others', () => {
  it('says what standingAmong says of the unsorted others (property: values, ties, -0, NaN, ranges)', () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 40 }), figure, fc.option(figure, { nil: undefined }), fc.constantFrom(...QUALIFIERS), (others, value, valueMax, qualifier) => {
        const f = { value, qualifier, valueMax };
        expect(standingAmongSorted(f, sortedFigures(others))).toEqual(standingAmong(f, others));
      }),
      { numRuns: 2000 },
    );
  });

  it('places a figure by the known answer: median with it, ties half, fewer than three none', () => {
    const others = [40, 10, 30, 20];
    expect(standingAmongSorted({ value: 35, qualifier: 'exact' }, sortedFigures(others))).toEqual({ dist: { n: 5, median: 30, q1: 20, q3: 35 }, percentile: 75, bound: 'exact' });
    expect(standingAmongSorted({ value: 20, qualifier: 'at_least' }, sortedFigures([20, 10]))).toEqual({ dist: { n: 3, median: 20, q1: 15, q3: 20 }, percentile: 75, bound: 'at_least' });
    expect(standingAmongSorted({ value: 5, qualifier: 'exact' }, sortedFigures([1]))).toBeNull();
  });

  it('sorts an array once and leaves it as it was', () => {
    const values = [3, Number.NaN, 1, 2];
    const a = sortedFigures(values);
    expect(Array.from(a)).toEqual([1, 2, 3]);
    expect(sortedFigures(values)).toBe(a);
    expect(values).toEqual([3, Number.NaN, 1, 2]);
  });
});
