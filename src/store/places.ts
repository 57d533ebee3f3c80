/**
 * The gazetteer for checking, finding and joining the places of an imported file, loaded once per worker when the
 * first file arrives: public/data/gazetteer.json (precached by the service worker) and opencc's t→cn converter for
 * names in traditional script. When either cannot be loaded, places are neither checked nor found by name nor
 * joined (the import goes on). Also the stored jurisdictions a file's places are joined to.
 */
import { createGazetteer } from '../model/gazetteer';
import { decodeGazetteer } from '../model/gazetteer-codec';
import { loadToSimplified } from '../model/to-simplified';
import type { ValidateOptions } from '../formats/validate';
import type { StoredJurisdiction } from '../formats/place-link';
import type { RolDb } from './db';

export type PlaceCheck = NonNullable<ValidateOptions['places']>;

let source: (() => Promise<PlaceCheck | null>) | null = null;
let loaded: Promise<PlaceCheck | null> | null = null;

/** Where the gazetteer comes from: the worker fetches it; tests hand one in. */
export function setPlaceSource(load: (() => Promise<PlaceCheck | null>) | null): void {
  source = load;
  loaded = null;
}

/** The gazetteer, loaded on first use; null when there is none. */
export function placeCheck(): Promise<PlaceCheck | null> {
  if (!source) return Promise.resolve(null);
  if (!loaded) {
    loaded = source().catch(() => null);
    void loaded.then((p) => {
      if (!p) loaded = null; // tried again next time
    });
  }
  return loaded;
}

/** The app's source: the gazetteer file next to the app (`../data/` from the worker's script in assets/). */
export async function fetchPlaceCheck(scriptUrl: string): Promise<PlaceCheck | null> {
  // the converter's module loads while the gazetteer is fetched (one after the other, an import waited for both)
  const converter = loadToSimplified();
  converter.catch(() => {});
  const res = await fetch(new URL('../data/gazetteer.json', scriptUrl));
  if (!res.ok) return null;
  const gazetteer = createGazetteer(decodeGazetteer(await res.json()));
  return { gazetteer, toSimplified: await converter };
}

/**
 * The stored jurisdictions that have a code, in the catalogue's order (bundled data first, then by import date):
 * the places an imported file's are joined to.
 */
export async function storedJurisdictions(db: RolDb): Promise<StoredJurisdiction[]> {
  const records = await db.datasets.toArray();
  records.sort((a, b) => (a.origin === b.origin ? a.importedAt - b.importedAt || a.id.localeCompare(b.id) : a.origin === 'bundled' ? -1 : 1));
  const out: StoredJurisdiction[] = [];
  for (const r of records)
    for (const j of r.jurisdictions) if (j.code) out.push({ dataset: r.id, id: j.id, code: j.code, name: j.name });
  return out;
}
