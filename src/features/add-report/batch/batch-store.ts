/**
 * The batch review queue as UI state: a Zustand store over the pure transitions of `batch-model.ts`. Components
 * read slices of it; `apply` runs one transition. Nothing here is persisted: leaving the view clears it.
 */
import { useDeferredValue } from 'react';
import { create } from 'zustand';
import { emptyQueue, type QueueState } from './batch-model';

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

/**
 * The queue for the components that draw all of it (the list, the queue). While the engine runs, the store's updates
 * render them again in the background (a deferred value: React renders it in slices and yields to the browser
 * between them), so a flush of many reports and rows never holds the main thread for the whole render; once it is
 * done, every change (the person's) is drawn at once. Handlers read `queueNow()`.
 */
export function useQueue(): QueueState {
  const queue = useBatchStore((s) => s.queue);
  const deferred = useDeferredValue(queue);
  return queue.status === 'running' && deferred.status === 'running' ? deferred : queue;
}
