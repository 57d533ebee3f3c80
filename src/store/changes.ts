/**
 * Store changes told to every other open tab (and to the pages of this tab when the import worker writes). The
 * writers of src/store/records.ts announce once their transaction has committed; each page subscribes once
 * (src/reads/store-sync.ts) and re-reads. One channel object per context both sends and listens, so a context never
 * hears its own notices; a page does hear its own worker's, and the re-read that follows is idempotent.
 */
export type ChangeKind = 'import' | 'replace' | 'delete' | 'restore' | 'reconnect';

export interface StoreChange {
  kind: ChangeKind;
  datasets: string[];
}

export const CHANGE_CHANNEL = 'rol-compare-store';

let channel: BroadcastChannel | null | undefined;
const listeners = new Set<(c: StoreChange) => void>();

function getChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  if (typeof BroadcastChannel === 'undefined') return (channel = null);
  channel = new BroadcastChannel(CHANGE_CHANNEL);
  // Node's channel keeps the process alive (unit tests); browsers have no unref
  (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  channel.onmessage = (ev: MessageEvent<unknown>) => {
    const c = asChange(ev.data);
    if (c) for (const fn of listeners) fn(c);
  };
  return channel;
}

const KINDS: readonly string[] = ['import', 'replace', 'delete', 'restore'];
/** A message as a change, or null: what arrives on the channel is not trusted to have the shape. */
export function asChange(data: unknown): StoreChange | null {
  if (!data || typeof data !== 'object') return null;
  const { kind, datasets } = data as { kind?: unknown; datasets?: unknown };
  if (typeof kind !== 'string' || !KINDS.includes(kind)) return null;
  if (!Array.isArray(datasets) || !datasets.every((d) => typeof d === 'string')) return null;
  return { kind: kind as ChangeKind, datasets: [...(datasets as string[])] };
}

/** Tells the other contexts that datasets changed. Call after the write committed; never throws. */
export function announceChange(kind: ChangeKind, datasets: readonly string[]): void {
  try {
    getChannel()?.postMessage({ kind, datasets: [...datasets] } satisfies StoreChange);
  } catch {
    // a closed channel (context going away) loses the notice; the other tabs re-read on their next load
  }
}

/**
 * Tells this page's own listeners that what it read may be stale: its connection to the store was lost and opened
 * again (src/store/db.ts watchConnection). Not sent to other contexts, nor accepted from them.
 */
export function noteReconnected(): void {
  for (const fn of listeners) fn({ kind: 'reconnect', datasets: [] });
}

/** Calls `fn` for every change another context announces (and this page's reconnects). Returns an unsubscribe. */
export function onStoreChange(fn: (c: StoreChange) => void): () => void {
  getChannel();
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}
