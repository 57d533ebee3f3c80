/**
 * Runs a composite ranking off the main thread: a worker computes the stability band's draws while the main
 * thread prepares the base ranking, then merges. The result is the same as `composite(input)` in one thread
 * (tests/unit/rank.test.ts); where workers are not available (or fail), that is what runs.
 *
 * One worker, warmed up when the ranking view opens: on a two-core laptop, two workers splitting the draws were
 * slower (≈160–250 ms against ≈150–210 ms for one, 2,900 × 20 × 500; the main thread and the browser need the
 * other core), and a cold worker or the main thread pays the compiler's warm-up on the real data (≈280–330 ms).
 * The band can still be split (`bandPart` gives the same band in parts) should more cores be worth using.
 */
import { bandPart, composite, finishComposite, prepareComposite, type BandPart, type CompositeInput, type CompositeResult } from '../../domain/rank';
import type { BandRequest, BandResponse, WarmRequest } from './composite-worker';

const WORKERS = 1;
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
      const warm: WarmRequest = { id: 0, warm: true };
      w.postMessage(warm);
      return w;
    });
  }
  return pool;
}

/**
 * Starts the workers ahead of the first computation (when the ranking view opens, while its data is read): each
 * runs the band code once on made-up data, so the first real computation runs compiled code.
 */
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
  if (!pool || input.draws < WORKERS) return composite(input);
  const step = Math.ceil(input.draws / pool.length);
  const t0 = performance.now();
  const parts = pool.map((w, i) => runPart(w, input, i * step, Math.min(input.draws, (i + 1) * step)));
  const p = prepareComposite(input);
  performance.measure('composite:prepare', { start: t0 });
  try {
    const done = await Promise.all(parts);
    performance.measure('composite:band', { start: t0 });
    const t1 = performance.now();
    const r = finishComposite(input, p, done);
    performance.measure('composite:finish', { start: t1 });
    return r;
  } catch {
    return finishComposite(input, p, [bandPart(p, input, 0, input.draws)]);
  }
}
