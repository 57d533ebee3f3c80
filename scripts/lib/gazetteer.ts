/**
 * Reads data/gazetteer/ (Node only): the census table, the later changes and the English names, and gives the
 * text of public/data/gazetteer.json (deterministic: same input, same bytes). Throws with what is wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Place } from '../../src/model/gazetteer';
import { placesFromCensus, type CensusRow, type PlaceChange } from '../../src/model/gazetteer-census';
import { encodeGazetteer, gazetteerJson, type GazetteerSource } from '../../src/model/gazetteer-codec';

const COLUMNS = ['code', 'province', 'city', 'county', 'population', 'urban', 'rural', 'households'] as const;

/** What the shipped file says of its source: the citation, the licence text in full (MIT asks for it), a note. */
const source = (licence: string): GazetteerSource => ({
  citation: 'Lei Dong, Rui Du, Yu Liu, Mapping Evolving Population Geography in China, working paper, 2022',
  licence,
  note: {
    zh: '第七次全国人口普查（2020年）分县常住人口；区划代码为普查时的 GB/T 2260 代码。',
    en: 'Resident population by county from the seventh national census (2020); codes are GB/T 2260 as of the census.',
  },
});

function count(value: string, where: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`${where}: "${value}" is not a count`);
  return Number(value);
}

/** The rows of census-2020-county.csv, checked: the columns, six-digit codes or NA, counts. */
export function readCensusCsv(text: string): CensusRow[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`census csv: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  const fields = parsed.meta.fields ?? [];
  if (COLUMNS.some((c, i) => fields[i] !== c)) throw new Error(`census csv: columns ${fields.join(',')}, expected ${COLUMNS.join(',')}`);
  return parsed.data.map((r, i) => {
    const where = `census csv row ${i + 2}`;
    const code = r.code === 'NA' ? null : r.code!;
    if (code !== null && !/^\d{6}$/.test(code)) throw new Error(`${where}: code "${code}"`);
    return {
      code,
      province: r.province!,
      city: r.city!,
      county: r.county!,
      population: count(r.population!, where),
      urban: count(r.urban!, where),
      rural: count(r.rural!, where),
      households: count(r.households!, where),
    };
  });
}

function readChanges(path: string): PlaceChange[] {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as { changes?: PlaceChange[] };
  if (!Array.isArray(doc.changes)) throw new Error(`${path}: no "changes" array`);
  for (const c of doc.changes)
    if (!/^\d{6}$/.test(c.code) || !Number.isInteger(c.year) || !c.note?.zh || !c.note?.en)
      throw new Error(`${path}: change ${JSON.stringify(c)} needs code, year and note {zh, en}`);
  return doc.changes;
}

/** The places of data/gazetteer/. */
export function loadGazetteerPlaces(dir: string): Place[] {
  const rows = readCensusCsv(readFileSync(join(dir, 'census-2020-county.csv'), 'utf8'));
  const namesEn = JSON.parse(readFileSync(join(dir, 'names-en.json'), 'utf8')) as { names: Record<string, string> };
  return placesFromCensus(rows, readChanges(join(dir, 'changes.json')), namesEn.names);
}

/** The text of public/data/gazetteer.json from data/gazetteer/. */
export function gazetteerFile(dir: string): { json: string; places: Place[] } {
  const places = loadGazetteerPlaces(dir);
  const licence = readFileSync(join(dir, 'census-LICENSE.txt'), 'utf8').replace(/\r\n/g, '\n').trim();
  return { json: gazetteerJson(encodeGazetteer(places, source(licence))), places };
}
