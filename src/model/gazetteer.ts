/**
 * The gazetteer, pure: every province, prefecture and county-level unit of mainland China with its GB/T 2260 code,
 * level, parent chain and 2020 census population, and the lookups over them (by code, by id, children, labels that
 * tell identical names apart, the name index that resolution and search read). Built from data/gazetteer/ by
 * `placesFromCensus` (gazetteer-census.ts), shipped as public/data/gazetteer.json (gazetteer-codec.ts).
 */
import type { PlaceKind, PlaceLevel } from './place-names';

export type { PlaceKind, PlaceLevel } from './place-names';

export interface PlaceText {
  zh: string;
  en: string;
}

/** A place one level up: its id and code. */
export interface PlaceRef {
  id: string;
  code: string | null;
}

export interface Place {
  /** `cn.<code>`; a zone without a code: `cn.x.<hash of province, city and name as the census writes them>`. */
  id: string;
  code: string | null;
  /** The name as the census gives it (武进区); `en` is the Chinese name unless an English one is known. */
  name: PlaceText;
  /** With the province and city in front (江苏省常州市武进区). */
  fullName: string;
  /** Without the suffix (武进); zones keep their names whole. */
  short: string;
  level: PlaceLevel;
  kind: PlaceKind;
  /** The province-level unit; null for a province. */
  province: PlaceRef | null;
  /** The prefecture-level unit (for a municipality's districts, the municipality); null above and for 省直辖 units. */
  city: PlaceRef | null;
  /** Resident population (persons) and its parts, census 2020. */
  population: number;
  urban: number;
  rural: number;
  households: number;
  populationYear: 2020;
  populationSource: 'census-2020';
  abolished?: { year: number; note: PlaceText; into?: string[] };
}

export interface Gazetteer {
  readonly places: readonly Place[];
  byCode(code: string): Place | undefined;
  byId(id: string): Place | undefined;
  /** The units directly below (a province's cities and 省直辖 units, a city's districts, counties and zones). */
  children(place: Place | string): readonly Place[];
  /** The unit directly above, if any. */
  parent(place: Place): Place | undefined;
  /** The name, with the parent added where another place has the same short name: 朝阳区(北京市), 朝阳区(长春市). */
  label(place: Place): string;
  /** Every name and short name, to the places that bear it. */
  readonly names: ReadonlyMap<string, readonly Place[]>;
  /** The length of the longest entry of `names`. */
  readonly longestName: number;
}

/** True when `upper` is the province or city of `lower`. */
export function isAncestor(upper: Place, lower: Place): boolean {
  return lower.province?.id === upper.id || lower.city?.id === upper.id;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function parentId(p: Place): string | undefined {
  return (p.city && p.city.id !== p.id ? p.city.id : undefined) ?? p.province?.id;
}

/** Labels: the name alone when its short name is unique, else with the parent, else with province and city. */
function makeLabels(places: readonly Place[], byId: ReadonlyMap<string, Place>): Map<string, string> {
  const byShort = new Map<string, Place[]>();
  for (const p of places) push(byShort, p.short, p);
  const labels = new Map<string, string>();
  for (const group of byShort.values()) {
    if (group.length === 1) {
      labels.set(group[0]!.id, group[0]!.name.zh);
      continue;
    }
    const first = group.map((p) => {
      const up = byId.get(parentId(p) ?? '');
      return up ? `${p.name.zh}(${up.name.zh})` : p.name.zh;
    });
    group.forEach((p, i) => {
      const clash = first.filter((l) => l === first[i]).length > 1;
      const chain = [p.province, p.city !== null && p.city.id !== p.province?.id ? p.city : null]
        .map((r) => (r ? byId.get(r.id)?.name.zh : undefined))
        .filter(Boolean)
        .join('');
      labels.set(p.id, clash && chain ? `${p.name.zh}(${chain})` : first[i]!);
    });
  }
  return labels;
}

/**
 * Indexes the places: by code and id at once (what per-head figures and peer groups read), children, labels and the
 * name index on first use (the place field and name resolution read them; per-head figures and peer groups never).
 */
export function createGazetteer(places: readonly Place[]): Gazetteer {
  const byCode = new Map<string, Place>();
  const byId = new Map<string, Place>();
  for (const p of places) {
    if (p.code) byCode.set(p.code, p);
    byId.set(p.id, p);
  }
  let kids: Map<string, Place[]> | undefined;
  let names: Map<string, Place[]> | undefined;
  let labels: Map<string, string> | undefined;
  let longestName = -1;
  const children = () => {
    if (!kids) {
      kids = new Map();
      for (const p of places) {
        const up = parentId(p);
        if (up) push(kids, up, p);
      }
    }
    return kids;
  };
  const nameIndex = () => {
    if (!names) {
      names = new Map();
      for (const p of places) {
        push(names, p.name.zh, p);
        if (p.short !== p.name.zh) push(names, p.short, p);
      }
    }
    return names;
  };
  return {
    places,
    byCode: (code) => byCode.get(code.length === 6 ? code : code.trim().replace(/^cn\./, '')),
    byId: (id) => byId.get(id),
    children: (place) => children().get(typeof place === 'string' ? place : place.id) ?? [],
    parent: (place) => byId.get(parentId(place) ?? ''),
    label: (place) => (labels ??= makeLabels(places, byId)).get(place.id) ?? place.name.zh,
    get names() {
      return nameIndex();
    },
    get longestName() {
      if (longestName < 0) {
        longestName = 0;
        for (const n of nameIndex().keys()) longestName = Math.max(longestName, n.length);
      }
      return longestName;
    },
  };
}
