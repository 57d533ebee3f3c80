/**
 * The places of an imported dataset, tied to the gazetteer and to the places already stored, pure:
 *  - a jurisdiction without `code` is looked up by name (either script, with or without its province/city prefix
 *    or suffix, a department → the area it serves; the province, the parent's code and the reports' year narrow
 *    the candidates, and only places of the jurisdiction's level count). One place: its code is filled in.
 *    Several: the person chooses (`choices`, asked for by a `questions` outcome), or leaves it without code.
 *    None: it stays without code.
 *  - a jurisdiction whose code (given or found) is that of a stored jurisdiction of another id, of the same kind
 *    (the area itself, or the same department of it), becomes that one: its id is rewritten in every reference of
 *    the dataset (the jurisdictions' `parent`, the reports' `jurisdiction`), so both datasets speak of one place.
 *  - two jurisdictions of the file that are the same place (same code, same kind) are an issue naming both.
 * Ids are rewritten consistently, so references the integrity rules accepted stay valid.
 */
import type { Gazetteer, Place } from '../model/gazetteer';
import { normalisePlaceText, resolvePlace, type ResolveOptions } from '../model/place-resolve';
import type { Bilingual, Dataset, Jurisdiction } from '../model/schema';
import type { DatasetIssue } from './issue';
import { GAZETTEER_ID, LEVEL_OK } from './place-check';

/** A jurisdiction already stored, with the dataset it belongs to (in the catalogue's order: the first wins). */
export interface StoredJurisdiction extends Pick<Jurisdiction, 'id' | 'code' | 'name'> {
  dataset: string;
}

/** Answers to earlier questions: the file's jurisdiction id → the chosen code, or null for "leave without code". */
export type PlaceChoices = Readonly<Record<string, string | null>>;

/** One place a name may denote, as the question shows it. */
export interface PlaceCandidate {
  code: string;
  name: string;
  /** the province-level unit's name ('' for a province) */
  province: string;
  /** the prefecture-level unit's name ('' when there is none, or it is the province: a municipality's district) */
  city: string;
}

/** A name the gazetteer gives several places for: the person picks one of `candidates`, or none. */
export interface PlaceQuestion {
  /** position in the dataset's jurisdictions */
  index: number;
  id: string;
  name: string;
  /** the jurisdiction's province field, as the file gives it */
  province: Bilingual;
  candidates: PlaceCandidate[];
  /** the CSV row of the jurisdiction (filled in by the CSV reader) */
  row?: number;
}

export interface LinkedPlace {
  id: string;
  name: string;
  code: string;
}

/** What linking did: codes found by name, chosen by the person, names left without code, places joined. */
export interface PlaceLinks {
  matched: LinkedPlace[];
  chosen: LinkedPlace[];
  unmatched: { id: string; name: string }[];
  /** `id`: the file's id; `to`: the stored jurisdiction it became */
  joined: { id: string; name: string; to: string; toName: string }[];
}

export interface PlaceLinkInput {
  stored: readonly StoredJurisdiction[];
  choices?: PlaceChoices;
  /** ask about names of several places (a `questions` outcome); without it they are left without code */
  ask?: boolean;
}

export type PlaceLinkResult =
  | { kind: 'linked'; dataset: Dataset; links: PlaceLinks }
  | { kind: 'questions'; questions: PlaceQuestion[] }
  | { kind: 'invalid'; issues: DatasetIssue[] };

/** Names that end like a department's (the fallback when the gazetteer does not read the name). */
const DEPARTMENT_NAME = /(?:局|厅|委员会|办公室|办|院|中心|所|站|队|处|署)$/;

/** The department a jurisdiction is ('' for the area itself), by the gazetteer's reading of its name, else its id or name. */
function departmentOf(j: Pick<Jurisdiction, 'id' | 'code' | 'name'>, g: Gazetteer, opts: ResolveOptions): string {
  const code = j.code ?? GAZETTEER_ID.exec(j.id)?.[1];
  const r = resolvePlace(g, { code: code ?? null, name: j.name.zh }, opts);
  if (r.kind === 'found' || r.kind === 'ambiguous') return r.department ?? '';
  const byId = /^cn\.\d{6}\.(.+)$/.exec(j.id)?.[1];
  if (byId) return `id:${byId}`;
  return DEPARTMENT_NAME.test(j.name.zh) ? normalisePlaceText(j.name.zh, opts.toSimplified) : '';
}

const provinceOf = (g: Gazetteer, p: Place): Place | undefined => (p.province ? g.byId(p.province.id) : p);

