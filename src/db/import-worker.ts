/// <reference lib="webworker" />
/**
 * The import worker: reads, parses, validates and stores off the main thread, posting progress.
 * Messages: WorkerRequest in, WorkerEvent out (src/db/worker-protocol.ts).
 */
import { getDb } from './db';
import { importDatasetJson } from './import';
import { ensureBundledDataset } from './bundled';
import type { WorkerEvent, WorkerRequest } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (e: WorkerEvent) => self.postMessage(e);

self.onmessage = async (msg: MessageEvent<WorkerRequest>) => {
  const req = msg.data;
  const onProgress = (phase: string, done: number, total: number) =>
    post({ type: 'progress', id: req.id, phase, done, total });
  try {
    if (req.type === 'bundled') {
      const result = await ensureBundledDataset(getDb(), req.baseUrl, onProgress);
      post({ type: 'result', id: req.id, result });
    } else if (req.type === 'json') {
      onProgress('read', 0, 1);
      const bytes = new Uint8Array(await req.file.arrayBuffer());
      const result = await importDatasetJson(getDb(), bytes, req.file.name, {
        origin: 'user',
        replace: req.replace,
        onProgress,
      });
      post({ type: 'result', id: req.id, result });
    }
  } catch (e) {
    post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
};
