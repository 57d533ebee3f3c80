/**
 * One metric's ranking and the normalisation the composite builds on. Pure and deterministic.
 *  - rankMetric: competition ranking (1, 2, 2, 4) in the metric's direction (higher/lower is better; neutral
 *    ranks by size, largest first, and says so).
 *  - normalise: a metric's values to 0–100 where higher is better (min–max, rank or z-score).
 */
import type { Better, Caveat, Qualifier } from './schema';
import type { Normalisation } from './constants';
import { competitionRanks } from './score-sort';

export interface RankEntry {
  jurisdiction: string;
  value: number;
  qualifier: Qualifier;
  period: number;
  observation: string;
  derived: boolean;
  /** why the figure is not like-for-like (undefined: nothing to say) */
  caveats?: readonly Caveat[] | undefined;
}

export interface RankedEntry extends RankEntry {
  rank: number;
  tied: boolean;
}

/** Competition ranking ("1224"): equal values share the best rank; order within ties by jurisdiction id. */
export function rankMetric(entries: readonly RankEntry[], better: Better): RankedEntry[] {
  const dir = better === 'lower' ? 1 : -1;
  // group equal values, sort the distinct values natively: no comparator over thousands of objects
  const groups = new Map<number, number[]>();
  entries.forEach((e, i) => {
    const k = dir * e.value;
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  });
  const keys = Float64Array.from(groups.keys());
  keys.sort();
  const out: RankedEntry[] = [];
  for (const k of keys) {
    const g = groups.get(k)!;
    if (g.length > 1) g.sort((a, b) => (entries[a]!.jurisdiction < entries[b]!.jurisdiction ? -1 : 1));
    const rank = out.length + 1;
    const tied = g.length > 1;
    for (const i of g) {
      const e = entries[i]!;
      out.push({ jurisdiction: e.jurisdiction, value: e.value, qualifier: e.qualifier, period: e.period, observation: e.observation, derived: e.derived, caveats: e.caveats, rank, tied });
    }
  }
  return out;
}

/** Normalises one metric's values to 0–100 where higher is better; NaN stays NaN. */
export function normalise(values: Float64Array, better: Better, method: Normalisation): Float64Array {
  const n = values.length;
  const out = new Float64Array(n).fill(Number.NaN);
  const sign = better === 'lower' ? -1 : 1;
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i]!)) idx.push(i);
  if (idx.length === 0) return out;
  if (method === 'rank') {
    // percentile of the competition rank: best = 100, worst = 0; a single value = 100
    const s = new Float64Array(n);
    const v = new Uint8Array(n);
    for (const i of idx) {
      s[i] = sign * values[i]!;
      v[i] = 1;
    }
    const r = competitionRanks(s, v);
    for (const i of idx) out[i] = idx.length === 1 ? 100 : (100 * (idx.length - r[i]!)) / (idx.length - 1);
    return out;
  }
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const i of idx) {
    const x = sign * values[i]!;
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
  }
  if (method === 'minmax') {
    for (const i of idx) out[i] = max === min ? 100 : (100 * (sign * values[i]! - min)) / (max - min);
    return out;
  }
  const mean = sum / idx.length;
  let sq = 0;
  for (const i of idx) sq += (sign * values[i]! - mean) ** 2;
  const sd = Math.sqrt(sq / idx.length);
  // z-score mapped to 0–100 (50 = mean, ±3 sd clamp) so it can be weighted with the others
  for (const i of idx) {
    const z = sd === 0 ? 0 : (sign * values[i]! - mean) / sd;
    out[i] = 50 + (Math.max(-3, Math.min(3, z)) * 50) / 3;
  }
  return out;
}
