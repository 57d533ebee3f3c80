/**
 * The shipped gazetteer (public/data/gazetteer.json), pure: one array per field instead of one object per place.
 * Kept: code, name, the index of the unit directly above, kind, population, urban population, households;
 * derived on reading: id, level, short and full names, the province and city (rural = population − urban).
 */
import type { Place, PlaceText } from './gazetteer';
import { censusPlace, type CensusRow } from './gazetteer-census';
import type { PlaceKind } from './place-names';

export const GAZETTEER_FORMAT = 'rol-compare/gazetteer';

const KINDS: readonly PlaceKind[] = [
  'province', 'municipality', 'prefecture', 'district', 'county', 'county_city', 'banner', 'zone', 'other',
];

export interface GazetteerSource {
  citation: string;
  licence: string;
  note: PlaceText;
}

export interface GazetteerFile {
  format: typeof GAZETTEER_FORMAT;
  version: 1;
  populationYear: 2020;
  populationSource: 'census-2020';
  source: GazetteerSource;
  kinds: PlaceKind[];
  /** The GB/T 2260 code minus the last code before it (the first: the code itself); 0 for a place without one. */
  codeStep: number[];
  name: string[];
  /** Index of the unit directly above (the city, else the province); -1 for none. */
  parent: number[];
  kind: number[];
  population: number[];
  urban: number[];
  households: number[];
  /** Ids of places without a code, by index. */
  ids: Record<string, string>;
  /** English names where known, by index. */
  en: Record<string, string>;
  /** [index, year, note zh, note en, codes it went into]. */
  abolished: [number, number, string, string, string[]][];
}

/** The columns of the places; throws when a rural figure is not population − urban (it is not shipped). */
export function encodeGazetteer(places: readonly Place[], source: GazetteerSource): GazetteerFile {
  const index = new Map(places.map((p, i) => [p.id, i]));
  const up = (p: Place) => (p.city && p.city.id !== p.id ? p.city.id : p.province?.id);
  const f: GazetteerFile = {
    format: GAZETTEER_FORMAT, version: 1, populationYear: 2020, populationSource: 'census-2020', source,
    kinds: [...KINDS], codeStep: [], name: [], parent: [], kind: [], population: [], urban: [], households: [],
    ids: {}, en: {}, abolished: [],
  };
  let last = 0;
  places.forEach((p, i) => {
    if (p.rural !== p.population - p.urban) throw new Error(`${p.id}: rural is not population − urban`);
    f.codeStep.push(p.code ? Number(p.code) - last : 0);
    if (p.code) last = Number(p.code);
    f.name.push(p.name.zh);
    f.parent.push(index.get(up(p) ?? '') ?? -1);
    f.kind.push(KINDS.indexOf(p.kind));
    f.population.push(p.population);
    f.urban.push(p.urban);
    f.households.push(p.households);
    if (!p.code) f.ids[i] = p.id;
    if (p.name.en !== p.name.zh) f.en[i] = p.name.en;
    if (p.abolished) f.abolished.push([i, p.abolished.year, p.abolished.note.zh, p.abolished.note.en, p.abolished.into ?? []]);
  });
  return f;
}

/** Deterministic text of the file: one line per field. */
export function gazetteerJson(file: GazetteerFile): string {
  const lines = Object.entries(file).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Error(`gazetteer.json: ${what}`);
}

function checkShape(f: Partial<GazetteerFile>): asserts f is GazetteerFile {
  check(f.format === GAZETTEER_FORMAT && f.version === 1, 'not a rol-compare/gazetteer file of version 1');
  const n = f.codeStep?.length ?? -1;
  for (const k of ['codeStep', 'name', 'parent', 'kind', 'population', 'urban', 'households'] as const)
    check(Array.isArray(f[k]) && f[k].length === n, `${k} is not an array of ${n} entries`);
  check(Array.isArray(f.kinds) && typeof f.ids === 'object' && typeof f.en === 'object', 'kinds, ids or en missing');
  check(Array.isArray(f.abolished), 'abolished missing');
}

/** The places of a shipped gazetteer; throws on a file of another shape. */
export function decodeGazetteer(json: unknown): Place[] {
  check(typeof json === 'object' && json !== null, 'not an object');
  const f = json as Partial<GazetteerFile>;
  checkShape(f);
  const codes: (string | null)[] = [];
  let last = 0;
  for (const step of f.codeStep) {
    if (step !== 0) last += step;
    codes.push(step !== 0 ? String(last) : null);
  }
  const places: Place[] = new Array<Place>(codes.length);
  const make = (i: number): Place => {
    const done = places[i];
    if (done) return done;
    const up = f.parent[i]! >= 0 ? make(f.parent[i]!) : null;
    const kind = f.kinds[f.kind[i]!];
    check(kind !== undefined, `place ${i} has an unknown kind`);
    const province = up ? (up.level === 'province' ? up : make(f.parent[f.parent[i]!]!)) : null;
    const city = up && (up.level === 'city' || up.kind === 'municipality') ? up : null;
    const code = codes[i]!;
    const row: CensusRow = {
      code, province: province?.name.zh ?? '', city: city?.name.zh ?? '', county: f.name[i]!,
      population: f.population[i]!, urban: f.urban[i]!, rural: f.population[i]! - f.urban[i]!, households: f.households[i]!,
    };
    const p = censusPlace(row, kind, province, city);
    if (!code) p.id = f.ids[i] ?? p.id;
    if (f.en[i]) p.name = { zh: p.name.zh, en: f.en[i]! };
    places[i] = p;
    return p;
  };
  for (let i = 0; i < places.length; i++) make(i);
  for (const [i, year, zh, en, into] of f.abolished)
    places[i]!.abolished = { year, note: { zh, en }, ...(into.length ? { into } : {}) };
  return places;
}
