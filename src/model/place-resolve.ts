/**
 * Resolving a code and a name to a place of the gazetteer, pure. A name is read as a chain of place names from
 * its start (江苏省常州市武进区, 常州武进, 武进区, 武进), each with or without its suffix, each a unit of the one
 * before; what follows may be 人民政府 or a department (武进区市场监督管理局 → 武进区 + 市场监督管理局).
 * Traditional script resolves through the converter the caller passes (the app passes opencc-js t → cn).
 */
import { isAncestor, type Gazetteer, type Place } from './gazetteer';

export interface ResolveOptions {
  /** Converts traditional script to simplified (常州市武進區 → 常州市武进区); identity when absent. */
  toSimplified?: (s: string) => string;
  /** The year the text is about: among several candidates, places abolished by then give way to the others. */
  year?: number;
}

export type PlaceResolution =
  | { kind: 'found'; place: Place; department?: string }
  | { kind: 'ambiguous'; candidates: Place[]; department?: string }
  | { kind: 'none' }
  | { kind: 'conflict'; byCode: Place; byName: Place[] };

/** A run of place names in a text: where it starts and ends, how many names, the places of the last one. */
export interface ChainMatch {
  start: number;
  end: number;
  tokens: number;
  /** The last name stood in full (武进区), not only as a short name (武进). */
  full: boolean;
  places: Place[];
}

/** NFKC (full-width brackets and digits), no white space, simplified script when a converter is given. */
export function normalisePlaceText(text: string, toSimplified?: (s: string) => string): string {
  const s = text.normalize('NFKC').replace(/[\s\u200b\u3000]+/g, '');
  return toSimplified ? toSimplified(s) : s;
}

/** A suffix written after a short name: 海门区 for 海门市 (renamed), 黔西南州 for 黔西南布依族苗族自治州. */
function suffixFollows(c: string, places: readonly Place[]): boolean {
  return (c !== '' && '省市区县旗盟'.includes(c)) || (c === '州' && places.some((p) => p.name.zh.endsWith('自治州')));
}

/** Every name of the gazetteer that begins at `i`, longest first. */
function namesAt(g: Gazetteer, s: string, i: number): { len: number; places: readonly Place[] }[] {
  const out: { len: number; places: readonly Place[] }[] = [];
  for (let len = Math.min(g.longestName, s.length - i); len >= 2; len--) {
    const places = g.names.get(s.slice(i, i + len));
    if (places) out.push({ len, places });
  }
  return out;
}

function better(a: ChainMatch, b: ChainMatch): boolean {
  if (a.end !== b.end) return a.end > b.end;
  if (a.tokens !== b.tokens) return a.tokens > b.tokens;
  return a.full && !b.full;
}

/**
 * The best chain of place names starting at `i`: the longest, then the one of most names (河北唐山芦台经济开发区 is
 * one zone, not 河北 + 唐山 + the rest); each a unit of one of the places before (`within`). A short name may carry a suffix of its own (海门区, 黔西南州).
 */
export function chainAt(g: Gazetteer, s: string, i: number, within: readonly Place[] | null = null): ChainMatch | null {
  let best: ChainMatch | null = null;
  for (const { len, places: all } of namesAt(g, s, i)) {
    const places = within ? all.filter((p) => within.some((w) => isAncestor(w, p))) : [...all];
    if (!places.length) continue;
    const word = s.slice(i, i + len);
    const full = places.some((p) => p.name.zh === word);
    const end = i + len + (!full && suffixFollows(s.charAt(i + len), places) ? 1 : 0);
    const next = chainAt(g, s, end, places);
    const m: ChainMatch = next
      ? { start: i, end: next.end, tokens: next.tokens + 1, full: next.full, places: next.places }
      : { start: i, end, tokens: 1, full, places: places.filter((p) => !full || p.name.zh === word) };
    if (!best || better(m, best)) best = m;
  }
  return best;
}

const DEPARTMENT =
  /^(?:人民政府|政府)?[\u4e00-\u9fffA-Za-z0-9·]{0,24}?(?:局|厅|委员会|委|办公室|办|院|中心|所|站|队|处|部|署|会|馆|社|组|庭)$/;

/**
 * What follows the place in a name: '' for nothing or the government itself (人民政府), the department
 * (司法局, 人民政府办公室), or undefined when it is neither.
 */
export function departmentOf(rest: string): string | undefined {
  if (rest === '' || rest === '人民政府' || rest === '政府') return '';
  return DEPARTMENT.test(rest) ? rest : undefined;
}

/** Among several candidates, those not abolished by the year (when that leaves any). */
export function narrowByYear(places: Place[], year: number | undefined): Place[] {
  if (places.length < 2 || year === undefined) return places;
  const current = places.filter((p) => !p.abolished || p.abolished.year > year);
  return current.length ? current : places;
}

/** 朝阳区(北京市) → 北京市朝阳区: a label of the pickers read back. */
function unlabel(s: string): string {
  const m = /^(.+?)\((.+)\)$/.exec(s);
  return m ? m[2]! + m[1]! : s;
}

/** The places a name names (before narrowing by year) and the department, or null when it names none. */
function nameCandidates(g: Gazetteer, name: string, options: ResolveOptions): { places: Place[]; department: string } | null {
  const s = unlabel(normalisePlaceText(name, options.toSimplified));
  const m = chainAt(g, s, 0);
  if (!m) return null;
  const department = departmentOf(s.slice(m.end));
  return department === undefined ? null : { places: m.places, department };
}

function fromCandidates(places: Place[], department: string): PlaceResolution {
  const dep = department ? { department } : {};
  return places.length === 1 ? { kind: 'found', place: places[0]!, ...dep } : { kind: 'ambiguous', candidates: places, ...dep };
}

/**
 * The place a code and a name denote: by code first (320412 or cn.320412), checked against the name when both
 * are given (`conflict` when the name names other places); by name when there is no code or it is unknown.
 */
export function resolvePlace(
  g: Gazetteer,
  query: { code?: string | null; name?: string | null },
  options: ResolveOptions = {},
): PlaceResolution {
  const byCode = query.code ? g.byCode(query.code) : undefined;
  const named = query.name?.trim() ? nameCandidates(g, query.name, options) : null;
  if (byCode) {
    if (!named || named.places.includes(byCode)) return fromCandidates([byCode], named?.department ?? '');
    return { kind: 'conflict', byCode, byName: named.places };
  }
  if (!named) return { kind: 'none' };
  return fromCandidates(narrowByYear(named.places, options.year), named.department);
}
