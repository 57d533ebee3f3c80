/// <reference lib="webworker" />
/**
 * The import worker: reads, decodes, parses, validates and stores off the main thread, posting progress.
 * Messages: WorkerRequest in, WorkerEvent out (src/store/worker-protocol.ts).
 */
import { getDb, openWithRetry, watchConnection } from './db';
import type { ProgressFn } from './import';
import { MAX_IMPORT_BYTES, tooLargeIssue } from './limits';
import { fileHashAside } from './file-hash';
import { ensureBundledDataset } from './bundled';
import type { WorkerEvent, WorkerRequest } from './worker-protocol';
import { fetchPlaceCheck, placeCheck, setPlaceSource } from './places';
import { readOnlyRefusal } from './read-only';

// What every page load runs is the bootstrap (./bundled.ts: the store opened, the bundled dataset's hash compared):
// that is all this script holds. The import, backup and restore code (validation, codecs, the schema) comes in
// chunks of its own when a request needs it, so a reload does not compile it in this worker.
const importing = () => import('./import');
const storing = () => import('./records');

declare const self: DedicatedWorkerGlobalScope;

const post = (e: WorkerEvent) => self.postMessage(e);

// imported files' places are checked against the gazetteer next to the app
setPlaceSource(() => fetchPlaceCheck(self.location.href));

let watching = false;
/** set when the bootstrap could not open the database: nothing is written in this session (./read-only.ts) */
let readOnly = false;
function db() {
  const d = getDb();
  if (!watching) {
    watching = true;
    watchConnection(d, {
      onVersionChange: () => post({ type: 'notice', id: 0, notice: 'versionchange' }),
      onBlocked: () => post({ type: 'notice', id: 0, notice: 'blocked' }),
      onClosed: () => post({ type: 'notice', id: 0, notice: 'closed' }),
    });
  }
  return d;
}

/**
 * Reads a whole file at once: one native read is the fastest way in (slices or a stream copy the bytes again).
 * Files are capped at MAX_IMPORT_BYTES, and reading takes well under a second at that size here.
 */
async function readFile(file: File, onProgress: ProgressFn): Promise<Uint8Array> {
  onProgress('read', 0, file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  onProgress('read', bytes.byteLength, file.size);
  return bytes;
}

self.onmessage = async (msg: MessageEvent<WorkerRequest>) => {
  const req = msg.data;
  const onProgress = (phase: string, done: number, total: number) =>
    post({ type: 'progress', id: req.id, phase, done, total });
  try {
    const refusal = readOnlyRefusal(req.type, readOnly);
    if (refusal) {
      post({ type: 'result', id: req.id, result: { ok: false, errors: refusal } });
      return;
    }
    if (req.type === 'bundled') {
      const result = await ensureBundledDataset(db(), req.baseUrl, onProgress);
      if (!result.ok && result.errors.kind === 'unavailable') readOnly = true;
      post({ type: 'result', id: req.id, result });
    } else if (req.type === 'json' || req.type === 'csv' || req.type === 'arrow') {
      if (req.file.size > MAX_IMPORT_BYTES) {
        post({ type: 'result', id: req.id, result: { ok: false, errors: { kind: 'invalid', issues: [tooLargeIssue(req.file.name, req.file.size)] } } });
        return;
      }
      // the gazetteer (and an Arrow file's reader) load while the file is read
      void placeCheck();
      if (req.type === 'arrow') void import('../formats/arrow-dataset/read');
      // A text file's digest is made on another thread from the file itself while this one decodes, parses and
      // validates it (those steps are long enough to hide it). An Arrow file's is made here, once every block is
      // handed to the database, while it stores them: its read and checks are short, a second thread digesting
      // beside them only slowed them down (docs/performance.md).
      let bytes: Uint8Array | null = null;
      const code = importing();
      // a chunk that cannot load is this request's error once awaited, never an unhandled rejection meanwhile
      code.catch(() => undefined);
      const ownHash = () => code.then((m) => m.sha256Hex(bytes!));
      const hash = req.type === 'arrow' ? ownHash : fileHashAside(req.file, ownHash);
      bytes = await readFile(req.file, onProgress);
      const wordings = req.type === 'json' ? req.wordings : undefined;
      const { importFile } = await code;
      const result = await importFile(db(), bytes, req.file.name, req.type, {
        replace: req.replace,
        hash,
        onProgress,
        ...(wordings ? { wordings } : {}),
        ...(req.askPlaces ? { askPlaces: true } : {}),
        ...(req.places ? { places: req.places } : {}),
      });
      post({ type: 'result', id: req.id, result });
    } else if (req.type === 'backup') {
      try {
        // after an open that failed (read-only mode), the database is opened again for the backup, never written
        if (!db().isOpen()) await openWithRetry(db());
        const { exportBackup } = await import('./backup');
        const file = await exportBackup(db());
        post({ type: 'result', id: req.id, result: { ok: true, value: file } });
      } catch (e) {
        const err = (await storing()).classifyError(e);
        const kind = err.kind === 'exists' ? 'unknown' : err.kind;
        post({ type: 'result', id: req.id, result: { ok: false, errors: { kind: 'store', error: kind, message: err.message } } });
      }
    } else if (req.type === 'restore') {
      // read in parts: a backup is not capped at MAX_IMPORT_BYTES
      const { restoreBackup } = await import('./backup');
      const result = await restoreBackup(db(), req.file, req.file.name, { confirm: req.confirm, onProgress });
      post({ type: 'result', id: req.id, result });
    } else if (req.type === 'json-many') {
      const files = await Promise.all(req.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const { importMany } = await import('./import-many');
      const result = await importMany(db(), files, { replace: req.replace, ...(req.wordings ? { wordings: req.wordings } : {}), onProgress: (d, t) => onProgress('write', d, t) });
      post({ type: 'result', id: req.id, result });
    } else if (req.type === 'report-matches') {
      try {
        const { matchStoredReports } = await import('./import-many');
        post({ type: 'result', id: req.id, result: { ok: true, value: await matchStoredReports(db(), req.reports) } });
      } catch (e) {
        post({ type: 'result', id: req.id, result: { ok: false, errors: { kind: 'store', message: (await storing()).classifyError(e).message } } });
      }
    }
  } catch (e) {
    post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
};
