/**
 * The generator's places: real ones, from the gazetteer (data/gazetteer/, 2020 census, GB/T 2260 codes) — their
 * names, codes, parents and population. County-level units first, then functional zones, prefectures and
 * provinces; a seeded sample of the tier where the requested count runs out; in the file in order of code.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Jurisdiction, Level } from '../../../src/model/schema';
import type { Place, PlaceKind } from '../../../src/model/gazetteer';
import { loadGazetteerPlaces } from '../gazetteer';

/** data/gazetteer/ of this repository. */
export const GAZETTEER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'gazetteer');

let cached: readonly Place[] | null = null;
/** The places of data/gazetteer/ (read once per process). */
export function gazetteerPlaces(): readonly Place[] {
  cached ??= loadGazetteerPlaces(GAZETTEER_DIR);
  return cached;
}

/**
 * The dataset level of a place's kind. The dataset has five levels (province | city | district | county | zone),
 * `city` being a prefecture-level city (地级市, profile.level.city), so:
 * - province, municipality (直辖市) → province; prefecture (地级市, 地区, 自治州, 盟) → city;
 * - district (市辖区) → district; zone (开发区, 工业园区 …) → zone;
 * - county (县, 自治县), banner (旗, 自治旗), county_city (县级市: county level, not a prefecture) and other
 *   (神农架林区, 六枝特区, 大柴旦行政委员会: county-level units of their own sort) → county.
 */
export const LEVEL_OF_KIND: Readonly<Record<PlaceKind, Level>> = {
  province: 'province',
  municipality: 'province',
  prefecture: 'city',
  district: 'district',
  county: 'county',
  county_city: 'county',
  banner: 'county',
  zone: 'zone',
  other: 'county',
};

/** The generated jurisdictions, and per jurisdiction its population relative to the average county-level unit and a stable key. */
export interface Places {
  jurisdictions: Jurisdiction[];
  /** population ÷ the mean population of the county-level units (tier 0) */
  relPopulation: number[];
  /** the place's code as a number: what its true values are hashed on, so a place's figures do not depend on the sample */
  key: number[];
}

/**
 * The places a dataset is drawn from, in tiers taken in turn, each in order of code: current (not abolished)
 * places with a code — county-level units other than zones (about 2,850), then zones, prefectures, provinces.
 * Places without a code (39 zones, 三沙's island groups) are left out: a jurisdiction's id is `cn.<code>`.
 */
export function placeTiers(places: readonly Place[]): Place[][] {
  const current = places.filter((p) => p.code !== null && !p.abolished).sort((a, b) => (a.code! < b.code! ? -1 : a.code! > b.code! ? 1 : 0));
  return [
    current.filter((p) => p.level === 'county' && p.kind !== 'zone'),
    current.filter((p) => p.kind === 'zone'),
    current.filter((p) => p.level === 'city'),
    current.filter((p) => p.level === 'province'),
  ];
}

/** The most jurisdictions a dataset can have: every place of the tiers. */
export function maxJurisdictions(places: readonly Place[] = gazetteerPlaces()): number {
  return placeTiers(places).reduce((n, t) => n + t.length, 0);
}

/**
 * Short names that tell places apart, over the whole pool (so a place's short name is the same in every dataset):
 * the gazetteer's short name (武进) where no other place of the pool has it; else with the short name of its city
 * (鼓楼(福州), 鼓楼(南京); a municipality's district: 朝阳(北京)) or, for a prefecture or a unit under the province
 * directly, of its province (朝阳(辽宁)); a province keeps its own (吉林, beside 吉林(吉林) the prefecture); two
 * of one city by their names (井陉矿区, 井陉县); then with province and city; then with the code.
 */
