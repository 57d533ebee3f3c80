/**
 * Coordinated figures: "行政复议和行政诉讼发案量同比下降34.01%和30.06%" pairs the i-th figure with the i-th area
 * named; "目录清单认领率和检查实施清单编制率均达到100%" is one figure for two measures.
 */
import type { Category } from '../model/schema';
import { keywordHits, type KeywordHit } from './keywords';

/** The areas named as "A和B" (or "A、B和C") in the clause before a group of `size` joined figures, or null. */
export function pairedCategories(clauseBefore: string, size: number): Category[] | null {
  if (size < 2) return null;
  const all = keywordHits(clauseBefore);
  for (let i = 0; i < all.length; i++) {
    const chain: KeywordHit[] = [all[i]!];
    for (let j = i + 1; j < all.length && chain.length < size; j++) {
      const last = chain[chain.length - 1]!;
      const h = all[j]!;
      if (h.start < last.end) continue;
      // keywords lead their phrase ("行政复议" of "行政复议和行政诉讼"): a separator between the phrases
      const between = clauseBefore.slice(last.end, h.start);
      if (/^[^,,]{0,6}[和与及、]$/.test(between)) chain.push(h);
      else break;
    }
    if (chain.length === size && new Set(chain.map((h) => h.category)).size === size) return chain.map((h) => h.category);
  }
  return null;
}

const SHARED = /((?:[^,,、和及与;;]{1,16}率)(?:(?:和|与|及|、)[^,,、和及与;;]{1,16}率)+)(?:均|都)(?:达到|达|为|实现|是)?$/;

/** How many measures one figure stands for: 2 in "A率和B率均达到100%", else 1. */
export function sharedCount(clauseBefore: string): number {
  // the pattern is anchored at the end: only the last words can match, and a quick test spares the search
  const tail = clauseBefore.slice(-80);
  if (!/(?:均|都)(?:达到|达|为|实现|是)?$/.test(tail)) return 1;
  const m = SHARED.exec(tail);
  return m ? m[1]!.split(/和|与|及|、/).length : 1;
}
