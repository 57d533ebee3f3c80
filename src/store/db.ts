/**
 * The IndexedDB store (Dexie). With the other modules of src/store, the only code that knows Dexie.
 * Schema versions are append-only: never edit a released version, add a new one (docs/architecture.md).
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { StoredJurisdictionBlock, StoredMetricBlock } from './codecs/blocks';
import type { DatasetRecord } from '../model/dataset-tables';
import { blockTexts, jurisdictionIds } from './codecs/blocks';
import { encodeObservations, packStrings } from './codecs/columns';
import type { Observation, Report } from '../model/schema';
import type { BackupWording } from '../formats/backup-envelope';

export const DB_NAME = 'rol-compare';

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * A wording a person mapped in the review of an added report, remembered for later extractions: the words that
 * named the figure (simplified script) → the indicator (or report-specific metric) chosen, with its unit, how often
 * and when last it was chosen. Kept in backups: the backup envelope defines the row (src/formats/backup-envelope.ts).
 */
export type WordingRow = BackupWording;

export class RolDb extends Dexie {
  datasets!: Table<DatasetRecord, string>;
  jurisdictionBlocks!: Table<StoredJurisdictionBlock, [string, string]>;
  metricBlocks!: Table<StoredMetricBlock, [string, string, number]>;
  settings!: Table<SettingRow, string>;
  wordings!: Table<WordingRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    // v1 — released schema; keep as is.
    const v1 = {
      datasets: 'id, origin',
      jurisdictionBlocks: '[dataset+jurisdiction], dataset, jurisdiction',
      metricBlocks: '[dataset+metric+period], dataset, metric, [metric+period]',
      settings: 'key',
    };
    this.version(1).stores(v1);
    // v2 — same stores and indexes; block records keep their many small values as columns
    // (src/store/codecs/columns.ts). The upgrade rewrites v1 blocks in place, inside the upgrade transaction.
    this.version(2)
      .stores(v1)
      .upgrade(async (tx) => {
        await tx
          .table('jurisdictionBlocks')
          .toCollection()
          .modify((b: { observations: unknown; reports: Report[] }) => {
            if (Array.isArray(b.observations))
              b.observations = encodeObservations(b.observations as Observation[], blockTexts(b.reports));
          });
        // metric blocks point into their dataset's list of jurisdictions (every stored figure was validated, so
        // its jurisdiction is in that list)
        const lists = new Map<string, readonly string[]>();
        for (const r of (await tx.table('datasets').toArray()) as DatasetRecord[]) lists.set(r.id, jurisdictionIds(r));
        await tx
          .table('metricBlocks')
          .toCollection()
          .modify((b: { dataset: string; jurisdiction: unknown; observation: unknown }) => {
            if (Array.isArray(b.jurisdiction)) {
              const at = new Map((lists.get(b.dataset) ?? []).map((id, i) => [id, i]));
              b.jurisdiction = Uint32Array.from(b.jurisdiction as string[], (j) => at.get(j) ?? 0xffffffff);
            }
            if (Array.isArray(b.observation)) b.observation = packStrings(b.observation as string[]);
          });
      });
    // v3 — dataset format 2 (the indicator catalogue): stored datasets are migrated as version 1 files are on
    // import (./upgrade-v3.ts); adds the wordings people mapped in a review.
    this.version(3)
      .stores({ ...v1, wordings: 'key, metric' })
      .upgrade((tx) => {
        if (!formatUpgrade) throw new Error('the dataset-format upgrade is not loaded in this context (src/store/upgrade-v3.ts)');
        return formatUpgrade(tx);
      });
  }
}

/**
 * The store's format upgrades need the indicator catalogue's ids, which stay out of the initial JS: the modules
 * that run them register here when loaded (src/store/upgrade-v3.ts, loaded by the import worker, which opens the
 * database before anything reads it). An upgrade that finds nothing registered throws, so Dexie aborts it and the
 * database stays as it was.
 */
let formatUpgrade: ((tx: Transaction) => Promise<void>) | null = null;
export function registerFormatUpgrade(fn: (tx: Transaction) => Promise<void>): void {
  formatUpgrade = fn;
}

let instance: RolDb | null = null;

/** The app's database, opened once. */
export function getDb(): RolDb {
  if (!instance) instance = new RolDb();
  return instance;
}

/** For tests: use another database (e.g. fake-indexeddb, a fresh name). */
export function setDb(db: RolDb | null): void {
  instance = db;
}

export interface ConnectionHandlers {
  /** another tab opens a newer version (or deletes the database): this connection is being closed */
  onVersionChange?: (newVersion: number | null) => void;
  /** this connection's upgrade waits for another tab that keeps an older version open */
  onBlocked?: () => void;
  /** the browser closed the connection and it could not be opened again on the same store (site data cleared) */
  onClosed?: () => void;
  /** the browser closed the connection and it was opened again on the same store: what is shown should be re-read */
  onReopened?: () => void;
}

