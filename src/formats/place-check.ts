/**
 * The places of a dataset against the gazetteer (data/gazetteer/): a jurisdiction's `code` must be a place of it,
 * of the jurisdiction's level, under a name that is that place's (in either script, with or without its
 * province/city prefix or suffix, or a department of it); an id of the gazetteer's form (`cn.<code>`) must be that
 * place. Every problem names the jurisdiction's field. Pure; the importer loads the gazetteer.
 */
import type { Gazetteer, Place } from '../model/gazetteer';
import { resolvePlace } from '../model/place-resolve';
import type { Dataset, Level } from '../model/schema';
import type { DatasetIssue } from './issue';

/** The gazetteer levels a dataset level may stand for (a municipality's city row is province-level). */
export const LEVEL_OK: Record<Level, (p: Place) => boolean> = {
  province: (p) => p.level === 'province',
  city: (p) => p.level === 'city' || p.kind === 'municipality',
  district: (p) => p.level === 'county',
  county: (p) => p.level === 'county',
  zone: (p) => p.level === 'county' || p.kind === 'zone',
};

export const GAZETTEER_ID = /^cn\.(\d{6})(?:\.|$)/;

export function checkPlaces(ds: Dataset, g: Gazetteer, toSimplified?: (s: string) => string): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const opts = toSimplified ? { toSimplified } : {};
  ds.jurisdictions.forEach((j, i) => {
    const idCode = GAZETTEER_ID.exec(j.id)?.[1];
    if (idCode && j.code !== undefined && idCode !== j.code)
      issues.push({
        path: ['jurisdictions', i, 'id'],
        code: 'place_id_conflict',
        message: `the id "${j.id}" is the gazetteer's place ${idCode}, but the code is ${j.code}`,
        params: { id: j.id, code: j.code },
      });
    const code = j.code ?? idCode;
    if (code === undefined) return;
    const place = g.byCode(code);
    const field = j.code !== undefined ? 'code' : 'id';
    if (!place) {
      issues.push({ path: ['jurisdictions', i, field], code: 'unknown_place_code', message: `no place has the code ${code}`, params: { code } });
      return;
    }
    // as written first: the t→cn converter also changes some simplified names (乾安县 → 干安县)
    const asWritten = resolvePlace(g, { code, name: j.name.zh });
    const r = asWritten.kind === 'conflict' && toSimplified ? resolvePlace(g, { code, name: j.name.zh }, opts) : asWritten;
    // a name that names no place at all must still say which (苏州工业园区管委会 does; 测试县 does not)
    const names = (s: string) => s.includes(place.short) || s.includes(place.name.zh);
    const silent = r.kind !== 'conflict' && !names(j.name.zh) && !(toSimplified && names(toSimplified(j.name.zh)));
    if (r.kind === 'conflict' || silent)
      issues.push({
        path: ['jurisdictions', i, 'name', 'zh'],
        code: 'place_code_conflict',
        message: `the name "${j.name.zh}" is not the place of code ${code} (${place.fullName})`,
        params: { name: j.name.zh, code, expected: place.fullName },
      });
    else if (!LEVEL_OK[j.level](place))
      issues.push({
        path: ['jurisdictions', i, 'level'],
        code: 'place_level_mismatch',
        message: `level "${j.level}" does not fit ${place.fullName} (code ${code}, a ${place.level}-level unit)`,
        params: { level: j.level, code, expected: place.level },
      });
  });
  return issues;
}
