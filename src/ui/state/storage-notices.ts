/**
 * Two notices about the safety of stored data: "stored data was lost" (the store was made anew while the note kept
 * outside it names datasets that are gone, src/store/store-marker.ts), and, after a person saves data while the
 * browser has not granted persistent storage, "back up". State for src/app/PwaBanner.tsx; the note lives in
 * localStorage.
 */
import { create } from 'zustand';
import { getDb } from '../../store/db';
import { MARKER_KEY, parseMarker, readStoreNow, reconcile, withoutLoss, type StoreLoss } from '../../store/store-marker';
import { checkPersistence } from './pwa';

export interface StorageNotices {
  loss: StoreLoss | null;
  /** remind the person to back up (saved while storage is not persistent) */
  remind: boolean;
}

export const useStorageNotices = create<StorageNotices>(() => ({ loss: null, remind: false }));

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;
const local = (): KeyValue | null => {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null;
  } catch {
    return null; // storage blocked for this site
  }
};
const makeId = () => (typeof crypto !== 'undefined' && crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

let syncing: Promise<void> = Promise.resolve();

/** Compares the note with the store and keeps the note up to date (after start and after every change). */
export function syncStoreMarker(storage: KeyValue | null = local(), db = getDb(), now = Date.now()): Promise<void> {
  syncing = syncing.then(async () => {
    if (!storage) return;
    const current = await readStoreNow(db, makeId);
    const { loss, marker } = reconcile(parseMarker(storage.getItem(MARKER_KEY)), current, now);
    try {
      storage.setItem(MARKER_KEY, JSON.stringify(marker));
    } catch {
      // a full or blocked localStorage: the loss is still shown this time
    }
    useStorageNotices.setState({ loss });
  }).catch(() => undefined);
  return syncing;
}

/** The person read the loss notice: forget it. */
export function dismissLoss(storage: KeyValue | null = local()): void {
  useStorageNotices.setState({ loss: null });
  const m = parseMarker(storage?.getItem(MARKER_KEY) ?? null);
  if (m && storage) storage.setItem(MARKER_KEY, JSON.stringify(withoutLoss(m)));
}

/** After a save: reminds the person to back up unless the browser granted persistent storage. */
export async function remindBackupAfterSave(): Promise<void> {
  const state = await checkPersistence(false);
  if (state !== 'granted') useStorageNotices.setState({ remind: true });
  // what the last save decided, for tests (<html data-backup-reminder>)
  if (typeof document !== 'undefined') document.documentElement.dataset.backupReminder = state === 'granted' ? 'not-needed' : 'shown';
}

export const dismissReminder = () => useStorageNotices.setState({ remind: false });
