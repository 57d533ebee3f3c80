/**
 * Places from the 2020 census table (data/gazetteer/census-2020-county.csv), pure: which rows are places, their
 * level, kind, parent chain, full and short names, and the later changes that mark a place abolished.
 */
import type { Place, PlaceRef, PlaceText } from './gazetteer';
import { countyKind, levelOfKind, provinceKind, shortName, type PlaceKind } from './place-names';

export interface CensusRow {
  /** Six digits, or null where the census gives none (NA). */
  code: string | null;
  province: string;
  city: string;
  county: string;
  population: number;
  urban: number;
  rural: number;
  households: number;
}

/** A later change: the place is abolished (merged into another) since the census. */
export interface PlaceChange {
  code: string;
  year: number;
  note: PlaceText;
  /** Codes of the places its area went to. */
  into?: string[];
}

/** Rows that total other rows rather than being a place: a municipality's 市辖区 and 县, the 省直辖 groups. */
const AGGREGATE_NAMES = ['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'];
/**
 * The census lists 三沙市's island groups under names of their own; their populations sum to 三沙市's
 * (1,549 + 639 + 145 = 2,333), whose units they are.
 */
const CITY_OF: Readonly<Record<string, string>> = {
  '海南省|西沙群岛': '460300',
  '海南省|南沙群岛': '460300',
  '海南省|中沙群岛的岛礁及其海域': '460300',
};

/** FNV-1a (32 bits) in base 36: a short id for a place without a code that does not change between builds. */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** The id of a census row: `cn.<code>`, or `cn.x.<hash>` of the names as the census writes them. */
export function censusId(row: Pick<CensusRow, 'code' | 'province' | 'city' | 'county'>): string {
  return row.code ? `cn.${row.code}` : `cn.x.${stableHash(`${row.province}|${row.city}|${row.county}`)}`;
}

function isAggregate(r: CensusRow): boolean {
  return r.province === '全国' || AGGREGATE_NAMES.includes(r.county) || AGGREGATE_NAMES.includes(r.city);
}

function rowLevel(r: CensusRow): 'province' | 'city' | 'county' {
  if (r.code?.endsWith('0000')) return 'province';
  return r.code?.endsWith('00') && r.city === r.county ? 'city' : 'county';
}

function short(name: string): string[] {
  return [name, shortName(name, name.endsWith('市') ? 'prefecture' : 'province')];
}

/**
 * The full name: province, city and name; a zone whose name already begins with its province (山西转型综合改革
 * 示范区, 河北唐山芦台经济开发区) stands alone, one that begins with its city (苏州工业园区) follows the province only.
 */
function fullNameOf(name: string, kind: PlaceKind, province: Place | null, city: Place | null): string {
  if (!province) return name;
  const begins = (p: Place) => kind === 'zone' && short(p.name.zh).some((s) => name.startsWith(s));
  if (begins(province)) return name;
  if (!city || city.id === province.id || begins(city)) return province.name.zh + name;
  return province.name.zh + city.name.zh + name;
}

const ref = (p: Place | null): PlaceRef | null => (p ? { id: p.id, code: p.code } : null);

/** A place from its census row, kind and parents (also what the codec rebuilds a shipped place with). */
export function censusPlace(r: CensusRow, kind: PlaceKind, province: Place | null, city: Place | null): Place {
  return {
    id: censusId(r),
    code: r.code,
    name: { zh: r.county, en: r.county },
    fullName: fullNameOf(r.county, kind, province, city),
    short: shortName(r.county, kind),
    level: levelOfKind(kind),
    kind,
    province: ref(province),
    city: ref(city),
    population: r.population,
    urban: r.urban,
    rural: r.rural,
    households: r.households,
    populationYear: 2020,
    populationSource: 'census-2020',
  };
}

function countyParents(r: CensusRow, provinces: Map<string, Place>, cities: Map<string, Place>) {
  const province = provinces.get(r.province);
  if (!province) throw new Error(`census row ${r.code ?? r.county}: no province ${r.province}`);
  if (province.kind === 'municipality') return { province, city: province };
  const key = `${r.province}|${r.city}`;
  const cityCode = CITY_OF[key];
  const city = cityCode ? [...cities.values()].find((c) => c.code === cityCode) : cities.get(key);
  if (city) return { province, city };
  if (r.city === r.county) return { province, city: null };
  throw new Error(`census row ${r.code ?? r.county}: no city ${r.city} in ${r.province}`);
}

/** Marks the places a change abolished; throws on a code that is no place. */
function applyChanges(places: Place[], changes: readonly PlaceChange[]): void {
  const byCode = new Map(places.filter((p) => p.code).map((p) => [p.code!, p]));
  for (const c of changes) {
    const p = byCode.get(c.code);
    if (!p) throw new Error(`changes: ${c.code} is no place of the census`);
    const unknown = (c.into ?? []).filter((code) => !byCode.has(code));
    if (unknown.length) throw new Error(`changes: ${c.code} goes into unknown ${unknown.join(', ')}`);
    p.abolished = { year: c.year, note: c.note, ...(c.into ? { into: c.into } : {}) };
  }
}

/**
 * The places of the census table, in its order: provinces, prefectures and county-level units (aggregate rows
 * left out); `names` gives English names by code where known; `changes` marks places abolished since.
 */
export function placesFromCensus(
  rows: readonly CensusRow[],
  changes: readonly PlaceChange[] = [],
  namesEn: Readonly<Record<string, string>> = {},
): Place[] {
  const kept = rows.filter((r) => !isAggregate(r));
  const provinces = new Map<string, Place>();
  const cities = new Map<string, Place>();
  const made = new Map<CensusRow, Place>();
  for (const r of kept.filter((r) => rowLevel(r) === 'province')) {
    const p = censusPlace(r, provinceKind(r.province), null, null);
    provinces.set(r.province, p);
    made.set(r, p);
  }
  for (const r of kept.filter((r) => rowLevel(r) === 'city')) {
    const p = censusPlace(r, 'prefecture', provinces.get(r.province) ?? null, null);
    cities.set(`${r.province}|${r.city}`, p);
    made.set(r, p);
  }
  for (const r of kept.filter((r) => rowLevel(r) === 'county')) {
    const { province, city } = countyParents(r, provinces, cities);
    made.set(r, censusPlace(r, countyKind(r.county, r.code), province, city));
  }
  const places = kept.map((r) => made.get(r)!);
  for (const p of places) if (p.code && namesEn[p.code]) p.name = { zh: p.name.zh, en: namesEn[p.code]! };
  const ids = new Set<string>();
  for (const p of places) {
    if (ids.has(p.id)) throw new Error(`census: two places with the id ${p.id}`);
    ids.add(p.id);
  }
  applyChanges(places, changes);
  return places;
}
