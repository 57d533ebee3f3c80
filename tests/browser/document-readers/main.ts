/** The page of the document readers' browser test: hands a file's bytes to a module worker that reads them. */
import type { DocumentOutcome } from '../../../src/formats/documents/types';

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
let next = 0;
const waiting = new Map<number, (r: { outcome?: DocumentOutcome; error?: string; progress: number[][] }) => void>();
worker.onmessage = (e: MessageEvent<{ id: number; outcome?: DocumentOutcome; error?: string; progress: number[][] }>) => {
  waiting.get(e.data.id)?.(e.data);
  waiting.delete(e.data.id);
};

declare global {
  interface Window {
    readDocument(kind: 'docx' | 'pdf', name: string, bytes: number[] | string): Promise<{ outcome?: DocumentOutcome; error?: string; progress: number[][] }>;
  }
}

/** Reads a file of the test server (a path) or the bytes given. */
window.readDocument = async (kind, name, source) => {
  const bytes = typeof source === 'string' ? new Uint8Array(await (await fetch(source)).arrayBuffer()) : new Uint8Array(source);
  const id = next++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker.postMessage({ id, kind, name, bytes }, [bytes.buffer]);
  });
};
document.documentElement.dataset.ready = 'true';
