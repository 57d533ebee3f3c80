/**
 * Competition ranks of a score array (higher is better, ties share the best rank): a three-pass radix sort of
 * quantised scores for the usual 0–134 range, one native sort of packed keys otherwise. The composite's stability
 * band ranks hundreds of weight draws over thousands of jurisdictions with it. Pure and deterministic.
 */

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
