/** Reads and atomic writes of the store. Every write is one transaction: it lands whole or not at all. */
import Dexie from 'dexie';
import { decodeJurisdictionBlock, decodeMetricBlock, jurisdictionIds, placeListCheck, type StoredMetricBlock, type LazyList, type StoredDataset } from './codecs/blocks';
import { announceChange, type ChangeKind } from './changes';
import { type DatasetRecord, type JurisdictionBlock, type MetricPeriodBlock } from '../model/dataset-tables';
import type { RolDb } from './db';
import { writeWordingsInTransaction, type WordingWrite } from './wordings';

export type StoreErrorKind = 'quota' | 'exists' | 'closed' | 'unknown';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    readonly original?: unknown,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Quota errors come disguised as AbortError with the QuotaExceededError inside (Dexie#840). */
export function classifyError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const names: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur && depth < 5; depth++) {
    const c = cur as { name?: unknown; inner?: unknown; cause?: unknown; message?: unknown };
    if (typeof c.name === 'string') names.push(c.name);
    if (typeof c.message === 'string' && /quota/i.test(c.message)) names.push('QuotaExceededError');
    cur = c.inner ?? c.cause;
  }
  const message = e instanceof Error ? e.message : String(e);
  if (names.includes('QuotaExceededError')) return new StoreError('quota', 'storage full', e);
  if (names.includes('DatabaseClosedError') || names.includes('VersionChangeError'))
    return new StoreError('closed', message, e);
  return new StoreError('unknown', message, e);
}

export interface WriteOptions {
  /** replace a dataset with the same id (otherwise an existing id is an error); a function decides per id */
  replace: boolean | ((id: string) => boolean);
  onProgress?: (done: number, total: number) => void;
  /** blocks per bulkPut inside the one transaction */
  chunk?: number;
  /** called once every block has been handed to the database (what is left is the database's own work) */
  onIssued?: () => void;
  /** remembered wordings written in the same transaction (src/store/wordings.ts) */
  wordings?: WordingWrite;
  /** what the other tabs are told once the write committed (by default import, or replace when a dataset existed) */
  change?: ChangeKind;
  /**
   * The record's `hash`, computed only once every block has been handed to the database: the digest of a large
   * file then runs while the database stores the blocks, not before the write. The transaction is kept alive while
   * it runs (Dexie.waitFor) and the record is put with it; a failure aborts the whole write. One dataset only.
   */
  hash?: () => Promise<string>;
  /**
   * The rest of a validation (src/formats/validate.ts `later`), run once every block has been handed to the
   * database, while it stores them (synchronously, so the transaction stays active): false aborts the write with a
   * LateCheckFailed, and nothing is written.
   */
  check?: () => boolean;
}

/** A write's `check` found a problem: the transaction was aborted. */
export class LateCheckFailed extends Error {
  constructor() {
    super('the dataset did not pass its last checks');
    this.name = 'LateCheckFailed';
  }
}

/** Writes a dataset in one read-write transaction; on any failure the store is left exactly as it was. */
export async function writeDataset(db: RolDb, stored: StoredDataset, opts: WriteOptions): Promise<void> {
  await writeDatasets(db, [stored], opts);
}

/**
 * Writes several datasets in one read-write transaction (restore of a backup): all of them land, or none.
 * Progress counts blocks over all datasets (each twice, see below).
 */
