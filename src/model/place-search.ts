/**
 * Search for place pickers, pure: two characters of a name (武进, 朝阳, 园区) give the places ranked — the exact
 * name or short name, then names that begin with it, then names that contain it, then places whose full name
 * does (常州 → the districts of 常州市) — the larger population first within a rank, each with its label.
 */
import type { Gazetteer, Place } from './gazetteer';
import { chainAt, normalisePlaceText } from './place-resolve';

export type PlaceMatchRank = 'exact' | 'prefix' | 'substring' | 'within';

export interface PlaceHit {
  place: Place;
  /** The name, with the parent where another place has the same short name: 朝阳区(北京市). */
  label: string;
  rank: PlaceMatchRank;
}

export interface PlaceSearchOptions {
  /** At most this many hits (20). */
  limit?: number;
  toSimplified?: (s: string) => string;
  /** Leave out places abolished since the census. */
  currentOnly?: boolean;
}

const RANKS: readonly PlaceMatchRank[] = ['exact', 'prefix', 'substring', 'within'];

interface Entry {
  place: Place;
  name: string;
  short: string;
  full: string;
  /** The full name without the province (常州市武进区). */
  local: string;
}

/** The places by population, largest first, with the strings compared: built once per gazetteer. */
const entriesOf = new WeakMap<Gazetteer, Entry[]>();

function entries(g: Gazetteer): Entry[] {
  let list = entriesOf.get(g);
  if (!list) {
    list = [...g.places]
      .sort((a, b) => b.population - a.population || a.id.localeCompare(b.id))
      .map((place) => {
        const province = place.province ? g.byId(place.province.id)?.name.zh ?? '' : '';
        const local = province && place.fullName.startsWith(province) ? place.fullName.slice(province.length) : place.fullName;
        return { place, name: place.name.zh, short: place.short, full: place.fullName, local };
      });
    entriesOf.set(g, list);
  }
  return list;
}

function rankOf(e: Entry, q: string): number {
  if (e.short === q || e.name === q || e.full === q || e.local === q) return 0;
  if (e.name.startsWith(q)) return 1;
  if (e.name.includes(q)) return 2;
  return e.full.includes(q) ? 3 : -1;
}

/** The places a picker offers for what was typed; [] for nothing typed. */
export function searchPlaces(g: Gazetteer, query: string, options: PlaceSearchOptions = {}): PlaceHit[] {
  const q = normalisePlaceText(query, options.toSimplified);
  if (!q) return [];
  const limit = options.limit ?? 20;
  const chain = chainAt(g, q, 0);
  const chained = new Set(chain && chain.end === q.length && chain.tokens > 1 ? chain.places : []);
  const buckets: Place[][] = RANKS.map(() => []);
  for (const e of entries(g)) {
    if (options.currentOnly && e.place.abolished) continue;
    const r = chained.has(e.place) ? 0 : rankOf(e, q);
    if (r >= 0) buckets[r]!.push(e.place);
  }
  const hits: PlaceHit[] = [];
  buckets.forEach((places, r) => {
    for (const place of places) {
      if (hits.length >= limit) return;
      hits.push({ place, label: g.label(place), rank: RANKS[r]! });
    }
  });
  return hits;
}
