/**
 * The composite ranking. Pure and deterministic.
 *  - composite: weighted sum of normalised metrics (min–max, rank or z-score), a missing-data policy, coverage
 *    and a minimum coverage (a place under it is listed apart, not ranked), and a stability band: the range of
 *    ranks under seeded random draws that perturb each weight and leave each metric out with some probability,
 *    computable in parts (prepareComposite, bandPart, finishComposite).
 *  - tiers: 第一/第二/第三梯队 as an alternative to strict ranks.
 */
import type { Better } from './schema';
import type { MissingPolicy, Normalisation } from './constants';
import { mulberry32 } from './random';
import { normalise } from './rank';
import { competitionRanks, RankWorkspace } from './score-sort';

export interface CompositeInput {
  jurisdictions: readonly string[];
  metrics: readonly { id: string; better: Better; weight: number }[];
  /** values[m][j]: NaN when not reported */
  values: readonly Float64Array[];
  normalisation: Normalisation;
  missing: MissingPolicy;
  /**
   * the share of the total weight (0–1) a place must report to be ranked (absent: 0, any place that reports one
   * metric); a place that reports something but less is listed in `insufficient`
   */
  minCoverage?: number | undefined;
  /** relative perturbation of each weight, e.g. 0.25 for ±25% */
  perturbation: number;
  /**
   * the probability that a draw of the stability band leaves a metric out (absent: 0); a draw that would leave
   * all out keeps all, and a place none of whose metrics is kept counts as below every place that has a score
   */
  drop?: number | undefined;
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

/** A place that reports some of the metrics, too few to be ranked (under the minimum coverage). */
export interface InsufficientRow {
  jurisdiction: string;
  coverage: number;
  reported: number;
}

export interface CompositeResult {
  rows: CompositeRow[];
  /** jurisdictions left out (missing policy "exclude", or nothing reported) */
  excluded: string[];
  /** places under the minimum coverage, highest coverage first (absent: none) */
  insufficient?: InsufficientRow[] | undefined;
}

/** What every part of a composite computation needs: normalised columns, who is included, the base ranking. */
export interface PreparedComposite {
  nj: number;
  nm: number;
  include: Uint8Array;
  /** 1 where a place reports something but is under the minimum coverage */
  short: Uint8Array;
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

/** Above this magnitude a metric's figures are scaled down before they are normalised (their squares would overflow). */
const SCALE_ABOVE = 2 ** 400;

/**
 * A metric's figures divided by a power of two when they are so large that differences or squares would overflow
 * (1e308 next to 3): min–max, z-score and rank give the same order and scores for scaled figures, and division by
 * a power of two is exact, so figures of ordinary size are left as they are.
 */
export function scaledForNormalising(values: Float64Array): Float64Array {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]!);
    if (a > max) max = a;
  }
  if (!(max > SCALE_ABOVE) || !Number.isFinite(max)) return values;
  const scale = 2 ** Math.floor(Math.log2(max));
  return values.map((v) => v / scale);
}

/** Figures are compared to 1e-6 by the ranking (./score-sort.ts); above this magnitude such keys lose whole units. */
const EXACT_KEYS_BELOW = Number.MAX_SAFE_INTEGER / 1e6;

/**
 * A metric's figures replaced by their places in order (0, 1, 2 …; figures equal to 1e-6 share one) when they are
 * too large for the ranking's keys (1e308 × 1e6 is Infinity): the rank normalisation gives the same percentiles.
 */
export function ordinalsForRanking(values: Float64Array): Float64Array {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]!);
    if (a > max) max = a;
  }
  if (!(max > EXACT_KEYS_BELOW)) return values;
  const idx: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) idx.push(i);
  idx.sort((x, y) => values[x]! - values[y]!);
  const out = new Float64Array(values.length).fill(Number.NaN);
  const key = (v: number) => Math.round(v * 1e6);
  let ord = 0;
  idx.forEach((i, k) => {
    if (k > 0) {
      const prev = values[idx[k - 1]!]!;
      const same = values[i] === prev || (Number.isFinite(key(prev)) && key(prev) === key(values[i]!));
      if (!same) ord++;
    }
    out[i] = ord;
  });
  return out;
}

