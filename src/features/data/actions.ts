/**
 * What the data view does: import files, restore and export backups, delete datasets. Plain functions over
 * injected dependencies (the worker, the query cache, the download) and the import store, so they are
 * tested without React or a browser.
 */
import './register-strings';
import type { ImportFailure, ImportSummary } from '../../store/import';
import type { BackupResult, ImportResult, RestoreResult, WorkerRequest } from '../../store/worker-protocol';
import type { ImportIssue } from '../../formats/parse-dataset';
import { MAX_ISSUES } from '../../formats/validate';
import type { MessageKey } from '../../i18n';
import { backupFileName, encodingLabel, formatBytes, overallProgress } from './view-labels';
import { initialImportState, isImportBusy, useImportStore, type QuestionChoice, type StatusMessage } from '../../ui/state/import-progress';
import type { PlaceCandidate, PlaceLinks, PlaceQuestion } from '../../formats/place-link';
import type { Lang } from '../../model/format';

import { MAX_IMPORT_BYTES, importKindOf, startsLikeBackup, tooLargeIssue } from '../../store/limits';
import { remindBackupAfterSave } from '../../ui/state/storage-notices';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
export type Run = <R>(req: DistributiveOmit<WorkerRequest, 'id'>, onProgress?: (phase: string, done: number, total: number) => void) => Promise<R>;

export interface DataDeps {
  run: Run;
  /** invalidates every store query (key prefix ['store']) */
  invalidate: () => Promise<void> | void;
  download: (blob: Blob, name: string) => void;
  remove: (id: string) => Promise<void>;
  lang: () => Lang;
  now?: () => number;
}

const set = useImportStore.setState;
/** A clean state that keeps the operation counter; `next` starts a new operation. */
const fresh = (next = false) => {
  const run = useImportStore.getState().run;
  return { ...initialImportState, run: next ? run + 1 : run };
};
const msg = (key: MessageKey, params?: Record<string, string | number>): StatusMessage => (params ? { key, params } : { key });

function onBeforeUnload(e: BeforeUnloadEvent) {
  e.preventDefault();
}
function guardUnload(on: boolean) {
  if (typeof window === 'undefined') return;
  if (on) window.addEventListener('beforeunload', onBeforeUnload);
  else window.removeEventListener('beforeunload', onBeforeUnload);
}

function start(file: string, key: MessageKey = 'data.status.working') {
  guardUnload(true);
  set({ ...fresh(true), status: 'working', file, phase: 'read', progress: 0, message: msg(key, { file }) });
}
const progress = (phase: string, done: number, total: number) =>
  set({ phase, progress: phase === 'parse' && total <= 1 ? null : overallProgress(phase, done, total) });

function ask(key: MessageKey, params: Record<string, string | number>, confirmKey: MessageKey): Promise<boolean> {
  return new Promise((resolve) => {
    set({
      question: {
        key,
        params,
        confirmKey,
        answer: (yes) => {
          set({ question: null });
          resolve(yes);
        },
      },
    });
  });
}

/**
 * Asks to choose among places; resolves with the chosen value, '' for "leave without code", or null when the
 * person cancels.
 */
function choose(key: MessageKey, params: Record<string, string | number>, choices: QuestionChoice[], noneKey: MessageKey): Promise<string | null> {
  return new Promise((resolve) => {
    const done = (v: string | null) => {
      set({ question: null });
      resolve(v);
    };
    set({ question: { key, params, confirmKey: noneKey, choices, answer: (yes) => done(yes ? '' : null), choose: (v) => done(v) } });
  });
}

/** A candidate as the question shows it: 北京市 朝阳区, 吉林省 长春市 朝阳区 (with its code as the detail). */
export const candidateLabel = (c: PlaceCandidate): string => [c.province, c.city, c.name].filter(Boolean).join(' ');

/**
 * Asks, one name after the other, which place each ambiguous name is; the answers by jurisdiction id (null:
 * leave without code), or null when the person cancels.
 */
export async function askPlaces(file: string, questions: readonly PlaceQuestion[], lang: Lang): Promise<Record<string, string | null> | null> {
  // ids are the file's: `__proto__` must stay an own key
  const answers = Object.create(null) as Record<string, string | null>;
  for (const [n, q] of questions.entries()) {
    // "(2/3)" only when there is more than one question
    const of = questions.length > 1 ? `(${n + 1}/${questions.length})` : '';
    const params = { file, name: q.name, province: lang === 'zh' ? q.province.zh : q.province.en, n: n + 1, total: questions.length, of };
    const choices = q.candidates.map((c) => ({ value: c.code, label: candidateLabel(c), detail: c.code }));
    const v = await choose(q.row !== undefined ? 'data.place.questionRow' : 'data.place.question', q.row !== undefined ? { ...params, row: q.row } : params, choices, 'data.place.leave');
    if (v === null) return null;
    answers[q.id] = v || null;
  }
  return answers;
}