function shortNames(pool: readonly Place[], byId: ReadonlyMap<string, Place>): Map<string, string> {
  const shortOf = (id: string | undefined) => (id ? byId.get(id)?.short : undefined);
  const steps: ((p: Place) => string)[] = [
    (p) => p.short,
    (p) => {
      const up = p.level === 'province' ? undefined : shortOf(p.city && p.city.id !== p.id ? p.city.id : p.province?.id);
      return up ? `${p.short}(${up})` : p.short;
    },
    (p) => p.name.zh,
    (p) => {
      const chain = [p.province?.id, p.city && p.city.id !== p.province?.id ? p.city.id : undefined].map(shortOf).filter(Boolean).join('');
      return chain ? `${p.short}(${chain})` : p.short;
    },
    (p) => `${p.short}(${p.code})`,
  ];
  const label = new Map(pool.map((p) => [p.id, steps[0]!(p)]));
  for (const step of steps.slice(1)) {
    const count = new Map<string, number>();
    for (const l of label.values()) count.set(l, (count.get(l) ?? 0) + 1);
    let clashes = false;
    for (const p of pool) {
      if (count.get(label.get(p.id)!)! > 1) {
        label.set(p.id, step(p));
        clashes = true;
      }
    }
    if (!clashes) break;
  }
  return label;
}

/**
 * The name in a dataset: the full name without the province (常州市武进区, 苏州工业园区, 仙桃市, 常州市), whole for a
 * municipality's districts (北京市朝阳区) and for a province (江苏省).
 */
function nameOf(p: Place, province: Place | undefined): string {
  if (!province || province.id === p.id || province.kind === 'municipality') return p.fullName;
  return p.fullName.startsWith(province.name.zh) ? p.fullName.slice(province.name.zh.length) : p.fullName;
}

/** The jurisdiction of a place. */
function jurisdictionOf(p: Place, byId: ReadonlyMap<string, Place>, short: string): Jurisdiction {
  const province = p.level === 'province' ? p : byId.get(p.province!.id)!;
  const zh = nameOf(p, province);
  const parent = p.level === 'province' ? undefined : p.city && p.city.id !== p.id ? p.city.id : p.province!.id;
  return {
    id: p.id,
    name: { zh, en: p.name.en !== p.name.zh ? p.name.en : zh },
    short: { zh: short, en: p.name.en !== p.name.zh ? p.name.en : short },
    level: LEVEL_OF_KIND[p.kind],
    province: { zh: province.short, en: province.name.en },
    ...(parent ? { parent } : {}),
    code: p.code!,
  };
}

/**
 * `count` jurisdictions from the gazetteer's places: whole tiers (placeTiers) while they fit, then a sample of
 * the next drawn with `rnd`; in order of code. Throws when `count` exceeds the places there are.
 */
export function makePlaces(count: number, rnd: () => number, places: readonly Place[] = gazetteerPlaces()): Places {
  const tiers = placeTiers(places);
  const max = tiers.reduce((n, t) => n + t.length, 0);
  if (count > max) throw new Error(`at most ${max} jurisdictions: the gazetteer has ${max} current places with a code`);
  const chosen: Place[] = [];
  for (const tier of tiers) {
    const left = count - chosen.length;
    if (left <= 0) break;
    if (tier.length <= left) {
      chosen.push(...tier);
      continue;
    }
    const pick = tier.slice();
    for (let i = 0; i < left; i++) {
      const k = i + Math.floor(rnd() * (pick.length - i));
      [pick[i], pick[k]] = [pick[k]!, pick[i]!];
    }
    chosen.push(...pick.slice(0, left));
  }
  chosen.sort((a, b) => (a.code! < b.code! ? -1 : a.code! > b.code! ? 1 : 0));
  const byId = new Map(places.map((p) => [p.id, p]));
  const short = shortNames(tiers.flat(), byId);
  const counties = tiers[0]!;
  const mean = counties.reduce((s, p) => s + p.population, 0) / Math.max(1, counties.length);
  return {
    jurisdictions: chosen.map((p) => jurisdictionOf(p, byId, short.get(p.id)!)),
    relPopulation: chosen.map((p) => Math.max(1, p.population) / mean),
    key: chosen.map((p) => Number(p.code)),
  };
}