export async function writeDatasets(db: RolDb, all: readonly StoredDataset[], opts: WriteOptions): Promise<void> {
  const total = 2 * all.reduce((n, s) => n + s.jurisdictionBlocks.length + s.metricBlocks.length, 0);
  const chunk = opts.chunk ?? 200;
  const tables = [db.datasets, db.jurisdictionBlocks, db.metricBlocks, ...(opts.wordings ? [db.wordings] : [])];
  let replaced = false;
  try {
    await db.transaction('rw', tables, async () => {
      let done = 0;
      for (const { record, jurisdictionBlocks, metricBlocks } of all) {
        const existing = await db.datasets.get(record.id);
        const replace = typeof opts.replace === 'function' ? opts.replace(record.id) : opts.replace;
        if (existing && !replace) throw new StoreError('exists', `dataset "${record.id}" exists`);
        if (existing) {
          replaced = true;
          await db.jurisdictionBlocks.where('dataset').equals(record.id).delete();
          await db.metricBlocks.where('dataset').equals(record.id).delete();
        }
        // Blocks are made one chunk at a time and each chunk is put at once, without waiting: the database
        // stores chunk k (in the browser's storage thread) while this thread makes and serialises chunk k + 1.
        // Requests of one transaction run in order, and any failure aborts the whole transaction. Progress counts
        // each block twice: when it is handed to the database and when the database has stored it.
        const puts: Promise<unknown>[] = [];
        const put = <T>(items: LazyList<T>, write: (part: T[]) => Promise<unknown>) => {
          for (let i = 0; i < items.length; i += chunk) {
            const n = Math.min(chunk, items.length - i);
            const part = new Array<T>(n);
            for (let k = 0; k < n; k++) part[k] = items.get(i + k);
            puts.push(
              write(part).then(() => {
                done += n;
                opts.onProgress?.(done, total);
              }),
            );
            done += n;
            opts.onProgress?.(done, total);
          }
        };
        put(jurisdictionBlocks, (part) => db.jurisdictionBlocks.bulkPut(part));
        put(metricBlocks, (part) => db.metricBlocks.bulkPut(part));
        opts.onIssued?.();
        if (opts.check && !opts.check()) throw new LateCheckFailed();
        if (opts.hash) {
          if (all.length !== 1) throw new Error('a late hash is for one dataset only');
          record.hash = await Dexie.waitFor(opts.hash());
        }
        puts.push(db.datasets.put(record));
        await Promise.all(puts);
      }
      if (opts.wordings) await writeWordingsInTransaction(db, opts.wordings);
    });
  } catch (e) {
    if (e instanceof LateCheckFailed) throw e;
    throw classifyError(e);
  }
  // after the commit: a tab that re-reads now sees the whole write
  announceChange(opts.change ?? (replaced ? 'replace' : 'import'), all.map((s) => s.record.id));
}

export async function deleteDataset(db: RolDb, id: string): Promise<void> {
  try {
    await db.transaction('rw', [db.datasets, db.jurisdictionBlocks, db.metricBlocks], async () => {
      await db.jurisdictionBlocks.where('dataset').equals(id).delete();
      await db.metricBlocks.where('dataset').equals(id).delete();
      await db.datasets.delete(id);
    });
  } catch (e) {
    throw classifyError(e);
  }
  announceChange('delete', [id]);
}

export const readDatasets = (db: RolDb): Promise<DatasetRecord[]> => db.datasets.toArray();

/** Every dataset with its jurisdiction blocks, read in one transaction (a consistent snapshot for backups). */
export async function readAllDatasets(db: RolDb): Promise<{ record: DatasetRecord; blocks: JurisdictionBlock[] }[]> {
  return db.transaction('r', [db.datasets, db.jurisdictionBlocks], async () => {
    const records = await db.datasets.toArray();
    const out: { record: DatasetRecord; blocks: JurisdictionBlock[] }[] = [];
    for (const record of records)
      out.push({ record, blocks: (await db.jurisdictionBlocks.where('dataset').equals(record.id).toArray()).map(decodeJurisdictionBlock) });
    return out;
  });
}

export async function readJurisdictionBlocks(db: RolDb, jurisdictions: readonly string[]): Promise<JurisdictionBlock[]> {
  if (jurisdictions.length === 0) return [];
  return (await db.jurisdictionBlocks.where('jurisdiction').anyOf([...jurisdictions]).toArray()).map(decodeJurisdictionBlock);
}

export async function readDatasetBlocks(db: RolDb, dataset: string): Promise<JurisdictionBlock[]> {
  return (await db.jurisdictionBlocks.where('dataset').equals(dataset).toArray()).map(decodeJurisdictionBlock);
}