const MAX_NAMED = 3;

/** A few names, then "…": 甲、乙、丙… */
function someNames(names: readonly string[], lang: Lang): string {
  const sep = lang === 'zh' ? '、' : ', ';
  return names.slice(0, MAX_NAMED).join(sep) + (names.length > MAX_NAMED ? (lang === 'zh' ? '等' : ', …') : '');
}

/** The lines on the places of an import: how many found by name, chosen, left without code (named), joined (named). */
export function placeNotes(file: string, links: PlaceLinks | undefined, lang: Lang): StatusMessage[] {
  if (!links) return [];
  const out: StatusMessage[] = [];
  if (links.matched.length) out.push(msg('data.places.matched', { file, count: links.matched.length }));
  if (links.chosen.length) out.push(msg('data.places.chosen', { file, count: links.chosen.length }));
  if (links.unmatched.length)
    out.push(msg('data.places.unmatched', { file, count: links.unmatched.length, names: someNames(links.unmatched.map((u) => u.name), lang) }));
  if (links.joined.length)
    out.push(
      msg('data.places.joined', {
        file,
        count: links.joined.length,
        names: someNames(links.joined.map((j) => `${j.name} → ${j.toName} (${j.to})`), lang),
      }),
    );
  return out;
}

/** Status message and problems for a failed import or restore. */
export function failureMessage(file: string, f: ImportFailure): { message: StatusMessage; issues: ImportIssue[] } {
  switch (f.kind) {
    case 'invalid':
      return {
        message: msg(f.issues.length >= MAX_ISSUES ? 'data.status.invalidMany' : 'data.status.invalid', { file, count: f.issues.length }),
        issues: f.issues,
      };
    case 'exists':
      return { message: msg('data.status.cancelled', { file }), issues: [] };
    case 'store':
      if (f.error === 'quota') return { message: msg('data.status.quota', { file }), issues: [] };
      if (f.error === 'closed') return { message: msg('data.status.closed', { file }), issues: [] };
      if (f.error === 'readonly') return { message: msg('data.status.readOnly', { file }), issues: [] };
      return { message: msg('data.status.storeError', { message: f.message }), issues: [] };
  }
}

/** The line that says which encoding a file was read in (every file whose bytes were decoded). */
export const encodingNote = (file: string, encoding: string | undefined): StatusMessage[] =>
  encoding ? [msg('data.encoding.detected', { file, encoding: encodingLabel(encoding) })] : [];

export const successMessage = (file: string, s: ImportSummary): StatusMessage =>
  msg(s.replaced ? 'data.status.replaced' : 'data.status.done', { file, id: s.id, reports: s.reports, observations: s.observations });

/** Imports files one after the other; asks before replacing a dataset of the same id. */
export async function importFiles(files: readonly File[], deps: DataDeps): Promise<void> {
  if (isImportBusy() || files.length === 0) return;
  const issues: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const notes: StatusMessage[] = [];
  let last: StatusMessage | null = null;
  let failed = false;
  let changed = false;
  try {
    for (const file of files) {
      start(file.name);
      let result: ImportResult;
      if (file.size > MAX_IMPORT_BYTES) {
        // a backup is not capped by the size of a dataset file: the person is pointed at "restore" instead
        const backup = startsLikeBackup(await file.slice(0, 256).text().catch(() => ''));
        const issue: ImportIssue = backup ? { file: file.name, path: [], code: 'is_backup', message: 'this is a backup: use "Restore backup"' } : tooLargeIssue(file.name, file.size);
        result = { ok: false, errors: { kind: 'invalid', issues: [issue] } };
      }
      else {
        const kind = importKindOf(file.name);
        try {
          let places: Record<string, string | null> | undefined;
          const request = (replace: boolean) => ({ type: kind, file, replace, askPlaces: true, ...(places ? { places } : {}) });
          result = await deps.run<ImportResult>(request(false), progress);
          if (!result.ok && result.errors.kind === 'invalid' && result.errors.questions?.length) {
            const answers = await askPlaces(file.name, result.errors.questions, deps.lang());
            if (!answers) {
              last = msg('data.status.cancelled', { file: file.name });
              continue;
            }
            places = answers;
            set({ progress: 0 });
            result = await deps.run<ImportResult>(request(false), progress);
          }
          if (!result.ok && result.errors.kind === 'exists') {
            const yes = await ask('data.replace.question', { id: result.errors.id, file: file.name }, 'data.replace.confirm');
            if (yes) {
              set({ progress: 0 });
              result = await deps.run<ImportResult>(request(true), progress);
            }
          }
        } catch (e) {
          failed = true;
          last = msg('data.status.failed', { file: file.name, message: e instanceof Error ? e.message : String(e) });
          continue;
        }
      }
      if (result.ok) {
        changed = true;
        last = successMessage(file.name, result.value);
        notes.push(...encodingNote(file.name, result.value.encoding), ...placeNotes(file.name, result.value.places, deps.lang()));
        for (const w of result.value.warnings ?? []) if (warnings.length < MAX_ISSUES) warnings.push(w);
      } else {
        const f = failureMessage(file.name, result.errors);
        if (result.errors.kind !== 'exists') failed = true;
        last = f.message;
        if (result.errors.kind === 'invalid') notes.push(...encodingNote(file.name, result.errors.encoding));
        for (const i of f.issues) if (issues.length < MAX_ISSUES) issues.push(i);
      }
    }
  } finally {
    guardUnload(false);
    set({ ...fresh(), status: failed ? 'error' : 'done', file: null, progress: null, message: last, issues, warnings, notes });
    if (changed) {
      await deps.invalidate();
      void remindBackupAfterSave();
    }
  }
}

