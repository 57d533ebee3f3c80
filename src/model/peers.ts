/**
 * Peer groups, pure: which of the stored jurisdictions are like a given one — the same level, the same province,
 * the same parent city, a population within a range — so that compare, rank and composite can be limited to
 * like-for-like places, and a ranking can say what it ranks within ("第 3 / 12 名, 江苏省 区县"). A jurisdiction is
 * placed by its GB/T 2260 `code` in the gazetteer (a department by the area it serves); one without a code, or
 * with a code the gazetteer does not know, belongs to no peer group.
 */
import type { Gazetteer, Place, PlaceLevel, PlaceText } from './gazetteer';
import type { Jurisdiction } from './schema';

export interface PeerRule {
  /** the same gazetteer level (省级 / 地级 / 县级) */
  level?: boolean;
  /** the same province */
  province?: boolean;
  /** the same prefecture-level city */
  city?: boolean;
  /** population (persons) within [min, max]; either end may be absent */
  population?: { min?: number; max?: number };
}

export interface PeerGroup {
  /** the jurisdiction ids in the group, the focus included, in the order given */
  ids: string[];
  /** what the group is, in words of the focus place: province, city, level and population range */
  describe: { province?: PlaceText; city?: PlaceText; level?: PlaceLevel; population?: { min?: number; max?: number } };
  /** jurisdictions left out because they have no place in the gazetteer */
  unplaced: string[];
}

/** The gazetteer place of a jurisdiction (by its code), if any. */
export function placeOf(j: Pick<Jurisdiction, 'code'>, g: Gazetteer): Place | undefined {
  return j.code ? g.byCode(j.code) : undefined;
}

function within(n: number, range: { min?: number; max?: number } | undefined): boolean {
  return !range || ((range.min === undefined || n >= range.min) && (range.max === undefined || n <= range.max));
}

/** The places like `focus` among `candidates`, by `rule`; null when the focus itself has no place. */
export function peerGroup(focus: Jurisdiction, candidates: readonly Jurisdiction[], rule: PeerRule, g: Gazetteer): PeerGroup | null {
  const home = placeOf(focus, g);
  if (!home) return null;
  const ids: string[] = [];
  const unplaced: string[] = [];
  for (const j of candidates) {
    const p = placeOf(j, g);
    if (!p) {
      unplaced.push(j.id);
      continue;
    }
    if (rule.level && p.level !== home.level) continue;
    if (rule.province && (p.province?.id ?? p.id) !== (home.province?.id ?? home.id)) continue;
    if (rule.city && (p.city?.id ?? null) !== (home.city?.id ?? null)) continue;
    if (!within(p.population, rule.population)) continue;
    ids.push(j.id);
  }
  if (!ids.includes(focus.id)) ids.unshift(focus.id);
  const describe: PeerGroup['describe'] = {};
  if (rule.province) {
    const prov = home.province ? g.byId(home.province.id) : home;
    if (prov) describe.province = { ...prov.name };
  }
  const city = rule.city && home.city ? g.byId(home.city.id) : undefined;
  if (city) describe.city = { ...city.name };
  if (rule.level) describe.level = home.level;
  if (rule.population) describe.population = { ...rule.population };
  return { ids, describe, unplaced };
}

/** A population range around a place's: from ÷factor to ×factor (e.g. factor 2: half to twice). */
export function populationAround(place: Place, factor: number): { min: number; max: number } {
  const f = Math.max(1, factor);
  return { min: Math.round(place.population / f), max: Math.round(place.population * f) };
}
