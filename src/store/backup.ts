/** Backup and restore of the whole store (the envelope is src/formats/backup-envelope.ts). */
import {
  backupEntries,
  datasetParts,
  envelopeParts,
  parseBackupHead,
  type BackupEntry,
  type BackupMeta,
  type BackupWording,
} from '../formats/backup-envelope';
import { ChunkedJsonError, ChunkedJsonReader, PartTooLargeError, type Descend, type JsonPath } from '../formats/chunked-json';
import { MAX_ISSUES } from '../formats/validate';
import { listWordings } from './wordings';
import { fromBlocks, toBlocks, type StoredDataset } from './codecs/blocks';
import type { Dataset } from '../model/schema';
import type { ImportIssue } from '../formats/parse-dataset';
import type { Result } from '../formats/validate';
import type { RolDb } from './db';
import { MAX_IMPORT_BYTES, sha256Hex, type ImportFailure, type ProgressFn } from './import';
import { classifyError, LAST_BACKUP_KEY, readAllDatasets, writeDatasets, writeSetting, type LastBackup } from './records';

export { LAST_BACKUP_KEY, type LastBackup } from './records';

export interface BackupFile {
  blob: Blob;
  datasets: number;
  bytes: number;
  /** ms since 1970 when it was made (also stored as the "last backup" setting) */
  at: number;
}

/** Serialises every stored dataset into one backup file and records the date of this backup. */
export async function exportBackup(db: RolDb, now = Date.now()): Promise<BackupFile> {
  const all = await readAllDatasets(db);
  const entries: (BackupMeta & { id: string; dataset: Blob })[] = [];
  for (const { record, blocks } of all) {
    const dataset = new Blob(datasetParts(fromBlocks(record, blocks)), { type: 'application/json' });
    entries.push({
      id: record.id,
      origin: record.origin,
      hash: record.hash,
      bytes: record.bytes,
      importedAt: record.importedAt,
      sha256: await sha256Hex(new Uint8Array(await dataset.arrayBuffer())),
      dataset,
    });
  }
  const blob = new Blob(envelopeParts(entries, await listWordings(db)), { type: 'application/json' });
  const info: LastBackup = { at: now, datasets: entries.length, bytes: blob.size };
  await writeSetting(db, LAST_BACKUP_KEY, info);
  return { blob, ...info };
}

export type RestoreFailure = ImportFailure | { kind: 'conflicts'; ids: string[] };

export interface RestoreSummary {
  datasets: string[];
  observations: number;
}

/** sha256 of a dataset's canonical serialisation. */
export async function datasetSha256(entry: BackupEntry): Promise<string> {
  return sha256Hex(new Uint8Array(await new Blob(datasetParts((entry.written ?? entry.dataset) as Dataset)).arrayBuffer()));
}

/** Bytes read from the file at a time. */
const READ_CHUNK = 16 * 1024 * 1024;

/** Where a backup is read in parts: the envelope, its datasets array, each entry, each dataset, and each dataset's arrays in batches. */
const descend = (path: JsonPath, open: '{' | '['): Descend => {
  if (path.length === 0) return open === '{' ? 'members' : false;
  if (path[0] !== 'datasets') return false;
  if (path.length === 1) return open === '[' ? 'members' : false;
  if (path.length === 2) return open === '{' ? 'members' : false;
  if (path[2] !== 'dataset') return false;
  if (path.length === 3) return open === '{' ? 'members' : false;
  return path.length === 4 && open === '[' ? 'batches' : false;
};
const isEntry = (path: JsonPath) => path.length === 2 && path[0] === 'datasets';

/**
 * Restores a backup: reads the file in chunks (never as one string, so a backup may be larger than the largest
 * file a single import reads), validates each dataset as it comes, checks its sha256 and turns it into the
 * store's records, then validates the envelope and writes all datasets and the backup's remembered wordings in one
 * transaction (each replaces a stored dataset or wording of the same id; others are kept). A failure anywhere
 * leaves the store as it was. Without `confirm`, nothing is written when a stored dataset of the same id has
 * other content: the ids come back.
 */
