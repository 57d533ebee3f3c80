/** Practices × jurisdictions: mention counts (0 = not mentioned). Pure. */
import type { Mention, Practice } from './schema';

export interface PracticeMatrix {
  practices: Practice[];
  jurisdictions: string[];
  /** counts[p][j] */
  counts: number[][];
}

export function practiceMatrix(
  practices: readonly Practice[],
  jurisdictions: readonly string[],
  mentions: readonly (Mention & { jurisdiction: string })[],
): PracticeMatrix {
  const pi = new Map(practices.map((p, i) => [p.id, i]));
  const ji = new Map(jurisdictions.map((j, i) => [j, i]));
  const counts = practices.map(() => jurisdictions.map(() => 0));
  for (const m of mentions) {
    const p = pi.get(m.practice);
    const j = ji.get(m.jurisdiction);
    if (p !== undefined && j !== undefined) counts[p]![j]!++;
  }
  // most widely mentioned practices first, then catalogue order
  const order = practices
    .map((p, i) => ({ p, i, n: counts[i]!.filter((c) => c > 0).length }))
    .sort((a, b) => b.n - a.n || a.i - b.i);
  return { practices: order.map((x) => x.p), jurisdictions: [...jurisdictions], counts: order.map((x) => counts[x.i]!) };
}
