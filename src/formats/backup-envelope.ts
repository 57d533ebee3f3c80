/**
 * The `rol-compare/backup` envelope, version 1 (docs/dataset-format.md, "Backup"): every stored dataset with its
 * origin, import hash, size and date, and the remembered wordings when there are any, serialised deterministically
 * so that export → restore → export gives the same bytes. Pure: serialisation and validation; hashing and storage
 * live in src/store/backup.ts.
 */
import { z } from 'zod';
import { CATEGORIES } from '../model/constants';
import type { DatasetOrigin } from '../model/dataset-tables';
import { RESERVED_DATASET_IDS, validateParsed, type ImportIssue } from './parse-dataset';
import type { Dataset } from '../model/schema';
import { MAX_ISSUES, type Result } from './validate';

export const BACKUP_FORMAT = 'rol-compare/backup' as const;
export const BACKUP_VERSION = 1 as const;

export interface BackupMeta {
  origin: DatasetOrigin;
  /** the hash recorded when the dataset was imported (sha256 of the imported file) */
  hash: string;
  /** size of the imported file in bytes */
  bytes: number;
  /** when it was imported (ms since 1970) */
  importedAt: number;
  /** sha256 of this entry's `dataset`, serialised canonically (integrity check on restore) */
  sha256: string;
}

export interface BackupEntry extends BackupMeta {
  dataset: Dataset;
  /**
   * the dataset as the backup holds it, when that is not `dataset`: a backup of an older dataset format is
   * migrated on reading, and its sha256 was computed over what it holds
   */
  written?: unknown;
}

const entrySchema = z.strictObject({
  origin: z.enum(['bundled', 'user']),
  hash: z.string().min(1).max(200),
  bytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  importedAt: z.number().int().min(0).max(8.64e15),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits'),
  dataset: z.unknown(),
});
/** A remembered wording (a row of the store's `wordings` table, src/store/db.ts). */
export interface BackupWording {
  /** `<area>|<wording>` */
  key: string;
  /** one of CATEGORIES */
  area: string;
  wording: string;
  metric: string;
  unit: string;
  uses: number;
  updatedAt: number;
}

const wordingSchema = z
  .strictObject({
    key: z.string().min(3).max(300),
    area: z.enum(CATEGORIES),
    wording: z.string().min(1).max(200),
    metric: z.string().min(1).max(200).regex(/^[A-Za-z0-9_.:-]+$/, 'id: letters, digits, _ . : - only'),
    unit: z.string().max(40),
    uses: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    updatedAt: z.number().int().min(0).max(8.64e15),
  })
  .refine((w) => w.key === `${w.area}|${w.wording}`, { message: 'key must be "<area>|<wording>"', path: ['key'] });

const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  datasets: z.array(entrySchema).max(10_000),
  /** absent when nothing is remembered (a backup without wordings is what version 1 always was) */
  wordings: z.array(wordingSchema).max(10_000).optional(),
});

/**
 * Canonical JSON of a JSON value: object keys in code-unit order, no whitespace, undefined members left out,
 * −0 written as 0. Appends to `out` (one part per array element at the top two levels, so huge datasets never
 * become one string).
 */
export function canonicalJsonParts(value: unknown, out: string[], depth = 0): void {
  if (Array.isArray(value) && depth < 2) {
    out.push('[');
    value.forEach((v, i) => {
      if (i) out.push(',');
      canonicalJsonParts(v, out, depth + 1);
    });
    out.push(']');
  } else if (isPlainObject(value) && depth < 2) {
    out.push('{');
    let first = true;
    for (const k of Object.keys(value).sort(byCodeUnit)) {
      const v = value[k];
      if (v === undefined) continue;
      out.push(`${first ? '' : ','}${JSON.stringify(k)}:`);
      first = false;
      canonicalJsonParts(v, out, depth + 1);
    }
    out.push('}');
  } else out.push(canonicalJson(value));
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (isPlainObject(value)) {
    const members: string[] = [];
    for (const k of Object.keys(value).sort(byCodeUnit)) {
      const v = value[k];
      if (v !== undefined) members.push(`${JSON.stringify(k)}:${canonicalJson(v)}`);
    }
    return `{${members.join(',')}}`;
  }
  return 'null';
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The canonical serialisation of one dataset document, in parts. */
export function datasetParts(ds: Dataset): string[] {
  const out: string[] = [];
  canonicalJsonParts(ds, out);
  return out;
}

/**
 * The envelope around already serialised datasets (`T` is whatever holds a dataset's bytes: its string parts
 * or a Blob). Datasets in id order; members of an entry in code-unit order; then the wordings, in key order, when
 * there are any (without them the bytes are exactly those of a backup that never had wordings).
 */
export function envelopeParts<T>(entries: readonly (BackupMeta & { id: string; dataset: T })[], wordings: readonly BackupWording[] = []): (string | T)[] {
  const sorted = [...entries].sort((a, b) => byCodeUnit(a.id, b.id));
  const out: (string | T)[] = [`{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"datasets":[`];
  sorted.forEach((e, i) => {
    out.push(`${i ? ',' : ''}{"bytes":${canonicalJson(e.bytes)},"dataset":`);
    out.push(e.dataset);
    out.push(
      `,"hash":${JSON.stringify(e.hash)},"importedAt":${canonicalJson(e.importedAt)},"origin":${JSON.stringify(e.origin)},"sha256":${JSON.stringify(e.sha256)}}`,
    );
  });
  const rows = [...wordings].sort((a, b) => byCodeUnit(a.key, b.key));
  out.push(rows.length ? `],"wordings":${canonicalJson(rows)}}\n` : ']}\n');
  return out;
}

/** True when a parsed JSON value claims to be a backup (to point users at "restore"). */
export const looksLikeBackup = (raw: unknown): boolean =>
  isPlainObject(raw) && raw.format === BACKUP_FORMAT;

/**
 * Validates a parsed backup: the envelope, then every dataset exactly like an imported file. Never throws.
 * Paths name the dataset: `datasets[2].dataset.observations[5].quote`.
 */
export function parseBackup(raw: unknown, file: string, maxIssues = MAX_ISSUES): Result<BackupEntry[], ImportIssue[]> {
  const r = parseBackupDocument(raw, file, maxIssues);
  return r.ok ? { ok: true, value: r.value.entries } : r;
}

/** A validated backup: its datasets and its remembered wordings (none when the member is absent). */
export interface BackupDocument {
  entries: BackupEntry[];
  wordings: BackupWording[];
}

/** Like parseBackup, with the wordings. */
export function parseBackupDocument(raw: unknown, file: string, maxIssues = MAX_ISSUES): Result<BackupDocument, ImportIssue[]> {
  const head = parseBackupHead(raw, file, maxIssues);
  if (!head.ok) return head;
  const datasets = (raw as { datasets: unknown[] }).datasets;
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) return { ok: false, errors: zodIssues(env.error.issues, file, [], maxIssues) };
  const entries = backupEntries(file, maxIssues);
  datasets.forEach((e, i) => entries.add(e, i));
  const r = entries.result();
  return r.ok ? { ok: true, value: { entries: r.value, wordings: head.value.wordings } } : r;
}

