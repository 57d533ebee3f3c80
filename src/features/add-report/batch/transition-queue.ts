/**
 * The engine's events as transitions of the queue, applied a task at a time so that a burst of them never holds the
 * main thread long.
 */
import type { QueueState } from './batch-model';

/** How long one task may spend applying the engine's transitions before the rest wait for the next task (ms). */
export const SLICE_MS = 12;

type Transition = (s: QueueState) => QueueState;

/**
 * The engine's transitions of one run, applied in order: those that arrive together go into the queue in one update
 * (one render), and when they take long, in slices of about SLICE_MS, each in its own task.
 */
export function transitionQueue(
  apply: (f: Transition) => void,
  isLive: () => boolean,
  now: () => number = () => performance.now(),
  later: (f: () => void) => void = (f) => setTimeout(f, 0),
) {
  let pending: Transition[] = [];
  let scheduled = false;
  const drain = () => {
    scheduled = false;
    if (!isLive()) {
      pending = [];
      return;
    }
    const t0 = now();
    let n = 0;
    const batch = pending;
    pending = [];
    apply((s) => {
      let next = s;
      while (n < batch.length) {
        next = batch[n++]!(next);
        if (now() - t0 > SLICE_MS) break;
      }
      return next;
    });
    pending = [...batch.slice(n), ...pending];
    if (pending.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    later(drain);
  };
  return {
    push(f: Transition): void {
      pending.push(f);
      schedule();
    },
    /** runs `f` once every transition pushed before it has been applied */
    after(f: () => void): void {
      pending.push((s) => {
        queueMicrotask(f);
        return s;
      });
      schedule();
    },
  };
}
