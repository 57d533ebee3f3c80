/**
 * Rankings. Pure and deterministic.
 *  - rankMetric: one metric, competition ranking (1, 2, 2, 4) in the metric's direction
 *    (higher/lower is better; neutral ranks by size, largest first, and says so).
 *  - composite: weighted sum of normalised metrics (min–max, rank or z-score), a missing-data policy,
 *    coverage, and a stability band: the range of ranks under seeded random weight perturbations.
 *  - tiers: 第一/第二/第三梯队 as an alternative to strict ranks.
 */
import type { Better, Qualifier } from './schema';
import type { MissingPolicy, Normalisation } from './constants';
import { mulberry32 } from './random';
export { mulberry32 };

export interface RankEntry {
  jurisdiction: string;
  value: number;
  qualifier: Qualifier;
  period: number;
  observation: string;
  derived: boolean;
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
      out.push({ jurisdiction: e.jurisdiction, value: e.value, qualifier: e.qualifier, period: e.period, observation: e.observation, derived: e.derived, rank, tied });
    }
  }
  return out;
}

/** Scores are compared to 1e-6: closer scores are ties (sub-millionth differences are rounding noise). */
const SCORE_STEP = 1e6;

/** Scores quantised to SCORE_STEP that fit in 27 bits (0–100 scores need 1e8 < 2^27) are sorted by radix. */
const RADIX_BITS = 9;
const RADIX = 1 << RADIX_BITS;
const MAX_Q = 2 ** (3 * RADIX_BITS) - 1;

/** Buffers for competitionRanks, reused across the draws of a stability band. */
export class RankWorkspace {
  readonly a: Uint32Array;
  readonly ai: Uint32Array;
  readonly b: Uint32Array;
  readonly bi: Uint32Array;
  readonly count = new Uint32Array(RADIX);
  constructor(readonly n: number) {
    this.a = new Uint32Array(n);
    this.ai = new Uint32Array(n);
    this.b = new Uint32Array(n);
    this.bi = new Uint32Array(n);
  }
}

/**
 * Competition ranks for a score array (higher score = better); ties share the best rank; invalid entries get 0.
 * Scores are compared after quantising to 1e-6. The stability band calls this hundreds of times over thousands
 * of jurisdictions, so scores in 0 … 134 (all normalised composites) go through a three-pass radix sort of the
 * quantised keys; any other score falls back to one native sort of packed keys.
 */
export function competitionRanks(scores: Float64Array, valid: Uint8Array, ws?: RankWorkspace): Int32Array {
  const n = scores.length;
  const w = ws && ws.n >= n ? ws : new RankWorkspace(n);
  let { a, ai, b, bi } = w;
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (!valid[i]) continue;
    const q = Math.round(scores[i]! * SCORE_STEP);
    if (!(q >= 0 && q <= MAX_Q)) return packedRanks(scores, valid);
    a[m] = MAX_Q - q; // ascending key = descending score
    ai[m++] = i;
  }
  const count = w.count;
  for (let shift = 0; shift < 3 * RADIX_BITS; shift += RADIX_BITS) {
    count.fill(0);
    for (let k = 0; k < m; k++) count[(a[k]! >>> shift) & (RADIX - 1)]!++;
    let sum = 0;
    for (let r = 0; r < RADIX; r++) {
      const c = count[r]!;
      count[r] = sum;
      sum += c;
    }
    for (let k = 0; k < m; k++) {
      const key = a[k]!;
      const to = count[(key >>> shift) & (RADIX - 1)]!++;
      b[to] = key;
      bi[to] = ai[k]!;
    }
    const t = a;
    a = b;
    b = t;
    const ti = ai;
    ai = bi;
    bi = ti;
  }
  const ranks = new Int32Array(n);
  let prev = -1;
  let rank = 0;
  for (let k = 0; k < m; k++) {
    const key = a[k]!;
    if (key !== prev) rank = k + 1;
    prev = key;
    ranks[ai[k]!] = rank;
  }
  return ranks;
}

/**
 * The general case: each score and its index are packed into one number (quantised score × 2^b + index) so that
 * one native numeric sort orders them.
 */
