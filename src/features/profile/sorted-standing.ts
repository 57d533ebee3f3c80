/**
 * Where a figure stands among a spread's figures, the same answer as `standingAmong` (src/model/distribution.ts)
 * from the others' figures sorted once: the profile places hundreds of figures, each among thousands of places, and
 * sorting them again for every figure (twice: the chart and the table) took longer than drawing the view. Pure.
 */
import { standingAmong, type Distribution, type Standing } from '../../model/distribution';
import type { FormatInput } from '../../model/format';

const cache = new WeakMap<readonly number[], Float64Array>();

/** The figures in ascending order, NaN (not reported) left out; sorted once per array (spreads are not changed). */
export function sortedFigures(values: readonly number[]): Float64Array {
  let sorted = cache.get(values);
  if (!sorted) {
    sorted = Float64Array.from(values.filter((v) => !Number.isNaN(v))).sort();
    cache.set(values, sorted);
  }
  return sorted;
}

/** How many sorted figures are below `v` (numerically: -0 and 0 are equal). */
function below(s: Float64Array, v: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many sorted figures are below or equal to `v`. */
function atMost(s: Float64Array, v: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The percentile of `v` among the sorted others and `v` itself (ties count half), as `percentileAmong` says it. */
function percentileWith(s: Float64Array, v: number): number {
  if (s.length === 0) return 50;
  const lo = below(s, v);
  const equal = atMost(s, v) - lo;
  return Math.round((100 * (lo + equal / 2)) / s.length);
}

/** The distribution of the sorted others with `v` put in its place (a typed array sorts -0 before 0). */
function distributionWith(s: Float64Array, v: number): Distribution | null {
  const n = s.length + 1;
  if (n < 3) return null;
  const at = v === 0 && !Object.is(v, -0) ? atMost(s, v) : below(s, v);
  const item = (k: number) => (k < at ? s[k]! : k === at ? v : s[k - 1]!);
  const quantile = (p: number) => {
    const x = (n - 1) * p;
    const lo = Math.floor(x);
    const hi = Math.ceil(x);
    return item(lo) + (item(hi) - item(lo)) * (x - lo);
  };
  return { n, median: quantile(0.5), q1: quantile(0.25), q3: quantile(0.75) };
}

/** `standingAmong(f, others)` with `sorted` = sortedFigures(others). */
export function standingAmongSorted(f: FormatInput, sorted: Float64Array): Standing | null {
  if (Number.isNaN(f.value) || (f.valueMax !== undefined && Number.isNaN(f.valueMax))) return standingAmong(f, Array.from(sorted));
  const dist = distributionWith(sorted, f.value);
  if (!dist) return null;
  const percentile = percentileWith(sorted, f.value);
  if (f.qualifier === 'range' && f.valueMax !== undefined && f.valueMax !== f.value) {
    return { dist, percentile, upper: percentileWith(sorted, f.valueMax), bound: 'range' };
  }
  return { dist, percentile, bound: f.qualifier === 'range' ? 'exact' : f.qualifier };
}
