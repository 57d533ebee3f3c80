/**
 * Finding an indicator of the catalogue by what a person types (复议, 纠错率, correction rate, legal_aid): pure.
 * Matches names, aliases, ids and definitions, in Chinese and English; every word typed must match somewhere.
 * Ranked by how well the best field matches (a name or alias equal to the word, then one that starts with it, then
 * one that holds it, then the id, then the definition), then the row's own area, then catalogue order.
 */
import type { Indicator } from '../../model/indicators';
import type { Category } from '../../model/schema';

/** How many matches the picker shows. */
export const SEARCH_LIMIT = 30;

/** `<area>.unclassified` (the extractor's "no indicator"), or a dataset's report-specific unclassified metric. */
export const isUnclassified = (id: string): boolean => /\.unclassified(?:_|$)/.test(id);

interface Fields {
  /** names and aliases, both languages, lower case */
  names: string[];
  /** the words of the English name */
  words: string[];
  id: string;
  definition: string;
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase();
const cache = new WeakMap<Indicator, Fields>();

function fieldsOf(i: Indicator): Fields {
  let f = cache.get(i);
  if (!f) {
    const en = fold(i.name.en);
    f = {
      names: [fold(i.name.zh), en, ...i.aliases.map(fold)],
      words: en.split(/[^a-z0-9]+/).filter(Boolean),
      id: i.id.toLowerCase(),
      definition: `${fold(i.definition.zh)}\n${fold(i.definition.en)}`,
    };
    cache.set(i, f);
  }
  return f;
}

/** 0 (best) … 4, or Infinity when the word matches nothing of the indicator. */
function tierOf(f: Fields, word: string): number {
  let best = Infinity;
  for (const n of f.names) {
    if (n === word) return 0;
    if (n.startsWith(word)) best = Math.min(best, 1);
    else if (n.includes(word)) best = Math.min(best, 2);
  }
  if (best > 1 && f.words.some((w) => w.startsWith(word))) best = 1;
  if (best < Infinity) return best;
  if (f.id.includes(word)) return 3;
  if (f.definition.includes(word)) return 4;
  return Infinity;
}

export interface SearchOptions {
  /** the row's area: its indicators come first among equally good matches (and alone for an empty query) */
  area?: Category;
  limit?: number;
  /** ids the extractor suggests for the row: they come first for an empty query, before the area's others */
  suggested?: readonly string[];
}

/** The best matches for `query`, at most `limit`; deprecated indicators are left out. */
export function searchIndicators(indicators: readonly Indicator[], query: string, opts: SearchOptions = {}): Indicator[] {
  const limit = opts.limit ?? SEARCH_LIMIT;
  const words = fold(query).split(/\s+/).filter(Boolean);
  const current = indicators.filter((i) => !i.deprecated);
  if (words.length === 0) {
    const first = (opts.suggested ?? []).map((id) => current.find((i) => i.id === id)).filter((i): i is Indicator => i !== undefined);
    return [...first, ...current.filter((i) => i.area === opts.area && !first.includes(i))].slice(0, limit);
  }
  const scored: { i: Indicator; score: number; other: number; at: number }[] = [];
  current.forEach((i, at) => {
    const f = fieldsOf(i);
    let score = 0;
    for (const w of words) score += tierOf(f, w);
    if (score < Infinity) scored.push({ i, score, other: i.area === opts.area ? 0 : 1, at });
  });
  scored.sort((a, b) => a.score - b.score || a.other - b.other || a.at - b.at);
  return scored.slice(0, limit).map((s) => s.i);
}
