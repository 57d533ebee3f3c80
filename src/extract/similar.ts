/**
 * The catalogue's indicators nearest to a figure's own words, for review: the figure's clause (what stands before it
 * up to the clause's start, and the noun after its measure word) against each indicator's name, wordings and
 * definition, as weighted sets of Chinese character pairs (TF-IDF, cosine). It ranks; it does not decide: most
 * figures state no indicator of the catalogue, and a near one is offered to the person reviewing, never chosen for
 * them. Indicators whose kind or unit cannot be the figure's are left out. Pure; built once per catalogue list.
 */
import type { Indicator } from '../model/indicators';
import type { Category, MetricKind } from '../model/schema';

type Vector = ReadonlyMap<string, number>;

interface Index {
  indicators: readonly Indicator[];
  /** per character pair: the indicators holding it (positions in `indicators`) and its weight in each */
  postings: ReadonlyMap<string, { at: Int32Array; weight: Float64Array }>;
  idf: ReadonlyMap<string, number>;
}

const HAN = /[\u4e00-\u9fff]+/g;

/** The character pairs of the Chinese runs of `s` (pairs never span a punctuation mark or a digit). */
export function pairsOf(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(HAN)) {
    const run = m[0];
    for (let k = 0; k + 1 < run.length; k++) out.push(run.slice(k, k + 2));
  }
  return out;
}

function add(counts: Map<string, number>, pairs: readonly string[], weight: number): void {
  for (const p of pairs) counts.set(p, (counts.get(p) ?? 0) + weight);
}

function unitVector(counts: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>): Vector {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [p, w] of counts) {
    const x = w * (idf.get(p) ?? 0);
    if (x > 0) {
      v.set(p, x);
      norm += x * x;
    }
  }
  norm = Math.sqrt(norm) || 1;
  for (const [p, x] of v) v.set(p, x / norm);
  return v;
}

const indexes = new WeakMap<readonly Indicator[], Index>();

/** Names weigh most, then the wordings reports use, then the definition's words. */
function indexOf(list: readonly Indicator[]): Index {
  let ix = indexes.get(list);
  if (ix) return ix;
  const indicators = list.filter((i) => !i.deprecated);
  const docs = indicators.map((i) => {
    const c = new Map<string, number>();
    add(c, pairsOf(i.name.zh), 3);
    for (const a of i.aliases) add(c, pairsOf(a), 2);
    add(c, pairsOf(i.definition.zh), 1);
    return c;
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const p of d.keys()) df.set(p, (df.get(p) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [p, n] of df) idf.set(p, Math.log(docs.length / (1 + n)) + 1);
  const lists = new Map<string, { at: number[]; weight: number[] }>();
  docs.forEach((d, k) => {
    for (const [p, x] of unitVector(d, idf)) {
      let l = lists.get(p);
      if (!l) lists.set(p, (l = { at: [], weight: [] }));
      l.at.push(k);
      l.weight.push(x);
    }
  });
  const postings = new Map<string, { at: Int32Array; weight: Float64Array }>();
  for (const [p, l] of lists) postings.set(p, { at: Int32Array.from(l.at), weight: Float64Array.from(l.weight) });
  ix = { indicators, postings, idf };
  indexes.set(list, ix);
  return ix;
}

/** a clause ends at these (not at 、: the items of a list share the words before them) */
const STOP = /[,,。;;!!??\n]/;

/** The words of the figure at [start, end) of `hay`: its clause before it, and what follows it to the clause's end. */
export function clauseWords(hay: string, start: number, end: number): { before: string; after: string } {
  let from = Math.max(0, start - BEFORE);
  for (let k = start - 1; k >= from; k--)
    if (STOP.test(hay[k]!)) {
      from = k + 1;
      break;
    }
  let to = Math.min(hay.length, end + AFTER);
  for (let k = end; k < to; k++)
    if (STOP.test(hay[k]!)) {
      to = k;
      break;
    }
  return { before: hay.slice(from, start), after: hay.slice(end, to) };
}

export interface SimilarQuery {
  /** the figure's clause before it (clauseWords) */
  before: string;
  /** what follows it to the clause's end */
  after: string;
  kind: MetricKind;
  /** the figure's unit (simplified) */
  unit: string;
  area: Category;
  /** whether an indicator's unit can be the figure's (count-like kinds; rates and amounts always fit) */
  fits: (i: Indicator, unit: string) => boolean;
}

/** at most this much of the clause before a figure is read (its nearest words) */
const BEFORE = 40;
/** the noun after a count is what it counts: it weighs twice */
const AFTER = 16;
const AFTER_WEIGHT = 2;
/** the figure's own area lifts its indicators a little among near ones */
const OWN_AREA = 1.15;
/** below this a match shares too little to offer */
const FLOOR = 0.08;

/** Up to `n` indicators nearest to the figure's words, nearest first. */
export function similarIndicators(list: readonly Indicator[], q: SimilarQuery, n: number): string[] {
  if (q.kind === 'change' || !list.length) return [];
  const ix = indexOf(list);
  const counts = new Map<string, number>();
  add(counts, pairsOf(q.before), 1);
  add(counts, pairsOf(q.after), AFTER_WEIGHT);
  const v = unitVector(counts, ix.idf);
  if (!v.size) return [];
  // only indicators sharing a pair with the figure's words can score
  const sums = new Map<number, number>();
  for (const [p, x] of v) {
    const l = ix.postings.get(p);
    if (l) for (let j = 0; j < l.at.length; j++) sums.set(l.at[j]!, (sums.get(l.at[j]!) ?? 0) + x * l.weight[j]!);
  }
  const scored: { id: string; s: number }[] = [];
  for (const [k, sum] of sums) {
    const i = ix.indicators[k]!;
    if (i.kind !== q.kind || !q.fits(i, q.unit)) continue;
    const s = i.area === q.area ? sum * OWN_AREA : sum;
    if (s >= FLOOR) scored.push({ id: i.id, s });
  }
  scored.sort((a, b) => b.s - a.s);
  return scored.slice(0, n).map((x) => x.id);
}
