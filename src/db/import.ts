/** Import into the store: validate everything first, then one transaction (PITFALLS 10–12). */
import { toBlocks, type DatasetOrigin } from '../domain/blocks';
import { looksLikeBackup } from '../domain/backup';
import { decodeText, parseCsvDataset } from '../domain/csv-dataset';
import { parseDatasetJson, RESERVED_DATASET_IDS, type ImportIssue } from '../domain/parse-dataset';
import type { Dataset } from '../domain/schema';
import type { Result } from '../domain/validate';
import type { RolDb } from './db';
import { classifyError, StoreError, writeDataset } from './store';
import { MAX_IMPORT_BYTES, tooLargeIssue, type ImportKind } from './limits';

export { MAX_IMPORT_BYTES, importKindOf, tooLargeIssue, type ImportKind } from './limits';

export type ImportPhase = 'read' | 'parse' | 'validate' | 'write' | 'done';
export type ProgressFn = (phase: ImportPhase, done: number, total: number) => void;

export interface ImportSummary {
  id: string;
  observations: number;
  reports: number;
  replaced: boolean;
}

export type ImportFailure =
  | { kind: 'invalid'; issues: ImportIssue[] }
  | { kind: 'exists'; id: string }
  | { kind: 'store'; error: 'quota' | 'closed' | 'unknown'; message: string };

export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const digest = await crypto.subtle.digest('SHA-256', view as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Stores a validated dataset. */
export async function storeDataset(
  db: RolDb,
  ds: Dataset,
  meta: { origin: DatasetOrigin; hash: string; bytes: number; replace: boolean; onProgress?: ProgressFn },
): Promise<Result<ImportSummary, ImportFailure>> {
  if (meta.origin === 'user' && RESERVED_DATASET_IDS.includes(ds.id))
    return {
      ok: false,
      errors: {
        kind: 'invalid',
        issues: [{ file: '', path: ['id'], code: 'reserved_id', message: `the id "${ds.id}" is reserved` }],
      },
    };
  const stored = toBlocks(ds, { origin: meta.origin, hash: meta.hash, bytes: meta.bytes, importedAt: Date.now() });
  const existed = (await db.datasets.get(ds.id)) !== undefined;
  try {
    await writeDataset(db, stored, {
      replace: meta.replace,
      onProgress: (d, t) => meta.onProgress?.('write', d, t),
    });
  } catch (e) {
    if (e instanceof StoreError) {
      if (e.kind === 'exists') return { ok: false, errors: { kind: 'exists', id: ds.id } };
      return { ok: false, errors: { kind: 'store', error: e.kind, message: e.message } };
    }
    throw e;
  }
  meta.onProgress?.('done', 1, 1);
  return {
    ok: true,
    value: { id: ds.id, observations: ds.observations.length, reports: ds.reports.length, replaced: existed },
  };
}

/** Parses, validates and stores a dataset JSON file. Nothing is written unless everything is valid. */
export async function importDatasetJson(
  db: RolDb,
  bytes: Uint8Array,
  file: string,
  opts: { origin: DatasetOrigin; replace: boolean; hash?: string; onProgress?: ProgressFn },
): Promise<Result<ImportSummary, ImportFailure>> {
  opts.onProgress?.('parse', 0, 1);
  const text = new TextDecoder('utf-8').decode(bytes);
  const parsed = parseDatasetJson(text, file);
  opts.onProgress?.('validate', 1, 1);
  if (!parsed.ok) return { ok: false, errors: { kind: 'invalid', issues: parsed.errors } };
  const hash = opts.hash ?? (await sha256Hex(bytes));
  const meta: { origin: DatasetOrigin; hash: string; bytes: number; replace: boolean; onProgress?: ProgressFn } = {
    origin: opts.origin,
    hash,
    bytes: bytes.byteLength,
    replace: opts.replace,
  };
  if (opts.onProgress) meta.onProgress = opts.onProgress;
  return storeDataset(db, parsed.value, meta);
}

/**
 * Imports a user file of either kind. Never throws for any content: every problem comes back as a failure,
 * and nothing is written unless the whole file is valid.
 */
export async function importFile(
  db: RolDb,
  bytes: Uint8Array,
  file: string,
  kind: ImportKind,
  opts: { replace: boolean; onProgress?: ProgressFn },
): Promise<Result<ImportSummary, ImportFailure>> {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    return { ok: false, errors: { kind: 'invalid', issues: [tooLargeIssue(file, bytes.byteLength)] } };
  const progress = opts.onProgress;
  const meta = (hash: string) => {
    const m: Parameters<typeof storeDataset>[2] = { origin: 'user', hash, bytes: bytes.byteLength, replace: opts.replace };
    if (progress) m.onProgress = progress;
    return m;
  };
  let parsed: Result<Dataset, ImportIssue[]>;
  progress?.('parse', 0, 1);
  try {
    if (kind === 'csv') {
      const { text } = decodeText(bytes);
      parsed = parseCsvDataset(text, file, { onProgress: (d, t) => progress?.('parse', d, t) });
    } else {
      const text = new TextDecoder('utf-8').decode(bytes);
      parsed = parseDatasetJson(text, file);
      if (!parsed.ok && parsed.errors[0]?.code === 'not_a_dataset' && looksLikeBackupText(text))
        parsed = {
          ok: false,
          errors: [{ file, path: [], code: 'is_backup', message: 'this is a backup: use "Restore backup"' }],
        };
    }
  } catch (e) {
    // e.g. RangeError: the text is longer than the largest string
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: { kind: 'invalid', issues: [{ file, path: [], code: 'unreadable', message, params: { detail: message } }] } };
  }
  progress?.('validate', 1, 1);
  if (!parsed.ok) return { ok: false, errors: { kind: 'invalid', issues: parsed.errors } };
  let result: Result<ImportSummary, ImportFailure>;
  try {
    result = await storeDataset(db, parsed.value, meta(await sha256Hex(bytes)));
  } catch (e) {
    const err = classifyError(e);
    return { ok: false, errors: { kind: 'store', error: err.kind === 'exists' ? 'unknown' : err.kind, message: err.message } };
  }
  if (!result.ok && result.errors.kind === 'invalid')
    return { ok: false, errors: { kind: 'invalid', issues: result.errors.issues.map((i) => ({ ...i, file })) } };
  return result;
}

function looksLikeBackupText(text: string): boolean {
  try {
    return looksLikeBackup(JSON.parse(text));
  } catch {
    return false;
  }
}
