/**
 * Where a figure falls among all places' figures of the same indicator, pure: the median and the middle half
 * (quartiles, linear interpolation between order statistics) and a figure's percentile (the share of the others it
 * is above, ties counting half). Places that do not report are not in the distribution (never as 0).
 */

export interface Distribution {
  n: number;
  median: number;
  q1: number;
  q3: number;
}

function quantile(sorted: Float64Array, p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** The distribution of `values` (NaN left out); null for fewer than three values (no middle half to speak of). */
export function distributionOf(values: Iterable<number>): Distribution | null {
  const list: number[] = [];
  for (const v of values) if (!Number.isNaN(v)) list.push(v);
  if (list.length < 3) return null;
  const sorted = Float64Array.from(list).sort();
  return { n: sorted.length, median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75) };
}

/** The percentile of `value` among `values` (0–100, rounded): below all 0, above all 100, ties count half. */
export function percentileAmong(value: number, values: readonly number[]): number {
  const others = values.filter((v) => !Number.isNaN(v));
  if (others.length <= 1) return 50;
  let below = 0;
  let equal = 0;
  for (const v of others) {
    if (v < value) below++;
    else if (v === value) equal++;
  }
  // the value itself is among `values`: leave one equal out
  const n = others.length - 1;
  return Math.round((100 * (below + Math.max(0, equal - 1) / 2)) / n);
}