/** A text names a place: its name, its short name, or begins with its short name (北京, 北京市, 吉林省). */
const names = (text: string, p: Place | undefined): boolean =>
  !!p && !!text && (text === p.name.zh || text === p.short || text.startsWith(p.short));

/** The province text of a jurisdiction names the candidate's province, or its city (a province field of 南京). */
function inProvince(g: Gazetteer, p: Place, province: string): boolean {
  return names(province, provinceOf(g, p)) || (p.city !== null && p.city.id !== p.id && names(province, g.byId(p.city.id)));
}

/** Narrows candidates by a test, unless that would leave none. */
function narrow(places: Place[], keep: (p: Place) => boolean): Place[] {
  if (places.length < 2) return places;
  const kept = places.filter(keep);
  return kept.length ? kept : places;
}

function candidate(g: Gazetteer, p: Place): PlaceCandidate {
  const province = provinceOf(g, p);
  const city = p.city && p.city.id !== p.id && p.city.id !== province?.id ? g.byId(p.city.id) : undefined;
  return {
    code: p.code ?? '',
    name: p.name.zh,
    province: province && province !== p ? province.name.zh : '',
    city: city ? city.name.zh : '',
  };
}

/** The latest report period of each jurisdiction: among several candidates, places abolished by then give way. */
function latestYears(ds: Dataset): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of ds.reports) out.set(r.jurisdiction, Math.max(out.get(r.jurisdiction) ?? 0, r.period));
  return out;
}

/** The places a jurisdiction's name denotes that fit its level, province, parent and year. */
function candidatesOf(
  j: Jurisdiction,
  g: Gazetteer,
  opts: ResolveOptions,
  parentCode: string | undefined,
): { places: Place[]; department: string } {
  const year = opts.year;
  const base: ResolveOptions = { ...(year !== undefined ? { year } : {}) };
  // as written first: the t→cn converter also changes some simplified names (乾安县 → 干安县)
  let r = resolvePlace(g, { name: j.name.zh }, base);
  if (r.kind === 'none' && opts.toSimplified) r = resolvePlace(g, { name: j.name.zh }, opts);
  if (r.kind !== 'found' && r.kind !== 'ambiguous') return { places: [], department: '' };
  const all = r.kind === 'found' ? [r.place] : r.candidates;
  let places = all.filter((p) => p.code !== null && LEVEL_OK[j.level](p));
  const province = normalisePlaceText(j.province.zh, opts.toSimplified);
  places = narrow(places, (p) => inProvince(g, p, province));
  const parent = parentCode ? g.byCode(parentCode) : undefined;
  if (parent) places = narrow(places, (p) => p.province?.id === parent.id || p.city?.id === parent.id);
  return { places, department: r.department ?? '' };
}

/**
 * Links the dataset's places (see the file's comment). `toSimplified` reads traditional names. The dataset is not
 * changed: jurisdictions and reports that change are copies.
 */
export function linkPlaces(ds: Dataset, g: Gazetteer, input: PlaceLinkInput, toSimplified?: (s: string) => string): PlaceLinkResult {
  const opts: ResolveOptions = toSimplified ? { toSimplified } : {};
  const years = latestYears(ds);
  const choices = input.choices ?? {};
  const links: PlaceLinks = { matched: [], chosen: [], unmatched: [], joined: [] };
  const questions: PlaceQuestion[] = [];
  const codes = new Array<string | undefined>(ds.jurisdictions.length);
  const departments = new Array<string>(ds.jurisdictions.length).fill('');
  // the codes a parent may have: given in the file, or of a stored jurisdiction
  const givenCode = new Map<string, string>();
  for (const s of input.stored) if (s.code) givenCode.set(s.id, s.code);
  for (const j of ds.jurisdictions) if (j.code) givenCode.set(j.id, j.code);

  ds.jurisdictions.forEach((j, i) => {
    const year = years.get(j.id);
    const o: ResolveOptions = { ...opts, ...(year ? { year } : {}) };
    const idCode = GAZETTEER_ID.exec(j.id)?.[1];
    const known = j.code ?? (idCode && g.byCode(idCode) ? idCode : undefined);
    if (known) {
      codes[i] = known;
      departments[i] = departmentOf({ ...j, code: known }, g, o);
      if (!j.code) links.matched.push({ id: j.id, name: j.name.zh, code: known });
      return;
    }
    const parentCode = j.parent ? givenCode.get(j.parent) ?? GAZETTEER_ID.exec(j.parent)?.[1] : undefined;
    const { places, department } = candidatesOf(j, g, o, parentCode);
    departments[i] = department;
    if (places.length === 1) {
      codes[i] = places[0]!.code!;
      links.matched.push({ id: j.id, name: j.name.zh, code: codes[i]! });
      return;
    }
    if (places.length === 0) {
      links.unmatched.push({ id: j.id, name: j.name.zh });
      return;
    }
    const answer = Object.prototype.hasOwnProperty.call(choices, j.id) ? choices[j.id] : undefined;
    const picked = answer ? places.find((p) => p.code === answer) : undefined;
    if (picked) {
      codes[i] = picked.code!;
      links.chosen.push({ id: j.id, name: j.name.zh, code: codes[i]! });
    } else if (answer === null || !input.ask) links.unmatched.push({ id: j.id, name: j.name.zh });
    else questions.push({ index: i, id: j.id, name: j.name.zh, province: j.province, candidates: places.map((p) => candidate(g, p)) });
  });
  if (questions.length) return { kind: 'questions', questions };

  const issues = samePlaceIssues(ds, codes, departments);
  if (issues.length) return { kind: 'invalid', issues };

  const rename = joinStored(ds, codes, departments, input.stored, (s) => departmentOf(s, g, opts), links);
  return { kind: 'linked', dataset: rewrite(ds, codes, rename), links };
}

