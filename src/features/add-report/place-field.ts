/**
 * The place of a report in the add-report view, pure: what the picker offers for what was typed, how a place is
 * shown so that identical names are never confused (武进区(常州市), 朝阳区(北京市)), what a typed name resolves to,
 * and the place, year and title a report's opening proposes.
 */
import type { Gazetteer, Place } from '../../model/gazetteer';
import { searchPlaces, type PlaceHit } from '../../model/place-search';
import { normalisePlaceText, resolvePlace } from '../../model/place-resolve';
import { proposePlace } from '../../model/place-propose';
import type { PlacePick } from '../../extract/to-dataset';

type ToSimplified = (s: string) => string;

/** The province and the city above a place (none for a province). */
function above(g: Gazetteer, p: Place): { province?: Place; city?: Place } {
  const province = p.province ? g.byId(p.province.id) : undefined;
  const city = p.city && p.city.id !== p.id && p.city.id !== p.province?.id ? g.byId(p.city.id) : undefined;
  return { ...(province ? { province } : {}), ...(city ? { city } : {}) };
}

/** The gazetteer's label, or the name with its city (else province) when the label is the name alone. */
export function placeLabel(g: Gazetteer, p: Place): string {
  const label = g.label(p);
  if (label !== p.name.zh) return label;
  const { province, city } = above(g, p);
  const up = city ?? province;
  return up ? `${p.name.zh}(${up.name.zh})` : p.name.zh;
}

/** 江苏省 · 常州市: where a place is, for the picker's options and the choice between namesakes. */
export function placeWhere(g: Gazetteer, p: Place): string {
  const { province, city } = above(g, p);
  return [province?.name.zh, city?.name.zh].filter(Boolean).join(' · ');
}

/** What the picker offers: nothing for fewer than two characters. */
export function placeOptions(g: Gazetteer, query: string, toSimplified?: ToSimplified, limit = 12): PlaceHit[] {
  if ([...normalisePlaceText(query)].length < 2) return [];
  return searchPlaces(g, query, { limit, ...(toSimplified ? { toSimplified } : {}) });
}

export type PlaceReading =
  | { kind: 'found'; pick: PlacePick }
  | { kind: 'ambiguous'; candidates: Place[]; department?: string }
  | { kind: 'unknown' };

const withDepartment = (department: string | undefined) => (department ? { department } : {});

/** What a typed name denotes: one place (with the department named, if any), several, or none the gazetteer knows. */
export function readPlace(g: Gazetteer, text: string, toSimplified?: ToSimplified): PlaceReading {
  const r = resolvePlace(g, { name: text }, toSimplified ? { toSimplified } : {});
  if (r.kind === 'found') return { kind: 'found', pick: { place: r.place, ...withDepartment(r.department) } };
  if (r.kind === 'ambiguous') return { kind: 'ambiguous', candidates: r.candidates, ...withDepartment(r.department) };
  return { kind: 'unknown' };
}

export interface Proposal {
  place: PlaceReading;
  /** the run of place names the opening states (朝阳区), for the field while a choice is pending */
  match?: string;
  year?: number;
  title?: string;
}

/** The first line when it reads as a report's title (…报告, at most 120 characters). */
export function titleOf(text: string): string | undefined {
  const first = text.split(/\r?\n/).map((l) => l.trim()).find(Boolean);
  return first && first.length <= 120 && /报告|報告/.test(first) ? first : undefined;
}

/** The place, year and title a report's opening states. */
export function proposeFrom(g: Gazetteer, text: string, toSimplified?: ToSimplified): Proposal {
  const p = proposePlace(g, text, toSimplified ? { toSimplified } : {});
  const title = titleOf(text);
  const extra = { ...(p.year !== undefined ? { year: p.year } : {}), ...(title ? { title } : {}), ...(p.match ? { match: p.match } : {}) };
  if (p.kind === 'found') return { place: { kind: 'found', pick: { place: p.place, ...withDepartment(p.department) } }, ...extra };
  if (p.kind === 'ambiguous') return { place: { kind: 'ambiguous', candidates: p.candidates, ...withDepartment(p.department) }, ...extra };
  return { place: { kind: 'unknown' }, ...extra };
}

