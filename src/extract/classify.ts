/**
 * Category classifier: scores each category by the keywords around a figure — its own clause first, then its
 * sentence, the subject it carries over (其中…, 分别为…), the paragraph's lead and the headings it stands under —
 * weighting specific words over hints and near words over far ones.
 */
import { CATEGORIES, type Category } from '../model/schema';
import type { KeywordHit } from './keywords';
import type { FigureContext } from './context';
import { hitsIn } from './terms';
import type { Span } from './types';

/** A stretch of text around a figure and how much its words count. */
export interface Window extends Span {
  factor: number;
  /** before: nearness is measured to its end; after: to its start */
  side: 'before' | 'after';
  /** the figure's own clause */
  local?: boolean;
}

/** Heading weights, innermost first; headings further out count less. */
const HEADING_FACTORS = [0.35, 0.3, 0.25, 0.2, 0.15];

/** The windows of a figure's context, nearest first; `subject`: text a carried-over subject stands in. */
export function windowsOf(ctx: FigureContext, subject: readonly Span[] = []): Window[] {
  const w: Window[] = [
    { start: ctx.clause.start, end: ctx.figure.start, factor: 1, side: 'before', local: true },
    { start: ctx.figure.end, end: ctx.clause.end, factor: 0.95, side: 'after', local: true },
    // the rest of the sentence and the paragraph's lead count less than the figure's own clause: their words are
    // other clauses' figures' more often than this one's
    { start: ctx.sentence.start, end: ctx.clause.start, factor: 0.4, side: 'before' },
    { start: ctx.clause.end, end: ctx.sentence.end, factor: 0.3, side: 'after' },
  ];
  for (const s of subject) w.push({ ...s, factor: 0.8, side: 'before' });
  if (ctx.lead) w.push({ ...ctx.lead, factor: 0.35, side: 'before' });
  ctx.headings.forEach((h, i) => w.push({ ...h, factor: HEADING_FACTORS[Math.min(i, HEADING_FACTORS.length - 1)]!, side: 'before' }));
  return w;
}

export interface Classification {
  category: Category;
  /** 0–1: the lead of the best category over the next */
  margin: number;
  /** the best category was named in the figure's own clause */
  local: boolean;
  /** every category's score (0 when not named) */
  scores: ReadonlyMap<Category, number>;
  /** a word with another area when no indicator is stated (KeywordHit.alt) stands in the windows */
  alt: boolean;
}

function scoresIn(hits: readonly KeywordHit[], w: Window, alt: boolean, seen: { alt: boolean }): Map<Category, number> {
  const best = new Map<Category, number>();
  for (const h of hitsIn(hits, w.start, w.end)) {
    if (h.alt) seen.alt = true;
    const dist = w.side === 'before' ? w.end - h.end : h.start - w.start;
    // a word far off in a long sentence speaks for another clause's figure more than for this one
    const s = h.weight * (1 - Math.min(dist, 150) / 250);
    const c = alt && h.alt ? h.alt : h.category;
    if (s > (best.get(c) ?? 0)) best.set(c, s);
  }
  return best;
}

/**
 * `hits`: the keyword hits of the whole text, sorted (keywordHits). `alt`: words read for the area they speak for
 * when the figure states no indicator (KeywordHit.alt).
 */
export function classify(windows: readonly Window[], hits: readonly KeywordHit[], alt = false): Classification {
  const seen = { alt: false };
  const levels = windows.map((w) => ({ w, found: scoresIn(hits, w, alt, seen) }));
  const ranked = CATEGORIES.map((c) => {
    let best = 0;
    let total = 0;
    let local = false;
    let localBest = 0;
    for (const { w, found } of levels) {
      const s = (found.get(c) ?? 0) * w.factor;
      total += s;
      if (w.local) localBest = Math.max(localBest, s);
      if (s > best) {
        best = s;
        local = w.local === true;
      }
    }
    return { c, score: best + 0.15 * total, local, localBest };
  }).sort((a, b) => b.score - a.score);
  const scores = new Map(ranked.map((r) => [r.c, r.score]));
  const top = ranked[0]!;
  const second = ranked[1]!;
  if (top.score === 0) return { category: 'capacity', margin: 0, local: false, scores, alt: seen.alt };
  // the figure's own clause settles the area only when its words name this area more than any other (满意率 names two)
  const local = top.local && ranked.every((r) => r === top || r.localBest < top.localBest);
  return { category: top.c, margin: Math.min(1, (top.score - second.score) / top.score), local, scores, alt: seen.alt };
}
