/**
 * Scoring of the extractor against curated observations (used by scripts/extract-eval.ts).
 * A match = same report, category, value and qualifier; each curated observation matches at most once.
 * Practice mentions match on report, practice and offset.
 */
import type { Category, Mention, Qualifier } from '../../src/model/schema';

export interface Scored {
  category: Category;
  value: number;
  qualifier: Qualifier;
  figure?: string | undefined;
  quote: string;
}

export interface Score {
  curated: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
}

export interface MatchResult extends Score {
  missed: Scored[];
  spurious: Scored[];
}

const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const ratio = (a: number, b: number): number => (b === 0 ? (a === 0 ? 1 : 0) : Math.round((a / b) * 10000) / 10000);

export function score(curated: number, extracted: number, matched: number): Score {
  return { curated, extracted, matched, precision: ratio(matched, extracted), recall: ratio(matched, curated) };
}

export function matchObservations(curated: readonly Scored[], extracted: readonly Scored[]): MatchResult {
  const used = new Set<number>();
  const spurious: Scored[] = [];
  for (const e of extracted) {
    const i = curated.findIndex(
      (c, k) => !used.has(k) && c.category === e.category && c.qualifier === e.qualifier && sameValue(c.value, e.value),
    );
    if (i < 0) spurious.push(e);
    else used.add(i);
  }
  const missed = curated.filter((_, k) => !used.has(k));
  return { ...score(curated.length, extracted.length, used.size), missed, spurious };
}

export function matchMentions(curated: readonly Mention[], extracted: readonly Mention[]): Score {
  const key = (m: Mention) => `${m.report}\u0000${m.practice}\u0000${m.offset}`;
  const pool = new Map<string, number>();
  for (const c of curated) pool.set(key(c), (pool.get(key(c)) ?? 0) + 1);
  let matched = 0;
  for (const e of extracted) {
    const n = pool.get(key(e)) ?? 0;
    if (n > 0) {
      matched++;
      pool.set(key(e), n - 1);
    }
  }
  return score(curated.length, extracted.length, matched);
}

/** A figure on the text: its span [start, end), what it says, its area and its catalogue indicator (null: none). */
export interface FigureAt {
  start: number;
  end: number;
  value: number;
  qualifier: Qualifier;
  area: Category;
  indicator: string | null;
  figure: string;
  /** what review offers first besides `indicator` (extracted figures only) */
  suggested?: readonly string[];
}

export interface FigureScore {
  labelled: number;
  extracted: number;
  matched: number;
  recall: number;
  precision: number;
  /**
   * matched figures with the right area, and their share of the matched: the labelled area, or the area of the
   * labelled indicator (the labelling rules and the catalogue file a few things differently, e.g. 学法);
   * `areaStrict`: the labelled area only
   */
  areaRight: number;
  area: number;
  areaStrictRight: number;
  areaStrict: number;
  /** labelled figures with an indicator; of them, those matched by a figure with exactly that indicator */
  indicatorLabelled: number;
  indicatorRight: number;
  indicatorRate: number;
  /** matched figures the extractor gave an indicator; of them, those whose indicator is the labelled one */
  indicatorGiven: number;
  indicatorGivenRight: number;
  indicatorPrecision: number;
  /**
   * labelled figures with an indicator whose indicator review puts in front of the person: the one given, or one of
   * the suggestions offered first; and their share of the labelled
   */
  indicatorReached: number;
  indicatorReach: number;
}

export interface FigureMatch extends FigureScore {
  missed: FigureAt[];
  spurious: FigureAt[];
  /** matched pairs whose area or indicator differ */
  wrong: { label: FigureAt; got: FigureAt }[];
}

const overlaps = (a: FigureAt, b: FigureAt): boolean => a.start < b.end && b.start < a.end;

/** Adds up scores of several texts (counts summed, shares recomputed). */
export function sumFigureScores(scores: readonly FigureScore[]): FigureScore {
  const t = (k: keyof FigureScore) => scores.reduce((s, x) => s + x[k], 0);
  return figureScore(t('labelled'), t('extracted'), t('matched'), [t('areaRight'), t('areaStrictRight')], t('indicatorLabelled'), t('indicatorRight'), t('indicatorGiven'), t('indicatorGivenRight'), t('indicatorReached'));
}

function figureScore(
  labelled: number,
  extracted: number,
  matched: number,
  [areaRight, areaStrictRight]: [number, number],
  indicatorLabelled: number,
  indicatorRight: number,
  indicatorGiven: number,
  indicatorGivenRight: number,
  indicatorReached: number,
): FigureScore {
  return {
    labelled, extracted, matched, recall: ratio(matched, labelled), precision: ratio(matched, extracted),
    areaRight, area: ratio(areaRight, matched), areaStrictRight, areaStrict: ratio(areaStrictRight, matched),
    indicatorLabelled, indicatorRight, indicatorRate: ratio(indicatorRight, indicatorLabelled),
    indicatorGiven, indicatorGivenRight, indicatorPrecision: ratio(indicatorGivenRight, indicatorGiven),
    indicatorReached, indicatorReach: ratio(indicatorReached, indicatorLabelled),
  };
}

/**
 * Matches extracted figures to labelled ones of the same text: same value and qualifier, spans overlapping; each
 * label matched once (the one overlapping most). Then scores area and indicator on the matched pairs.
 */
export function matchFigures(labels: readonly FigureAt[], extracted: readonly FigureAt[]): FigureMatch {
  const used = new Set<number>();
  const pairs: { label: FigureAt; got: FigureAt }[] = [];
  const spurious: FigureAt[] = [];
  for (const e of extracted) {
    let best = -1;
    let bestOverlap = 0;
    labels.forEach((l, k) => {
      if (used.has(k) || l.qualifier !== e.qualifier || !sameValue(l.value, e.value) || !overlaps(l, e)) return;
      const o = Math.min(l.end, e.end) - Math.max(l.start, e.start);
      if (o > bestOverlap) [best, bestOverlap] = [k, o];
    });
    if (best < 0) spurious.push(e);
    else {
      used.add(best);
      pairs.push({ label: labels[best]!, got: e });
    }
  }
  const right = (p: { label: FigureAt; got: FigureAt }) => p.got.indicator !== null && p.got.indicator === p.label.indicator;
  const areaOk = (p: { label: FigureAt; got: FigureAt }) =>
    p.got.area === p.label.area || (p.label.indicator !== null && p.got.area === p.label.indicator.split('.')[0]);
  const s = figureScore(
    labels.length,
    extracted.length,
    pairs.length,
    [pairs.filter(areaOk).length, pairs.filter((p) => p.got.area === p.label.area).length],
    labels.filter((l) => l.indicator !== null).length,
    pairs.filter((p) => p.label.indicator !== null && right(p)).length,
    pairs.filter((p) => p.got.indicator !== null).length,
    pairs.filter(right).length,
    pairs.filter((p) => p.label.indicator !== null && (right(p) || (p.got.suggested ?? []).includes(p.label.indicator))).length,
  );
  return {
    ...s,
    missed: labels.filter((_, k) => !used.has(k)),
    spurious,
    wrong: pairs.filter((p) => !areaOk(p) || p.got.indicator !== p.label.indicator),
  };
}