/** Restores a backup file; asks before replacing datasets whose content differs. */
export async function restoreFile(file: File, deps: DataDeps): Promise<void> {
  if (isImportBusy()) return;
  start(file.name);
  let status: 'done' | 'error' = 'error';
  let message: StatusMessage | null = null;
  let issues: ImportIssue[] = [];
  let changed = false;
  try {
    let result = await deps.run<RestoreResult>({ type: 'restore', file, confirm: false }, progress);
    if (!result.ok && result.errors.kind === 'conflicts') {
      const yes = await ask('data.restore.question', { ids: result.errors.ids.join(', ') }, 'data.restore.confirm');
      if (yes) {
        set({ progress: 0 });
        result = await deps.run<RestoreResult>({ type: 'restore', file, confirm: true }, progress);
      }
    }
    if (result.ok) {
      changed = true;
      status = 'done';
      message = msg('data.status.restored', { file: file.name, count: result.value.datasets.length, observations: result.value.observations });
    } else if (result.errors.kind === 'conflicts') {
      status = 'done';
      message = msg('data.status.cancelled', { file: file.name });
    } else {
      const f = failureMessage(file.name, result.errors);
      status = result.errors.kind === 'exists' ? 'done' : 'error';
      message = f.message;
      issues = f.issues;
    }
  } catch (e) {
    message = msg('data.status.failed', { file: file.name, message: e instanceof Error ? e.message : String(e) });
  } finally {
    guardUnload(false);
    set({ ...fresh(), status, message, issues });
    if (changed) await deps.invalidate();
  }
}

/** Exports every dataset as one backup file and records the date. */
export async function exportBackupFile(deps: DataDeps): Promise<void> {
  if (isImportBusy()) return;
  set({ ...fresh(true), status: 'working', phase: 'backup', message: msg('data.status.backupWorking') });
  try {
    const r = await deps.run<BackupResult>({ type: 'backup' });
    if (!r.ok) {
      set({ ...fresh(), status: 'error', message: failureMessage('backup', r.errors).message });
      return;
    }
    const name = backupFileName(r.value.at);
    deps.download(r.value.blob, name);
    set({
      ...fresh(),
      status: 'done',
      message: msg('data.status.backupDone', { name, datasets: r.value.datasets, size: formatBytes(r.value.bytes, deps.lang()) }),
    });
    await deps.invalidate();
  } catch (e) {
    set({ ...fresh(), status: 'error', message: msg('data.status.failed', { file: 'backup', message: e instanceof Error ? e.message : String(e) }) });
  }
}

export async function deleteDatasetById(id: string, deps: DataDeps): Promise<void> {
  if (isImportBusy()) return;
  set({ ...fresh(true), status: 'working', message: msg('data.status.working', { file: id, phase: '' }) });
  try {
    await deps.remove(id);
    set({ ...fresh(), status: 'done', message: msg('data.status.deleted', { id }) });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    set({ ...fresh(), status: 'error', message: msg('data.status.storeError', { message }) });
  } finally {
    await deps.invalidate();
  }
}