/** A dataset's jurisdiction ids in record order (src/store/codecs/blocks.ts `jurisdictionIds`), if it is known. */
export type JurisdictionIdsOf = (dataset: string) => readonly string[] | undefined;

/** Metric blocks, and the datasets whose list the caller gave did not fit them (the caller's lists are stale). */
export interface CheckedMetricBlocks {
  blocks: MetricPeriodBlock[];
  stale: string[];
}

/**
 * All periods of one metric across datasets, or one period. Metric blocks point into their dataset's list of
 * jurisdictions: `idsOf` gives those lists from records the caller already holds (the catalogue). A block carries
 * the check of the list it was written against (`places`); a given list is used only when its check is the
 * block's. Every other block — no list given, a list that fails the check, a block stored before blocks carried
 * checks — is resolved with its dataset's record read in the same transaction as the blocks, so positions are
 * never resolved against another list than the one they point into. `stale` names the datasets whose given list
 * failed (or that the caller did not know): the caller's catalogue is behind the store.
 */
export async function readMetricBlocksChecked(db: RolDb, metric: string, period?: number, idsOf?: JurisdictionIdsOf): Promise<CheckedMetricBlocks> {
  return db.transaction('r', [db.metricBlocks, db.datasets], async () => {
    const stored =
      period === undefined
        ? await db.metricBlocks.where('metric').equals(metric).toArray()
        : await db.metricBlocks.where('[metric+period]').equals([metric, period]).toArray();
    const given = (b: StoredMetricBlock): readonly string[] | undefined => {
      const ids = idsOf?.(b.dataset);
      return ids && b.places !== undefined && b.places === placeListCheck(ids) ? ids : undefined;
    };
    const missing = [...new Set(stored.filter((b) => !given(b)).map((b) => b.dataset))];
    const read = new Map<string, readonly string[]>();
    if (missing.length)
      for (const r of await db.datasets.bulkGet(missing)) if (r) read.set(r.id, jurisdictionIds(r));
    const stale = new Set<string>();
    const blocks = stored.map((b) => {
      const ids = given(b);
      if (ids) return decodeMetricBlock(b, ids);
      const own = read.get(b.dataset) ?? [];
      // a block from before checks: the caller's list is stale when it is not the record's
      const theirs = idsOf?.(b.dataset);
      if (!theirs || b.places !== undefined || placeListCheck(theirs) !== placeListCheck(own)) stale.add(b.dataset);
      return decodeMetricBlock(b, own);
    });
    return { blocks, stale: [...stale] };
  });
}

/** `readMetricBlocksChecked` without the report of stale lists. */
export async function readMetricBlocks(db: RolDb, metric: string, period?: number, idsOf?: JurisdictionIdsOf): Promise<MetricPeriodBlock[]> {
  return (await readMetricBlocksChecked(db, metric, period, idsOf)).blocks;
}

/** The settings row that records the last backup (written by src/store/backup.ts). */
export const LAST_BACKUP_KEY = 'lastBackup';
export interface LastBackup {
  at: number;
  datasets: number;
  bytes: number;
}

export async function readSetting<T>(db: RolDb, key: string): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row?.value as T | undefined;
}

export async function writeSetting(db: RolDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}


/** Every report of every dataset (for search across reports). */
export async function readAllReports(db: RolDb): Promise<{ dataset: string; reports: JurisdictionBlock['reports'] }[]> {
  const out: { dataset: string; reports: JurisdictionBlock['reports'] }[] = [];
  await db.jurisdictionBlocks.each((b) => {
    out.push({ dataset: b.dataset, reports: b.reports });
  });
  return out;
}

/** The jurisdiction that holds a report, by scanning blocks (used when a link names only the report). */
export async function findReportJurisdiction(db: RolDb, report: string): Promise<string | null> {
  const hit = await db.jurisdictionBlocks.filter((b) => b.reports.some((r) => r.id === report)).first();
  return hit?.jurisdiction ?? null;
}
