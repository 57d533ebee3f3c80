/**
 * Runs a composite ranking off the main thread: the stability band's draws are split between two workers (one
 * per core of a small laptop), the main thread prepares the base ranking meanwhile and merges the parts. The
 * result is the same as `composite(input)` in one thread (tests/unit/rank.test.ts); where workers are not
 * available (or fail), that is what runs.
 */
import { bandPart, composite, finishComposite, prepareComposite, type BandPart, type CompositeInput, type CompositeResult } from '../../domain/rank';
import type { BandRequest, BandResponse } from './composite-worker';

const WORKERS = 2;
let pool: Worker[] | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (p: BandPart) => void; reject: (e: Error) => void }>();

function workers(): Worker[] | null {
  if (typeof Worker === 'undefined') return null;
  if (!pool) {
    pool = Array.from({ length: WORKERS }, (_, i) => {
      const w = new Worker(new URL('./composite-worker.ts', import.meta.url), { type: 'module', name: `rol-composite-${i}` });
      w.onmessage = (ev: MessageEvent<BandResponse>) => {
        const r = ev.data;
        const p = pending.get(r.id);
        if (!p) return;
        pending.delete(r.id);
        if ('error' in r) p.reject(new Error(r.error));
        else p.resolve({ min: r.min, max: r.max });
      };
      w.onerror = (ev) => {
        ev.preventDefault();
        for (const p of pending.values()) p.reject(new Error(ev.message || 'composite worker failed'));
        pending.clear();
        pool = null; // start afresh next time
      };
      return w;
    });
  }
  return pool;
}

/** Starts the workers ahead of the first computation (when the ranking view opens). */
export function warmCompositeWorkers(): void {
  workers();
}

function runPart(w: Worker, input: CompositeInput, from: number, to: number): Promise<BandPart> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    const req: BandRequest = { id, input, from, to };
    w.postMessage(req);
  });
}

export async function computeComposite(input: CompositeInput): Promise<CompositeResult> {
  const pool = workers();
  if (!pool || input.draws < 2 * WORKERS) return composite(input);
  const step = Math.ceil(input.draws / pool.length);
  const parts = pool.map((w, i) => runPart(w, input, i * step, Math.min(input.draws, (i + 1) * step)));
  const p = prepareComposite(input);
  try {
    return finishComposite(input, p, await Promise.all(parts));
  } catch {
    return finishComposite(input, p, [bandPart(p, input, 0, input.draws)]);
  }
}
