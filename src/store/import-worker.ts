/// <reference lib="webworker" />
/**
 * The import worker: reads, decodes, parses, validates and stores off the main thread, posting progress.
 * Messages: WorkerRequest in, WorkerEvent out (src/store/worker-protocol.ts).
 */
import type { RolDb } from './db';
import type * as Places from './places';
import type { ProgressFn } from './import';
import { MAX_IMPORT_BYTES, tooLargeIssue } from './limits';
import { fileHashAside } from './file-hash';
import { quickBundledCheck } from './bundled-quick';
import type { WorkerEvent, WorkerRequest } from './worker-protocol';
import { readOnlyRefusal } from './read-only';

// What every page load runs is the bootstrap's quick check (./bundled-quick.ts: the store at this version holding the
// deployed bundled dataset, read with the browser's own IndexedDB): that is all this script holds. Dexie and the full
// bootstrap (./bundled.ts: the store opened and upgraded, the bundled dataset imported), the import, backup and
// restore code (validation, codecs, the schema) and the gazetteer come in chunks of their own when a request needs
// them, so a reload compiles none of it in this worker.
const importing = () => import('./import');
const storing = () => import('./records');

declare const self: DedicatedWorkerGlobalScope;

const post = (e: WorkerEvent) => self.postMessage(e);

/** The places module, its gazetteer source set (once): imported files' places are checked against the gazetteer next to the app. */
let placesReady: Promise<typeof Places> | null = null;
const places = () =>
  (placesReady ??= import('./places').then((p) => {
    p.setPlaceSource(() => p.fetchPlaceCheck(self.location.href));
    return p;
  }));

let connection: Promise<RolDb> | null = null;
/** set when the bootstrap could not open the database: nothing is written in this session (./read-only.ts) */
let readOnly = false;
/** The store (Dexie), loaded and watched the first time a request needs it. */
function db(): Promise<RolDb> {
  // with the format upgrade registered: a store opened here first is upgraded as the full bootstrap would
  connection ??= Promise.all([import('./db'), import('./upgrade-v3')]).then(([{ getDb, watchConnection }]) => {
    const d = getDb();
    watchConnection(d, {
      onVersionChange: () => post({ type: 'notice', id: 0, notice: 'versionchange' }),
      onBlocked: () => post({ type: 'notice', id: 0, notice: 'blocked' }),
      onClosed: () => post({ type: 'notice', id: 0, notice: 'closed' }),
    });
    return d;
  });
  return connection;
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
    // every request that reads a file may check its places: the gazetteer's source is set before its code runs
    if (req.type !== 'bundled' && req.type !== 'backup') await places();
    if (req.type === 'bundled') {
      const quick = await quickBundledCheck(req.baseUrl);
      if (quick.unchanged) {
        post({ type: 'result', id: req.id, result: { ok: true, value: { imported: false } } });
        return;
      }
      // the full bootstrap's code and the store's load side by side (a first visit waits for both)
      const [{ ensureBundledDataset }, store] = await Promise.all([import('./bundled'), db()]);
      const result = await ensureBundledDataset(store, req.baseUrl, onProgress, quick.manifest);
      if (!result.ok && result.errors.kind === 'unavailable') readOnly = true;
      post({ type: 'result', id: req.id, result });
    } else if (req.type === 'json' || req.type === 'csv' || req.type === 'arrow') {
      if (req.file.size > MAX_IMPORT_BYTES) {
        post({ type: 'result', id: req.id, result: { ok: false, errors: { kind: 'invalid', issues: [tooLargeIssue(req.file.name, req.file.size)] } } });
        return;
      }
      // the gazetteer (and an Arrow file's reader) load while the file is read
      void places().then((p) => p.placeCheck());
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
      const result = await importFile(await db(), bytes, req.file.name, req.type, {
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
        const store = await db();
        if (!store.isOpen()) await (await import('./db')).openWithRetry(store);
        const { exportBackup } = await import('./backup');
        const file = await exportBackup(store);
        post({ type: 'result', id: req.id, result: { ok: true, value: file } });
      } catch (e) {
        const err = (await storing()).classifyError(e);
        const kind = err.kind === 'exists' ? 'unknown' : err.kind;
        post({ type: 'result', id: req.id, result: { ok: false, errors: { kind: 'store', error: kind, message: err.message } } });
      }
    } else if (req.type === 'restore') {
      // read in parts: a backup is not capped at MAX_IMPORT_BYTES
      const { restoreBackup } = await import('./backup');
      const result = await restoreBackup(await db(), req.file, req.file.name, { confirm: req.confirm, onProgress });
      post({ type: 'result', id: req.id, result });
    } else if (req.type === 'json-many') {
      const files = await Promise.all(req.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const { importMany } = await import('./import-many');
      const result = await importMany(await db(), files, { replace: req.replace, ...(req.wordings ? { wordings: req.wordings } : {}), onProgress: (d, t) => onProgress('write', d, t) });
      post({ type: 'result', id: req.id, result });
    } else if (req.type === 'report-matches') {
      try {
        const { matchStoredReports } = await import('./import-many');
        post({ type: 'result', id: req.id, result: { ok: true, value: await matchStoredReports(await db(), req.reports) } });
      } catch (e) {
        post({ type: 'result', id: req.id, result: { ok: false, errors: { kind: 'store', message: (await storing()).classifyError(e).message } } });
      }
    }
  } catch (e) {
    post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
};
