/**
 * The batch review queue as UI state: a Zustand store over the pure transitions of `batch-model.ts`. Components
 * read slices of it; `apply` runs one transition. Nothing here is persisted: leaving the view clears it.
 */
import { useDeferredValue } from 'react';
import { create } from 'zustand';
import { emptyQueue, started, type QueueState } from './batch-model';

export interface BatchStore {
  queue: QueueState;
  /** runs a transition of batch-model.ts on the queue */
  apply: (f: (s: QueueState) => QueueState) => void;
  reset: () => void;
}

export const useBatchStore = create<BatchStore>()((set) => ({
  queue: emptyQueue(),
  apply: (f) => set((s) => {
    const queue = f(s.queue);
    return queue === s.queue ? s : { queue };
  }),
  reset: () => set({ queue: emptyQueue() }),
}));

/** The queue now (for code outside React). */
export const queueNow = (): QueueState => useBatchStore.getState().queue;
export const applyToQueue = (f: (s: QueueState) => QueueState): void => useBatchStore.getState().apply(f);

/** What a component that mounts while the engine runs draws first: nothing yet (the queue follows in the background). */
const RUNNING_EMPTY: QueueState = started();

/**
 * The queue for the components that draw all of it (the list, the queue). While the engine runs, the store's updates
 * render them again in the background (a deferred value: React renders it in slices and yields to the browser
 * between them), so a flush of many reports and rows never holds the main thread for the whole render. That holds
 * for their first render too: mounted while the engine runs (the first report has arrived), they draw an empty queue
 * at once and the queue as it is in the background — the first flush of a hundred files is the largest render of
 * all. Once the run is done, every change (the person's) is drawn at once. Handlers read `queueNow()`.
 */
export function useQueue(): QueueState {
  const queue = useBatchStore((s) => s.queue);
  const deferred = useDeferredValue(queue, queue.status === 'running' ? RUNNING_EMPTY : queue);
  return queue.status === 'running' && deferred.status === 'running' ? deferred : queue;
}
