/// <reference lib="webworker" />
/**
 * The import limit's worker (bundled by scripts/lib/bench-import-limit.ts into the benchmark's pages directory; runs
 * in the browser, never in the app): what the browser itself needs to take a dataset JSON file into IndexedDB.
 *  1. timed: the file's bytes read, decoded (TextDecoder, UTF-8) and JSON.parse'd, in this worker;
 *  2. not timed: the same records the app's import writes, made with the app's own codec (toBlocks), held ready;
 *  3. timed: one read-write IndexedDB transaction (raw IndexedDB, the app's stores, keys and indexes) putting them.
 * The limit is 1 + 3: parse and store, without the app's validation and block-making.
 */
import { materialize, toBlocks } from '../../src/store/codecs/blocks';
import type { Dataset } from '../../src/model/schema';

declare const self: DedicatedWorkerGlobalScope;

export interface LimitMessage {
  file: File;
  dbName: string;
}

export interface LimitReply {
  ok: boolean;
  message?: string;
  readMs: number;
  decodeMs: number;
  parseMs: number;
  writeMs: number;
  records: number;
}

/** The app's stores (src/store/db.ts, v1 layout, kept by every later version) with their keys and indexes. */
function openDb(name: string): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const o = indexedDB.open(name, 1);
    o.onupgradeneeded = () => {
      const db = o.result;
      db.createObjectStore('datasets', { keyPath: 'id' }).createIndex('origin', 'origin');
      const j = db.createObjectStore('jurisdictionBlocks', { keyPath: ['dataset', 'jurisdiction'] });
      j.createIndex('dataset', 'dataset');
      j.createIndex('jurisdiction', 'jurisdiction');
      const m = db.createObjectStore('metricBlocks', { keyPath: ['dataset', 'metric', 'period'] });
      m.createIndex('dataset', 'dataset');
      m.createIndex('metric', 'metric');
      m.createIndex('metric+period', ['metric', 'period']);
    };
    o.onsuccess = () => ok(o.result);
    o.onerror = () => fail(o.error);
  });
}

const drop = (name: string) =>
  new Promise<void>((ok) => {
    const d = indexedDB.deleteDatabase(name);
    d.onsuccess = d.onerror = d.onblocked = () => ok();
  });

async function run({ file, dbName }: LimitMessage): Promise<LimitReply> {
  let t = performance.now();
  const bytes = new Uint8Array(await file.arrayBuffer());
  const readMs = performance.now() - t;
  t = performance.now();
  const text = new TextDecoder('utf-8').decode(bytes);
  const decodeMs = performance.now() - t;
  t = performance.now();
  const ds = JSON.parse(text) as Dataset;
  const parseMs = performance.now() - t;
  // not timed: the records the app writes for this file, made ready before the clock starts (the text and the
  // parsed document are collected once this returns)
  const stored = toBlocks(ds, { origin: 'user', hash: '0'.repeat(64), bytes: bytes.byteLength, importedAt: Date.now() });
  const jurisdictionBlocks = materialize(stored.jurisdictionBlocks);
  const metricBlocks = materialize(stored.metricBlocks);
  await drop(dbName);
  const db = await openDb(dbName);
  t = performance.now();
  await new Promise<void>((ok, fail) => {
    const tx = db.transaction(['datasets', 'jurisdictionBlocks', 'metricBlocks'], 'readwrite');
    const js = tx.objectStore('jurisdictionBlocks');
    for (const b of jurisdictionBlocks) js.put(b);
    const ms = tx.objectStore('metricBlocks');
    for (const b of metricBlocks) ms.put(b);
    tx.objectStore('datasets').put(stored.record);
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error);
  });
  const writeMs = performance.now() - t;
  db.close();
  await drop(dbName);
  return { ok: true, readMs, decodeMs, parseMs, writeMs, records: jurisdictionBlocks.length + metricBlocks.length + 1 };
}

self.onmessage = (e: MessageEvent<LimitMessage>) => {
  run(e.data).then(
    (r) => self.postMessage(r),
    (err: unknown) => self.postMessage({ ok: false, message: String(err), readMs: 0, decodeMs: 0, parseMs: 0, writeMs: 0, records: 0 } satisfies LimitReply),
  );
};