/**
 * The stored jurisdiction each of the file's becomes: one of its code and kind, of another dataset (a replaced
 * dataset's own do not count), whose id the file does not use; the first in the catalogue's order.
 */
function joinStored(
  ds: Dataset,
  codes: readonly (string | undefined)[],
  departments: readonly string[],
  stored: readonly StoredJurisdiction[],
  departmentOfStored: (s: StoredJurisdiction) => string,
  links: PlaceLinks,
): Map<string, string> {
  const storedByCode = new Map<string, StoredJurisdiction[]>();
  for (const s of stored) {
    if (!s.code || s.dataset === ds.id) continue;
    const list = storedByCode.get(s.code);
    if (list) list.push(s);
    else storedByCode.set(s.code, [s]);
  }
  const fileIds = new Set(ds.jurisdictions.map((j) => j.id));
  const rename = new Map<string, string>();
  ds.jurisdictions.forEach((j, i) => {
    const code = codes[i];
    const same = code ? storedByCode.get(code) : undefined;
    if (!same || same.some((s) => s.id === j.id)) return;
    const target = same.find((s) => !fileIds.has(s.id) && departmentOfStored(s) === departments[i]);
    if (!target) return;
    rename.set(j.id, target.id);
    links.joined.push({ id: j.id, name: j.name.zh, to: target.id, toName: target.name.zh });
  });
  return rename;
}

/** The dataset with the codes filled in and the ids renamed wherever a jurisdiction is referred to; changed items are copies. */
function rewrite(ds: Dataset, codes: readonly (string | undefined)[], rename: ReadonlyMap<string, string>): Dataset {
  const jurisdictions = ds.jurisdictions.map((j, i) => {
    const id = rename.get(j.id) ?? j.id;
    const parent = j.parent !== undefined ? rename.get(j.parent) ?? j.parent : undefined;
    const code = j.code ?? codes[i];
    if (id === j.id && parent === j.parent && code === j.code) return j;
    const out: Jurisdiction = { ...j, id };
    if (parent !== undefined) out.parent = parent;
    if (code !== undefined) out.code = code;
    return out;
  });
  const reports = rename.size
    ? ds.reports.map((r) => {
        const to = rename.get(r.jurisdiction);
        return to ? { ...r, jurisdiction: to } : r;
      })
    : ds.reports;
  return { ...ds, jurisdictions, reports };
}

/** Two jurisdictions of the file that are one place (same code, same kind): an issue at the second, naming the first. */
function samePlaceIssues(ds: Dataset, codes: readonly (string | undefined)[], departments: readonly string[]): DatasetIssue[] {
  const seen = new Map<string, number>();
  const issues: DatasetIssue[] = [];
  ds.jurisdictions.forEach((j, i) => {
    const code = codes[i];
    if (!code) return;
    const key = `${code}|${departments[i]}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    const other = ds.jurisdictions[first]!;
    issues.push({
      path: j.code !== undefined ? ['jurisdictions', i, 'code'] : ['jurisdictions', i, 'name', 'zh'],
      code: 'duplicate_place',
      message: `"${j.name.zh}" (${j.id}) and "${other.name.zh}" (${other.id}, jurisdictions[${first}]) are the same place, code ${code}`,
      params: { id: j.id, name: j.name.zh, code, firstId: other.id, firstName: other.name.zh, first },
    });
  });
  return issues;
}