export function prepareComposite(input: CompositeInput): PreparedComposite {
  const nj = input.jurisdictions.length;
  const nm = input.metrics.length;
  const prepared = (v: Float64Array) => (input.normalisation === 'rank' ? ordinalsForRanking(v) : scaledForNormalising(v));
  const norm = input.metrics.map((m, k) => normalise(prepared(input.values[k]!), m.better, input.normalisation));
  const totalWeight = input.metrics.reduce((s, m) => s + m.weight, 0);
  const include = new Uint8Array(nj);
  const short = new Uint8Array(nj);
  // a small tolerance, so that 2 of 3 equal weights meet a minimum of 66 % and 1 of 2 one of 50 %
  const minCoverage = (input.minCoverage ?? 0) - 1e-9;
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
    const counts = reported[j]! > 0 && (input.missing === 'partial' || reported[j] === nm) && w > 0;
    include[j] = counts && coverage[j]! >= minCoverage ? 1 : 0;
    short[j] = counts && !include[j] ? 1 : 0;
  }
  const xs = norm.map((col) => col.map((x) => (Number.isNaN(x) ? 0 : x)));
  const missing: number[] = [];
  for (let j = 0; j < nj; j++) if (include[j]) for (let k = 0; k < nm; k++) if (Number.isNaN(norm[k]![j]!)) missing.push(j, k);
  const baseWeights = Float64Array.from(input.metrics.map((m) => m.weight));
  const p: PreparedComposite = {
    nj,
    nm,
    include,
    short,
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
 * The range of ranks over draws `from` … `to` - 1 of the stability band. Draw d takes the seeded generator's
 * numbers d × per … (d + 1) × per - 1 (per = nm, or 2 × nm when metrics are left out): one for each weight's
 * perturbation, then one for each metric whether it is left out. So the band can be computed in parts (e.g. in
 * parallel) and the parts give the same band as one pass (tests/unit/model/composite.test.ts).
 */
export function bandPart(p: PreparedComposite, input: Pick<CompositeInput, 'perturbation' | 'seed' | 'drop'>, from: number, to: number): BandPart {
  const { nj, nm, include, baseWeights, reported, missing } = p;
  const min = Int32Array.from(p.ranks);
  const max = Int32Array.from(p.ranks);
  const drop = nm > 1 ? (input.drop ?? 0) : 0;
  const per = drop > 0 ? 2 * nm : nm;
  const rnd = mulberry32(input.seed);
  for (let i = from * per; i > 0; i--) rnd();
  const score = scorer(p);
  const w = new Float64Array(nm);
  const s = new Float64Array(nj);
  const left = new Uint8Array(nm);
  // per place, how many of its reported metrics a draw leaves out
  const gone = new Int32Array(nj);
  const scratch = new RankWorkspace(nj);
  for (let d = from; d < to; d++) {
    for (let k = 0; k < nm; k++) w[k] = baseWeights[k]! * (1 + input.perturbation * (2 * rnd() - 1));
    let dropped = 0;
    if (drop > 0) {
      for (let k = 0; k < nm; k++) dropped += left[k] = rnd() < drop ? 1 : 0;
      if (dropped === nm) dropped = 0;
      if (dropped) for (let k = 0; k < nm; k++) if (left[k]) w[k] = 0;
    }
    score(w, s);
    const r = competitionRanks(s, include, scratch);
    if (dropped) {
      // a place whose every reported metric is left out has no score in this draw: below all that have one
      gone.fill(dropped);
      for (let q = 0; q < missing.length; q += 2) if (left[missing[q + 1]!]) gone[missing[q]!]!--;
      let scored = 0;
      for (let j = 0; j < nj; j++) if (include[j] && gone[j]! < reported[j]!) scored++;
      for (let j = 0; j < nj; j++) if (include[j] && gone[j]! >= reported[j]!) r[j] = scored + 1;
    }
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
  const excluded = [...Array(nj).keys()].filter((j) => !include[j] && !p.short[j]).map((j) => input.jurisdictions[j]!);
  const insufficient = [...Array(nj).keys()]
    .filter((j) => p.short[j])
    .map((j) => ({ jurisdiction: input.jurisdictions[j]!, coverage: coverage[j]!, reported: reported[j]! }))
    .sort((a, b) => b.coverage - a.coverage || a.jurisdiction.localeCompare(b.jurisdiction));
  return { rows, excluded, ...(insufficient.length ? { insufficient } : {}) };
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
