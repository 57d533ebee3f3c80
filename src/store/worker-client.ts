/** Main-thread side of the import worker. */
import type { WorkerEvent, WorkerNotice, WorkerRequest } from './worker-protocol';

type Pending = {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  onProgress?: ((phase: string, done: number, total: number) => void) | undefined;
};

let worker: Worker | null = null;
const noticeListeners = new Set<(n: WorkerNotice) => void>();
/**
 * Notices that came while nobody listened: the bootstrap starts the worker before the app has rendered, and an
 * upgrade blocked by another tab says so at once. The first listener gets them, in order.
 */
const unheard: WorkerNotice[] = [];

/** Subscribes to the worker's unasked notices (its database connection's versionchange / blocked). */
export function onWorkerNotice(fn: (n: WorkerNotice) => void): () => void {
  noticeListeners.add(fn);
  for (const n of unheard.splice(0)) fn(n);
  return () => noticeListeners.delete(fn);
}
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'rol-import' });
    worker.onmessage = (ev: MessageEvent<WorkerEvent>) => {
      const e = ev.data;
      if (e.type === 'notice') {
        if (noticeListeners.size === 0) unheard.push(e.notice);
        for (const fn of noticeListeners) fn(e.notice);
        return;
      }
      const p = pending.get(e.id);
      if (!p) return;
      if (e.type === 'progress') p.onProgress?.(e.phase, e.done, e.total);
      else {
        pending.delete(e.id);
        if (e.type === 'result') p.resolve(e.result);
        else p.reject(new Error(e.message));
      }
    };
    worker.onerror = (ev) => {
      for (const p of pending.values()) p.reject(new Error(ev.message || 'import worker failed'));
      pending.clear();
      worker = null;
    };
  }
  return worker;
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export function runInWorker<R>(
  req: DistributiveOmit<WorkerRequest, 'id'>,
  onProgress?: (phase: string, done: number, total: number) => void,
): Promise<R> {
  const id = nextId++;
  return new Promise<R>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
    getWorker().postMessage({ ...req, id } as WorkerRequest);
  });
}