function packedRanks(scores: Float64Array, valid: Uint8Array): Int32Array {
  const n = scores.length;
  const span = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
  const qs = new Float64Array(n);
  let exact = true;
  for (let i = 0; i < n; i++) {
    if (!valid[i]) continue;
    qs[i] = Math.round(scores[i]! * SCORE_STEP);
    if (!(Math.abs(qs[i]!) * span < 2 ** 53)) exact = false; // too large to pack (or NaN): compare instead
  }
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (valid[i]) order.push(i);
  if (exact) {
    // descending by score: negate the quantised score; ascending index breaks ties deterministically
    const keys = Float64Array.from(order, (i) => -qs[i]! * span + i);
    keys.sort();
    for (let k = 0; k < keys.length; k++) {
      const q = Math.floor(keys[k]! / span);
      order[k] = keys[k]! - q * span;
    }
  } else order.sort((a, b) => (qs[b]! > qs[a]! ? 1 : qs[b]! < qs[a]! ? -1 : a - b));
  const ranks = new Int32Array(n);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    ranks[i] = k > 0 && qs[order[k - 1]!] === qs[i] ? ranks[order[k - 1]!]! : k + 1;
  }
  return ranks;
}

export interface CompositeInput {
  jurisdictions: readonly string[];
  metrics: readonly { id: string; better: Better; weight: number }[];
  /** values[m][j]: NaN when not reported */
  values: readonly Float64Array[];
  normalisation: Normalisation;
  missing: MissingPolicy;
  /** relative perturbation of each weight, e.g. 0.25 for ±25% */
  perturbation: number;
  draws: number;
  seed: number;
}

export interface CompositeRow {
  jurisdiction: string;
  /** 0–100 */
  score: number;
  rank: number;
  /** share of the total weight the jurisdiction reported, 0–1 */
  coverage: number;
  reported: number;
  bandMin: number;
  bandMax: number;
  tier: 1 | 2 | 3;
}