export async function restoreBackup(
  db: RolDb,
  source: Blob | Uint8Array,
  file: string,
  opts: { confirm: boolean; onProgress?: ProgressFn; /** bytes read at a time (default 16 MB) */ chunkBytes?: number },
): Promise<Result<RestoreSummary, RestoreFailure>> {
  const read = await readBackup(source, file, opts.chunkBytes ?? READ_CHUNK, opts.onProgress);
  if (!read.ok) return { ok: false, errors: { kind: 'invalid', issues: read.errors } };
  const { stored, ids, observations, wordings } = read.value;
  try {
    if (!opts.confirm) {
      const conflicts: string[] = [];
      for (const s of stored) {
        const current = await db.datasets.get(s.record.id);
        if (current && current.hash !== s.record.hash) conflicts.push(s.record.id);
      }
      if (conflicts.length) return { ok: false, errors: { kind: 'conflicts', ids: conflicts } };
    }
    await writeDatasets(db, stored, {
      replace: true,
      change: 'restore',
      onProgress: (d, t) => opts.onProgress?.('write', d, t),
      ...(wordings.length ? { wordings: { restored: wordings } } : {}),
    });
  } catch (e) {
    const err = classifyError(e);
    return { ok: false, errors: { kind: 'store', error: err.kind === 'exists' ? 'unknown' : err.kind, message: err.message } };
  }
  opts.onProgress?.('done', 1, 1);
  return { ok: true, value: { datasets: ids, observations } };
}

interface ReadBackup {
  stored: StoredDataset[];
  ids: string[];
  observations: number;
  wordings: BackupWording[];
}

/** Reads, validates and checks a whole backup into the store's records (nothing is written). */
async function readBackup(source: Blob | Uint8Array, file: string, step: number, onProgress?: ProgressFn): Promise<Result<ReadBackup, ImportIssue[]>> {
  const invalid = (errors: ImportIssue[]) => ({ ok: false as const, errors });
  const size = source instanceof Blob ? source.size : source.byteLength;
  const reader = new ChunkedJsonReader({ descend, detach: isEntry, maxPart: MAX_IMPORT_BYTES });
  const checker = backupEntries(file, MAX_ISSUES, { keep: false });
  const stored: StoredDataset[] = [];
  const mismatched: ImportIssue[] = [];
  const ids: string[] = [];
  let observations = 0;
  let root: unknown;
  onProgress?.('read', 0, size);
  try {
    for (let at = 0; at < size; at += step) {
      const end = Math.min(size, at + step);
      const chunk = source instanceof Blob ? new Uint8Array(await source.slice(at, end).arrayBuffer()) : source.subarray(at, end);
      reader.push(chunk);
      for (const { path, value } of reader.take()) {
        const i = path[1] as number;
        const e = checker.add(value, i);
        if (!e || checker.issues.length || mismatched.length >= MAX_ISSUES) continue;
        if ((await datasetSha256(e)) !== e.sha256) {
          mismatched.push({
            file,
            path: ['datasets', i, 'sha256'],
            code: 'backup_hash_mismatch',
            message: `dataset "${e.dataset.id}" does not match its sha256 (the file was changed or damaged)`,
            params: { id: e.dataset.id },
          });
          continue;
        }
        if (mismatched.length) continue;
        ids.push(e.dataset.id);
        observations += e.dataset.observations.length;
        stored.push(toBlocks(e.dataset, { origin: e.origin, hash: e.hash, bytes: e.bytes, importedAt: e.importedAt }));
      }
      onProgress?.('read', end, size);
    }
    root = reader.end();
  } catch (e) {
    if (e instanceof PartTooLargeError)
      return invalid([
        {
          file,
          path: [...e.path],
          code: 'backup_part_too_large',
          message: `this part of the backup has more than ${e.limit} bytes, more than one part may have`,
          params: { bytes: e.bytes, limit: e.limit },
        },
      ]);
    if (!(e instanceof ChunkedJsonError)) throw e;
    return invalid([{ file, path: [], code: 'invalid_json', message: `not valid JSON: ${e.message}`, params: { detail: e.message } }]);
  }
  onProgress?.('validate', 0, 1);
  const head = parseBackupHead(root, file);
  if (!head.ok) return head;
  const checked = checker.result();
  if (!checked.ok) return checked;
  if (mismatched.length) return invalid(mismatched);
  return { ok: true, value: { stored, ids, observations, wordings: head.value.wordings } };
}
