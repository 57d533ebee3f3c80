/** The page of the dispatcher's browser test: hands a file's bytes to a module worker that runs readDocuments. */
import type { DocumentOutcome } from '../../../src/formats/documents/types';

interface Reply {
  outcomes?: DocumentOutcome[];
  error?: string;
  progress: number[][];
}

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
let next = 0;
const waiting = new Map<number, (r: Reply) => void>();
worker.onmessage = (e: MessageEvent<Reply & { id: number }>) => {
  waiting.get(e.data.id)?.(e.data);
  waiting.delete(e.data.id);
};

declare global {
  interface Window {
    readDocuments(name: string, source: number[] | string, abort?: boolean): Promise<Reply>;
  }
}

/** Reads a file of the test server (a path) or the bytes given; `abort` aborts the read at its first progress. */
window.readDocuments = async (name, source, abort = false) => {
  const bytes = typeof source === 'string' ? new Uint8Array(await (await fetch(source)).arrayBuffer()) : new Uint8Array(source);
  const id = next++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker.postMessage({ id, name, bytes, abort }, [bytes.buffer]);
  });
};
document.documentElement.dataset.ready = 'true';
