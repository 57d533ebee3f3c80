/**
 * The read-only mode: once the database could not be opened (Chromium's backing-store error, after the retries of
 * src/store/db.ts openWithRetry), the import worker writes nothing more in this session — the browser's storage is
 * misbehaving and a write is the one thing that could make it worse — while reads and the backup export are still
 * tried (the database may open for them later). Nothing is ever deleted.
 */
import type { WorkerRequest } from './worker-protocol';
import type { ImportFailure } from './import';

const WRITES: ReadonlySet<WorkerRequest['type']> = new Set(['json', 'csv', 'arrow', 'restore', 'json-many']);

export const READ_ONLY_MESSAGE = 'the stored data could not be opened; nothing is written until the page is reloaded';

/** The refusal of a request in read-only mode, or null when it may run (reads, the backup). */
export function readOnlyRefusal(type: WorkerRequest['type'], readOnly: boolean): Extract<ImportFailure, { kind: 'store' }> | null {
  return readOnly && WRITES.has(type) ? { kind: 'store', error: 'readonly', message: READ_ONLY_MESSAGE } : null;
}
