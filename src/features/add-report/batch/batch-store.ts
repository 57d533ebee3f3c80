/**
 * The batch review queue as UI state: a Zustand store over the pure transitions of `batch-model.ts`. Components
 * read slices of it; `apply` runs one transition. Nothing here is persisted: leaving the view clears it.
 */
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