const issueOf = (file: string, path: (string | number)[], code: string, message: string, params?: Record<string, string | number>) => {
  const i: ImportIssue = { file, path, code, message };
  if (params) i.params = params;
  return i;
};

const zodIssues = (issues: readonly z.core.$ZodIssue[], file: string, prefix: (string | number)[], maxIssues: number): ImportIssue[] =>
  issues.slice(0, maxIssues).map((i) =>
    issueOf(
      file,
      [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      i.code,
      i.message,
    ),
  );

/** The envelope without its datasets' contents (those are checked one by one, backupEntries). */
const headSchema = envelopeSchema.extend({ datasets: z.array(z.unknown()).max(10_000) });

/**
 * Validates a backup's envelope: format, version, the datasets member (an array; its elements are not looked at)
 * and the wordings. Never throws.
 */
export function parseBackupHead(raw: unknown, file: string, maxIssues = MAX_ISSUES): Result<{ wordings: BackupWording[] }, ImportIssue[]> {
  if (!looksLikeBackup(raw)) return { ok: false, errors: [issueOf(file, [], 'not_a_backup', 'the file is not a rol-compare/backup document')] };
  const env = headSchema.safeParse(raw);
  if (!env.success) return { ok: false, errors: zodIssues(env.error.issues, file, [], maxIssues) };
  return { ok: true, value: { wordings: (env.data.wordings ?? []).map((w) => ({ ...w })) } };
}

/**
 * Validates a backup's entries one at a time (a backup read in parts hands them over as they come): each like an
 * imported file, ids unique, origins matching the reserved ids. Issues stop being collected at `maxIssues`. Without
 * `keep`, result() holds no entries (the caller keeps what it needs of each, so a large backup is not held twice).
 */
export function backupEntries(file: string, maxIssues = MAX_ISSUES, opts: { keep: boolean } = { keep: true }) {
  const errors: ImportIssue[] = [];
  const entries: BackupEntry[] = [];
  const seen = new Map<string, number>();
  return {
    /** Checks the entry at index `i`; the valid entry, or null (its issues are kept). */
    add(raw: unknown, i: number): BackupEntry | null {
      if (errors.length >= maxIssues) return null;
      const meta = entrySchema.safeParse(raw);
      if (!meta.success) {
        for (const x of zodIssues(meta.error.issues, file, ['datasets', i], maxIssues)) if (errors.length < maxIssues) errors.push(x);
        return null;
      }
      const e = meta.data;
      const r = validateParsed(e.dataset, file);
      if (!r.ok) {
        for (const x of r.errors)
          if (errors.length < maxIssues) errors.push({ ...x, path: ['datasets', i, 'dataset', ...x.path] });
        return null;
      }
      const ds = r.value;
      const before = errors.length;
      if (seen.has(ds.id))
        errors.push(issueOf(file, ['datasets', i, 'dataset', 'id'], 'duplicate_id', `duplicate dataset "${ds.id}"`, { id: ds.id }));
      seen.set(ds.id, i);
      if ((e.origin === 'bundled') !== RESERVED_DATASET_IDS.includes(ds.id))
        errors.push(issueOf(file, ['datasets', i, 'origin'], 'reserved_id', `the id "${ds.id}" does not match origin "${e.origin}"`, { id: ds.id }));
      const entry: BackupEntry = { origin: e.origin, hash: e.hash, bytes: e.bytes, importedAt: e.importedAt, sha256: e.sha256, dataset: ds };
      if ((e.dataset as { version?: unknown }).version !== ds.version) entry.written = e.dataset;
      if (opts.keep) entries.push(entry);
      return errors.length > before ? null : entry;
    },
    /** Issues so far. */
    get issues(): readonly ImportIssue[] {
      return errors;
    },
    result(): Result<BackupEntry[], ImportIssue[]> {
      return errors.length ? { ok: false, errors: errors.slice(0, maxIssues) } : { ok: true, value: entries };
    },
  };
}
