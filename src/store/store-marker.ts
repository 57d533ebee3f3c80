/**
 * A small note, outside IndexedDB, of what the store held: which of the person's datasets, and when the last backup
 * was made. On start it is compared with the store: a store that was made anew (its id, kept in the settings, is not
 * the one the note remembers) while the note names datasets that are not there means the stored data was lost
 * (evicted under storage pressure, or the database alone deleted), and the app says so.
 *
 * What survives: Chromium's quota eviction deletes an origin's quota-managed storage (IndexedDB, Cache Storage) but
 * has kept localStorage; "clear site data" and Safari's seven-day cap clear localStorage too, and then nothing is
 * left to compare with — such a loss looks like a first visit and cannot be told (docs/architecture.md).
 */
import { STORE_ID_KEY, type RolDb } from './db';
import { LAST_BACKUP_KEY, readSetting, writeSetting, type LastBackup } from './records';
import type { Bilingual } from '../model/schema';

export const MARKER_KEY = 'rol-compare.store-marker';
export { STORE_ID_KEY } from './db';

export interface MarkedDataset {
  id: string;
  title: Bilingual;
}

export interface StoreMarker {
  /** the id of the store the note describes */
  storeId: string;
  datasets: MarkedDataset[];
  /** ms since 1970 of the last backup, if any */
  lastBackup: number | null;
  /** a loss already found and not yet dismissed or mended */
  lost?: StoreLoss;
}

export interface StoreLoss {
  datasets: MarkedDataset[];
  lastBackup: number | null;
  /** when the loss was noticed */
  at: number;
}

/** What the store holds now. */
export interface StoreNow {
  storeId: string;
  /** whether the store id was made just now (no id was stored: a new database, or one older than the note) */
  fresh: boolean;
  datasets: MarkedDataset[];
  lastBackup: number | null;
}

const isTitle = (v: unknown): v is Bilingual =>
  !!v && typeof v === 'object' && typeof (v as Bilingual).zh === 'string' && typeof (v as Bilingual).en === 'string';
const isDatasets = (v: unknown): v is MarkedDataset[] =>
  Array.isArray(v) && v.every((d) => !!d && typeof (d as MarkedDataset).id === 'string' && isTitle((d as MarkedDataset).title));
const isWhen = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));

/** The note as stored, or null when there is none or it is not one of ours. */
export function parseMarker(text: string | null): StoreMarker | null {
  if (!text) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  const m = v as Partial<StoreMarker> | null;
  if (!m || typeof m !== 'object' || typeof m.storeId !== 'string' || !isDatasets(m.datasets) || !isWhen(m.lastBackup ?? null)) return null;
  const out: StoreMarker = { storeId: m.storeId, datasets: m.datasets, lastBackup: m.lastBackup ?? null };
  const l = m.lost;
  if (l && typeof l === 'object' && isDatasets(l.datasets) && isWhen(l.lastBackup ?? null) && typeof l.at === 'number')
    out.lost = { datasets: l.datasets, lastBackup: l.lastBackup ?? null, at: l.at };
  return out;
}

/**
 * Compares the note with the store: the loss to tell (a new one, or one told before that is still not mended), and
 * the note to keep. A loss is mended when every lost dataset is back (a restore); it stays until then or until the
 * person dismisses it.
 */
export function reconcile(marker: StoreMarker | null, now: StoreNow, at: number): { loss: StoreLoss | null; marker: StoreMarker } {
  const present = new Set(now.datasets.map((d) => d.id));
  let loss: StoreLoss | null = marker?.lost ?? null;
  if (marker && marker.storeId !== now.storeId) {
    const gone = marker.datasets.filter((d) => !present.has(d.id));
    if (gone.length) {
      const known = new Set(loss?.datasets.map((d) => d.id));
      loss = {
        datasets: [...(loss?.datasets ?? []), ...gone.filter((d) => !known.has(d.id))],
        lastBackup: marker.lastBackup ?? loss?.lastBackup ?? null,
        at,
      };
    }
  }
  if (loss && loss.datasets.every((d) => present.has(d.id))) loss = null;
  const next: StoreMarker = { storeId: now.storeId, datasets: now.datasets, lastBackup: now.lastBackup ?? null };
  if (loss) next.lost = loss;
  return { loss, marker: next };
}

/** The note without its loss (the person dismissed it). */
export const withoutLoss = (m: StoreMarker): StoreMarker => ({ storeId: m.storeId, datasets: m.datasets, lastBackup: m.lastBackup });

/** Reads the store's id (making one when there is none), the person's datasets and the last backup. */
export async function readStoreNow(db: RolDb, makeId: () => string): Promise<StoreNow> {
  let fresh = false;
  // two tabs starting at once: the first id written wins, both read it back
  const storeId = await db.transaction('rw', db.settings, async () => {
    const stored = await readSetting<string>(db, STORE_ID_KEY);
    if (typeof stored === 'string') return stored;
    const made = makeId();
    fresh = true;
    await writeSetting(db, STORE_ID_KEY, made);
    return made;
  });
  const datasets = (await db.datasets.where('origin').equals('user').toArray()).map((r) => ({ id: r.id, title: r.title }));
  const last = await readSetting<LastBackup>(db, LAST_BACKUP_KEY);
  return { storeId, fresh, datasets, lastBackup: last?.at ?? null };
}
