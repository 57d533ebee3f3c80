/** Backup and restore of the whole store (the envelope is src/formats/backup-envelope.ts). */
import {
  datasetParts,
  envelopeParts,
  parseBackupDocument,
  type BackupEntry,
  type BackupMeta,
} from '../formats/backup-envelope';
import { listWordings } from './wordings';
import { fromBlocks, toBlocks } from './codecs/blocks';
import type { Dataset } from '../model/schema';
import type { ImportIssue } from '../formats/parse-dataset';
import type { Result } from '../formats/validate';
import type { RolDb } from './db';
import { MAX_IMPORT_BYTES, sha256Hex, tooLargeIssue, type ImportFailure, type ProgressFn } from './import';
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

/**
 * Restores a backup: validates the envelope and every dataset, checks each dataset's sha256, then writes all
 * datasets and the backup's remembered wordings in one transaction (each replaces a stored dataset or wording of
 * the same id; others are kept). Without
 * `confirm`, nothing is written when a stored dataset of the same id has other content: the ids come back.
 */
export async function restoreBackup(
  db: RolDb,
  bytes: Uint8Array,
  file: string,
  opts: { confirm: boolean; onProgress?: ProgressFn },
): Promise<Result<RestoreSummary, RestoreFailure>> {
  const invalid = (issues: ImportIssue[]) => ({ ok: false as const, errors: { kind: 'invalid' as const, issues } });
  if (bytes.byteLength > MAX_IMPORT_BYTES) return invalid([tooLargeIssue(file, bytes.byteLength)]);
  opts.onProgress?.('parse', 0, 1);
  let raw: unknown;
  try {
    const text = new TextDecoder('utf-8').decode(bytes);
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return invalid([{ file, path: [], code: 'invalid_json', message: `not valid JSON: ${msg}`, params: { detail: msg } }]);
  }
  opts.onProgress?.('validate', 0, 1);
  const parsed = parseBackupDocument(raw, file);
  if (!parsed.ok) return invalid(parsed.errors);
  const { entries, wordings } = parsed.value;
  const mismatched: ImportIssue[] = [];
  for (const [i, e] of entries.entries())
    if ((await datasetSha256(e)) !== e.sha256)
      mismatched.push({
        file,
        path: ['datasets', i, 'sha256'],
        code: 'backup_hash_mismatch',
        message: `dataset "${e.dataset.id}" does not match its sha256 (the file was changed or damaged)`,
        params: { id: e.dataset.id },
      });
  if (mismatched.length) return invalid(mismatched);
  try {
    if (!opts.confirm) {
      const conflicts: string[] = [];
      for (const e of entries) {
        const current = await db.datasets.get(e.dataset.id);
        if (current && current.hash !== e.hash) conflicts.push(e.dataset.id);
      }
      if (conflicts.length) return { ok: false, errors: { kind: 'conflicts', ids: conflicts } };
    }
    const stored = entries.map((e) =>
      toBlocks(e.dataset, { origin: e.origin, hash: e.hash, bytes: e.bytes, importedAt: e.importedAt }),
    );
    await writeDatasets(db, stored, {
      replace: true,
      onProgress: (d, t) => opts.onProgress?.('write', d, t),
      ...(wordings.length ? { wordings: { restored: wordings } } : {}),
    });
  } catch (e) {
    const err = classifyError(e);
    return { ok: false, errors: { kind: 'store', error: err.kind === 'exists' ? 'unknown' : err.kind, message: err.message } };
  }
  opts.onProgress?.('done', 1, 1);
  return {
    ok: true,
    value: {
      datasets: entries.map((e) => e.dataset.id),
      observations: entries.reduce((n, e) => n + e.dataset.observations.length, 0),
    },
  };
}
