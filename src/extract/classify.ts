/**
 * Category classifier: scores each category by the keywords around a figure — its own clause first,
 * then its sentence, then the paragraph's heading and the section heading above — weighting specific
 * words over hints and near words over far ones.
 */
import { CATEGORIES, type Category } from '../model/schema';
import { keywordHits } from './keywords';

/** The stretches of text around a figure, nearest first, each with how much its words count. */
export interface FigureContext {
  /** the clause holding the figure, split at the figure */
  clauseBefore: string;
  clauseAfter: string;
  /** the rest of the sentence before and after the clause */
  sentenceBefore: string;
  sentenceAfter: string;
  /** the paragraph's lead-in ("(四)优化政务服务热线。") and the closest heading line above */
  lead: string;
  heading: string;
}

const LEVELS: readonly [keyof FigureContext, number, 'before' | 'after'][] = [
  ['clauseBefore', 1, 'before'],
  ['clauseAfter', 0.95, 'after'],
  ['sentenceBefore', 0.6, 'before'],
  ['sentenceAfter', 0.45, 'after'],
  ['lead', 0.45, 'before'],
  ['heading', 0.35, 'before'],
];

export interface Classification {
  category: Category;
  /** 0–1: the lead of the best category over the next */
  margin: number;
  /** the best category was named in the figure's own clause */
  local: boolean;
}

function scoresIn(text: string, side: 'before' | 'after'): Map<Category, number> {
  const best = new Map<Category, number>();
  for (const h of keywordHits(text)) {
    const dist = side === 'before' ? text.length - h.end : h.start;
    const s = h.weight * (1 - Math.min(dist, 150) / 500);
    if (s > (best.get(h.category) ?? 0)) best.set(h.category, s);
  }
  return best;
}

export function classify(ctx: FigureContext): Classification {
  const scores = new Map<Category, { best: number; total: number; local: boolean }>();
  const levels = LEVELS.map(([key, factor, side]) => ({ key, factor, found: scoresIn(ctx[key], side) }));
  for (const c of CATEGORIES) {
    let best = 0;
    let total = 0;
    let local = false;
    for (const { key, factor, found } of levels) {
      const s = (found.get(c) ?? 0) * factor;
      total += s;
      if (s > best) {
        best = s;
        local = key === 'clauseBefore' || key === 'clauseAfter';
      }
    }
    scores.set(c, { best, total, local });
  }
  const ranked = [...scores.entries()]
    .map(([c, s]) => ({ c, score: s.best + 0.15 * s.total, local: s.local }))
    .sort((a, b) => b.score - a.score);
  const top = ranked[0]!;
  const second = ranked[1]!;
  if (top.score === 0) return { category: 'capacity', margin: 0, local: false };
  return { category: top.c, margin: Math.min(1, (top.score - second.score) / top.score), local: top.local };
}
