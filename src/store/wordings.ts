/**
 * Remembered wordings (the `wordings` table of src/store/db.ts): the words that named a figure in a review and the
 * metric a person chose for them. Written with the dataset they were learned from, in its transaction
 * (src/store/records.ts), or from a backup; at most MAX_WORDINGS rows, the most recently used kept.
 */
import type { RolDb, WordingRow } from './db';

export const MAX_WORDINGS = 5000;

/** A wording learned in a review: the area, the words, the metric chosen, the unit the figure was written in. */
export type WordingInput = Pick<WordingRow, 'area' | 'wording' | 'metric' | 'unit'>;

/** What a write brings: wordings learned in a review (each use counted), or the rows of a backup, as they were. */
export type WordingWrite = { learned: readonly WordingInput[]; now: number } | { restored: readonly WordingRow[] };

export const wordingRowKey = (area: string, wording: string): string => `${area}|${wording}`;

/** Keeps the MAX_WORDINGS most recently used rows (then the most used). */
async function prune(db: RolDb, max: number): Promise<void> {
  if ((await db.wordings.count()) <= max) return;
  const all = await db.wordings.toArray();
  all.sort((a, b) => b.updatedAt - a.updatedAt || b.uses - a.uses || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  await db.wordings.bulkDelete(all.slice(max).map((r) => r.key));
}

/** Writes inside the caller's read-write transaction, which must include `db.wordings`. */
export async function writeWordingsInTransaction(db: RolDb, w: WordingWrite, max = MAX_WORDINGS): Promise<void> {
  if ('restored' in w) {
    if (w.restored.length) await db.wordings.bulkPut(w.restored.map((r) => ({ ...r })));
  } else if (w.learned.length) {
    const byKey = new Map(w.learned.map((x) => [wordingRowKey(x.area, x.wording), x]));
    const keys = [...byKey.keys()];
    const before = await db.wordings.bulkGet(keys);
    const rows: WordingRow[] = keys.map((key, k) => {
      const x = byKey.get(key)!;
      return { key, area: x.area, wording: x.wording, metric: x.metric, unit: x.unit, uses: (before[k]?.uses ?? 0) + 1, updatedAt: w.now };
    });
    await db.wordings.bulkPut(rows);
  }
  await prune(db, max);
}

/** Remembers wordings on their own (a save writes them with its dataset instead). */
export async function putWordings(db: RolDb, learned: readonly WordingInput[], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.wordings, () => writeWordingsInTransaction(db, { learned, now }));
}

/** Every remembered wording, in key order. */
export const listWordings = (db: RolDb): Promise<WordingRow[]> => db.wordings.orderBy('key').toArray();

/** Forgets every remembered wording. */
export const clearWordings = (db: RolDb): Promise<void> => db.wordings.clear();
