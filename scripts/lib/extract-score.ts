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