/** The setting that names the store (made once per database; a database made anew gets another). */
export const STORE_ID_KEY = 'storeId';

/**
 * Watches a connection for other tabs' upgrades. On `versionchange` the connection is closed for
 * good (the other tab's upgrade goes on; this tab's code must not reopen a newer schema) and the handler tells
 * the user to reload. A connection the browser closes under the tab (a storage error, a crashed process, site data
 * cleared) is opened again once with this tab's schema: if it reaches the same store (its id setting unchanged) the
 * tab goes on (`onReopened`); otherwise (the database is gone or was made anew), or on a second loss, it stays
 * closed and `onClosed` tells the user to reload. Returns an unsubscribe.
 */
export function watchConnection(db: RolDb, handlers: ConnectionHandlers): () => void {
  // Dexie fires 'close' for every close, its own included: react to the first event only, then close for good
  // (after Dexie's own handler, which would reopen on the next query with this tab's old schema).
  let ended = false;
  const end = () => {
    ended = true;
    queueMicrotask(() => db.close({ disableAutoOpen: true }));
  };
  const onVersionChange = (ev: IDBVersionChangeEvent) => {
    if (ended) return;
    end();
    handlers.onVersionChange?.(ev.newVersion);
  };
  const onBlocked = () => handlers.onBlocked?.();
  // Dexie fires 'close' after an open that failed too: that is no lost connection (the open may be tried again,
  // src/store/db.ts openWithRetry), so only a connection that was open counts
  let opened = db.isOpen();
  // the store's id, read once the connection is open: a connection lost under the tab (the browser closed it: a
  // storage error, a crashed process) is opened again once, and kept only if it reaches the same store
  let storeId: string | null = null;
  const readStoreId = () =>
    void db.settings
      .get(STORE_ID_KEY)
      .then((row) => {
        if (typeof row?.value === 'string') storeId = row.value;
      })
      .catch(() => undefined);
  if (opened) readStoreId();
  const onReady = () => {
    opened = true;
    // after Dexie's open has finished (a read inside its ready phase would wait for itself)
    if (storeId === null) setTimeout(readStoreId, 0);
  };
  let reopenedOnce = false;
  const reopen = async (): Promise<boolean> => {
    const before = storeId;
    if (before === null) return false; // nothing to tell the same store from a new one
    try {
      // the schema is this tab's: an upgrade elsewhere comes as versionchange, never as close
      if (!db.isOpen()) await db.open();
      const row = await db.settings.get(STORE_ID_KEY);
      return row?.value === before;
    } catch {
      return false;
    }
  };
  const onClosed = () => {
    if (ended || !opened) return;
    if (reopenedOnce) {
      end();
      handlers.onClosed?.();
      return;
    }
    reopenedOnce = true;
    opened = false;
    // once Dexie has finished closing (it fires 'close' before its own state says closed)
    void new Promise((r) => setTimeout(r, 0)).then(reopen).then((same) => {
      if (ended) return;
      if (same) {
        opened = true;
        handlers.onReopened?.();
      } else {
        end();
        handlers.onClosed?.();
      }
    });
  };
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  db.on('close', onClosed);
  db.on('ready', onReady, true);
  return () => {
    db.on('ready').unsubscribe(onReady);
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
    db.on('close').unsubscribe(onClosed);
  };
}

/**
 * Chromium's "Internal error opening backing store for indexedDB.open." (an UnknownError; Dexie wraps it in an
 * OpenFailedError): the browser's storage could not be read just now (a lock held by a crashed process, a disk
 * error). Often passing; never a reason to delete the database.
 */
export function isBackingStoreError(e: unknown): boolean {
  let cur: unknown = e;
  for (let depth = 0; cur && depth < 5; depth++) {
    const c = cur as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    if (c.name === 'UnknownError' || (typeof c.message === 'string' && /backing store/i.test(c.message))) return true;
    cur = c.inner ?? c.cause;
  }
  return false;
}

/**
 * Opens the database, trying again a bounded number of times after a backing-store error (see above), with a wait
 * between tries. Any other error, or the last backing-store error, is thrown as it came: nothing is deleted or
 * recreated here, whatever the error.
 */
export async function openWithRetry(
  db: RolDb,
  opts: { attempts?: number; wait?: (attempt: number) => Promise<void> } = {},
): Promise<RolDb> {
  const attempts = opts.attempts ?? 3;
  const wait = opts.wait ?? ((n: number) => new Promise<void>((r) => setTimeout(r, 200 * 2 ** n)));
  for (let attempt = 1; ; attempt++) {
    try {
      await db.open();
      return db;
    } catch (e) {
      if (attempt >= attempts || !isBackingStoreError(e)) throw e;
      await wait(attempt);
    }
  }
}
