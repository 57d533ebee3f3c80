/**
 * Several user datasets in one transaction (the reviewed reports of a batch): every file is validated first, then all
 * are written together, or none. A stored dataset of the same id is replaced only when its id was named in `replace`.
 * Also: which stored reports a new report duplicates (same text, or same jurisdiction and year).
 */
import { toBlocks } from './codecs/blocks';
import type { ImportIssue } from '../formats/parse-dataset';
import { RESERVED_DATASET_IDS } from '../formats/parse-dataset';
import type { Result } from '../formats/validate';
import type { RolDb } from './db';
import { sha256Hex, validateUserFile, type ImportFailure } from './import';
import { MAX_IMPORT_BYTES, tooLargeIssue } from './limits';
import { classifyError, readAllReports, StoreError, writeDatasets, type WriteOptions } from './records';
import type { WordingInput } from './wordings';

export interface ManySummary {
  ids: string[];
  reports: number;
  observations: number;
}

export type ManyFailure = Exclude<ImportFailure, { kind: 'exists' }> | { kind: 'exists'; ids: string[] };

export async function importMany(
  db: RolDb,
  files: readonly { name: string; bytes: Uint8Array }[],
  opts: { replace: readonly string[]; wordings?: readonly WordingInput[]; onProgress?: (done: number, total: number) => void },
): Promise<Result<ManySummary, ManyFailure>> {
  const issues: ImportIssue[] = [];
  const valid = [];
  for (const f of files) {
    if (f.bytes.byteLength > MAX_IMPORT_BYTES) {
      issues.push(tooLargeIssue(f.name, f.bytes.byteLength));
      continue;
    }
    const { parsed, hash, check } = await validateUserFile(db, f.bytes, f.name, 'json', {});
    // the validation's last check, run here (small files: nothing to gain from running it during the write)
    if (parsed.ok && check && !check.holds()) issues.push(...check.issues());
    else if (!parsed.ok) issues.push(...parsed.errors.map((i) => ({ ...i, file: f.name })));
    else if (RESERVED_DATASET_IDS.includes(parsed.value.id)) issues.push({ file: f.name, path: ['id'], code: 'reserved_id', message: `the id "${parsed.value.id}" is reserved` });
    else valid.push({ ds: parsed.value, hash: await hash(), bytes: f.bytes.byteLength });
  }
  if (issues.length) return { ok: false, errors: { kind: 'invalid', issues } };
  const ids = valid.map((v) => v.ds.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length)
    return { ok: false, errors: { kind: 'invalid', issues: twice.map((id) => ({ file: `${id}.json`, path: ['id'], code: 'duplicate_id', message: `two reports of the batch have the id "${id}"` })) } };
  const replace = new Set(opts.replace);
  const existing = (await db.datasets.bulkGet(ids)).flatMap((r, i) => (r ? [ids[i]!] : []));
  const refused = existing.filter((id) => !replace.has(id));
  if (refused.length) return { ok: false, errors: { kind: 'exists', ids: refused } };
  const now = Date.now();
  const stored = valid.map((v) => toBlocks(v.ds, { origin: 'user', hash: v.hash, bytes: v.bytes, importedAt: now }));
  try {
    // ids outside `replace` were checked absent above; a dataset stored meanwhile by another tab is still refused
    const w: WriteOptions = { replace: (id) => replace.has(id), ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) };
    if (opts.wordings?.length) w.wordings = { learned: opts.wordings, now };
    await writeDatasets(db, stored, w);
  } catch (e) {
    const err = e instanceof StoreError ? e : classifyError(e);
    if (err.kind === 'exists') return { ok: false, errors: { kind: 'exists', ids: [/"(.*)"/.exec(err.message)?.[1] ?? err.message] } };
    return { ok: false, errors: { kind: 'store', error: err.kind, message: err.message } };
  }
  return { ok: true, value: { ids, reports: valid.reduce((n, v) => n + v.ds.reports.length, 0), observations: valid.reduce((n, v) => n + v.ds.observations.length, 0) } };
}

/** A new report, as asked about: the hash of its text, its jurisdiction and year. */
export interface ReportQuery {
  key: string;
  textHash: string;
  jurisdiction: string;
  period: number;
}

export interface ReportMatch {
  key: string;
  kind: 'text' | 'place-year';
  dataset: string;
  report: string;
  title: string;
}

/** The stored report each new one duplicates, if any: the same text first, else the same jurisdiction and year. */
export async function matchStoredReports(db: RolDb, asked: readonly ReportQuery[]): Promise<ReportMatch[]> {
  const all = await readAllReports(db);
  const byText = new Map<string, Omit<ReportMatch, 'key' | 'kind'>>();
  const byPlace = new Map<string, Omit<ReportMatch, 'key' | 'kind'>>();
  for (const { dataset, reports } of all)
    for (const r of reports) {
      const hit = { dataset, report: r.id, title: r.title };
      byPlace.set(`${r.jurisdiction}|${r.period}`, hit);
      byText.set(await sha256Hex(new TextEncoder().encode(r.text)), hit);
    }
  const out: ReportMatch[] = [];
  for (const q of asked) {
    const text = byText.get(q.textHash);
    const place = byPlace.get(`${q.jurisdiction}|${q.period}`);
    if (text) out.push({ key: q.key, kind: 'text', ...text });
    else if (place) out.push({ key: q.key, kind: 'place-year', ...place });
  }
  return out;
}