export interface CompositeResult {
  rows: CompositeRow[];
  /** jurisdictions left out (missing policy "exclude", or nothing reported) */
  excluded: string[];
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


/** What every part of a composite computation needs: normalised columns, who is included, the base ranking. */
export interface PreparedComposite {
  nj: number;
  nm: number;
  include: Uint8Array;
  coverage: Float64Array;
  reported: Int32Array;
  /** per metric, the normalised values with 0 where not reported */
  xs: Float64Array[];
  /** pairs (jurisdiction, metric) not reported, for included jurisdictions */
  missing: Int32Array;
  baseWeights: Float64Array;
  scores: Float64Array;
  ranks: Int32Array;
}

/** The range of ranks over some draws (a part of the stability band). */
export interface BandPart {
  min: Int32Array;
  max: Int32Array;
}

export function prepareComposite(input: CompositeInput): PreparedComposite {
  const nj = input.jurisdictions.length;
  const nm = input.metrics.length;
  const norm = input.metrics.map((m, k) => normalise(input.values[k]!, m.better, input.normalisation));
  const totalWeight = input.metrics.reduce((s, m) => s + m.weight, 0);
  const include = new Uint8Array(nj);
  const coverage = new Float64Array(nj);
  const reported = new Int32Array(nj);
  for (let j = 0; j < nj; j++) {
    let w = 0;
    for (let k = 0; k < nm; k++)
      if (!Number.isNaN(norm[k]![j]!)) {
        w += input.metrics[k]!.weight;
        reported[j]!++;
      }
    coverage[j] = totalWeight > 0 ? w / totalWeight : 0;
    include[j] = reported[j]! > 0 && (input.missing === 'partial' || reported[j] === nm) && w > 0 ? 1 : 0;
  }
  const xs = norm.map((col) => col.map((x) => (Number.isNaN(x) ? 0 : x)));
  const missing: number[] = [];
  for (let j = 0; j < nj; j++) if (include[j]) for (let k = 0; k < nm; k++) if (Number.isNaN(norm[k]![j]!)) missing.push(j, k);
  const baseWeights = Float64Array.from(input.metrics.map((m) => m.weight));
  const p: PreparedComposite = {
    nj,
    nm,
    include,
    coverage,
    reported,
    xs,
    missing: Int32Array.from(missing),
    baseWeights,
    scores: new Float64Array(nj),
    ranks: new Int32Array(nj),
  };
  scorer(p)(baseWeights, p.scores);
  p.ranks = competitionRanks(p.scores, include);
  return p;
}

/**
 * Scores for a weight vector: numerators are weighted sums over contiguous columns (four metrics per sweep,
 * added in metric order, so the sums are the same as one metric at a time), a denominator is the total weight
 * less the weights of the few metrics a jurisdiction did not report.
 */
function scorer(p: PreparedComposite): (weights: Float64Array, out: Float64Array) => void {
  const { nj, nm, xs, missing, include } = p;
  const num = new Float64Array(nj);
  const den = new Float64Array(nj);
  return (weights, out) => {
    const x0 = xs[0]!;
    const w0 = weights[0]!;
    let total = 0;
    for (let k = 0; k < nm; k++) total += weights[k]!;
    for (let j = 0; j < nj; j++) num[j] = w0 * x0[j]!;
    let k = 1;
    for (; k + 4 <= nm; k += 4) {
      const [a, b, c, d] = [xs[k]!, xs[k + 1]!, xs[k + 2]!, xs[k + 3]!];
      const [wa, wb, wc, wd] = [weights[k]!, weights[k + 1]!, weights[k + 2]!, weights[k + 3]!];
      for (let j = 0; j < nj; j++) num[j] = num[j]! + wa * a[j]! + wb * b[j]! + wc * c[j]! + wd * d[j]!;
    }
    for (; k < nm; k++) {
      const wk = weights[k]!;
      const x = xs[k]!;
      for (let j = 0; j < nj; j++) num[j] = num[j]! + wk * x[j]!;
    }
    den.fill(total);
    for (let q = 0; q < missing.length; q += 2) den[missing[q]!] = den[missing[q]!]! - weights[missing[q + 1]!]!;
    for (let j = 0; j < nj; j++) out[j] = include[j] && den[j]! > 1e-12 * total ? num[j]! / den[j]! : 0;
  };
}

/**
 * The range of ranks over draws `from` … `to` - 1 of the stability band. Draw d perturbs each weight with the
 * seeded generator's numbers d × nm … (d + 1) × nm - 1, so the band can be computed in parts (e.g. in parallel)
 * and the parts give the same band as one pass (tests/unit/model/rank.test.ts).
 */
export function bandPart(p: PreparedComposite, input: Pick<CompositeInput, 'perturbation' | 'seed'>, from: number, to: number): BandPart {
  const { nj, nm, include, baseWeights } = p;
  const min = Int32Array.from(p.ranks);
  const max = Int32Array.from(p.ranks);
  const rnd = mulberry32(input.seed);
  for (let i = from * nm; i > 0; i--) rnd();
  const score = scorer(p);
  const w = new Float64Array(nm);
  const s = new Float64Array(nj);
  const scratch = new RankWorkspace(nj);
  for (let d = from; d < to; d++) {
    for (let k = 0; k < nm; k++) w[k] = baseWeights[k]! * (1 + input.perturbation * (2 * rnd() - 1));
    score(w, s);
    const r = competitionRanks(s, include, scratch);
    for (let j = 0; j < nj; j++) {
      if (!include[j]) continue;
      if (r[j]! < min[j]!) min[j] = r[j]!;
      if (r[j]! > max[j]!) max[j] = r[j]!;
    }
  }
  return { min, max };
}

/** Rows of the result: the base ranking with the band over all parts. */
export function finishComposite(input: CompositeInput, p: PreparedComposite, parts: readonly BandPart[]): CompositeResult {
  const { nj, include, scores, ranks, coverage, reported } = p;
  const bandMin = Int32Array.from(ranks);
  const bandMax = Int32Array.from(ranks);
  for (const part of parts)
    for (let j = 0; j < nj; j++) {
      if (part.min[j]! < bandMin[j]!) bandMin[j] = part.min[j]!;
      if (part.max[j]! > bandMax[j]!) bandMax[j] = part.max[j]!;
    }
  const included = [...Array(nj).keys()].filter((j) => include[j]);
  const n = included.length;
  const rows: CompositeRow[] = included
    .map((j) => ({
      jurisdiction: input.jurisdictions[j]!,
      score: Math.round(scores[j]! * 100) / 100,
      rank: ranks[j]!,
      coverage: coverage[j]!,
      reported: reported[j]!,
      bandMin: bandMin[j]!,
      bandMax: bandMax[j]!,
      tier: tierOf(ranks[j]!, n),
    }))
    .sort((a, b) => a.rank - b.rank || a.jurisdiction.localeCompare(b.jurisdiction));
  const excluded = [...Array(nj).keys()].filter((j) => !include[j]).map((j) => input.jurisdictions[j]!);
  return { rows, excluded };
}

/** The whole composite: prepare, the band's draws, the rows. */
export function composite(input: CompositeInput): CompositeResult {
  const p = prepareComposite(input);
  return finishComposite(input, p, [bandPart(p, input, 0, input.draws)]);
}

/** 第一/第二/第三梯队: thirds of the ranked list (ties share the tier of their rank). */
export function tierOf(rank: number, n: number): 1 | 2 | 3 {
  if (n <= 0) return 1;
  const third = Math.ceil(n / 3);
  return rank <= third ? 1 : rank <= 2 * third ? 2 : 3;
}
