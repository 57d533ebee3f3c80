/**
 * Keeps a page's query cache in step with the other tabs: every store change another context announces
 * (src/store/changes.ts: an import, a replacement, a deletion, a restore) invalidates every read of the store, so
 * the views on screen read again and the others do when they are next shown. Subscribed once per query client.
 */
import type { QueryClient } from '@tanstack/react-query';
import { onStoreChange, type StoreChange } from '../store/changes';
import { storeKeys } from './keys';

const synced = new WeakSet<QueryClient>();

/** Subscribes `client` to store changes (once; later calls do nothing). `onChange` is told after the re-read began. */
export function syncStoreAcrossTabs(client: QueryClient, onChange?: (c: StoreChange) => void): () => void {
  if (synced.has(client)) return () => {};
  synced.add(client);
  const off = onStoreChange((c) => {
    void client.invalidateQueries({ queryKey: storeKeys.all });
    onChange?.(c);
  });
  return () => {
    synced.delete(client);
    off();
  };
}
