/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Offline and app lifecycle: the service worker (precache of the whole app, registerType 'prompt'), the
 * "update available" prompt that reloads only when the user agrees and never mid-import (a reload would cut the
 * import's transaction; a tab left on the old version keeps working until then), the request for persistent storage
 * (so the browser does not evict the datasets under storage pressure), and the database connection notices of other
 * tabs (another tab's schema upgrade closes this tab's connection).
 * State is a small Zustand store read by src/app/PwaBanner.tsx and the data view.
 */
import { create } from 'zustand';
import { registerSW } from 'virtual:pwa-register';
import { getDb, watchConnection } from '../../store/db';
import { onWorkerNotice } from '../../store/worker-client';
import { noteReconnected } from '../../store/changes';
import { isImportBusy } from './import-progress';

export type Persisted = 'unknown' | 'granted' | 'denied' | 'unsupported';
/**
 * Why this tab must be reloaded: the database was upgraded or deleted elsewhere, the app was updated elsewhere,
 * or a new build was deployed and this tab's code can no longer be loaded (a chunk of the old build is gone).
 */
export type ReloadReason = 'versionchange' | 'deleted' | 'stale' | 'deployed';

export interface PwaState {
  /** a new version is installed and waits for the user's agreement */
  needRefresh: boolean;
  offlineReady: boolean;
  persisted: Persisted;
  reload: ReloadReason | null;
  /** this tab's database upgrade waits for other tabs */
  blocked: boolean;
}

export const usePwaStore = create<PwaState>(() => ({
  needRefresh: false,
  offlineReady: false,
  persisted: 'unknown',
  reload: null,
  blocked: false,
}));

let updateSW: ((reload?: boolean) => Promise<void>) | null = null;
let userAccepted = false;
let started = false;

let registered = false;

/**
 * How long no import (nor an extraction of files) must have been working before the service worker is first
 * registered on a page (ms). Its precache
 * takes both cores for ≈ 3 s; an import started meanwhile — the first thing many people do on a first visit — took
 * 1.4–1.6 s longer. The cost: offline use is ready this much later after a first visit.
 */
export const SW_QUIET_MS = 5000;

/**
 * Registers the service worker once (idempotent). The shell calls it when the first screen is up, no import has
 * been working for SW_QUIET_MS and the page is idle: on a first visit its precache (the whole app, a few MB) would
 * otherwise compete with the bundled dataset's import, the first chart and a file imported at once for the same cores.
 */
export function registerServiceWorker(): void {
  if (registered) return;
  registered = true;
  if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator && import.meta.env.PROD) {
    updateSW = registerSW({
      immediate: true,
      onNeedRefresh: () => usePwaStore.setState({ needRefresh: true }),
      onOfflineReady: () => {
        usePwaStore.setState({ offlineReady: true });
        document.documentElement.dataset.offlineReady = 'true';
      },
      // The new worker took control. Reload only if this tab's user asked for it; a tab where the user
      // did not (another tab applied the update) is told to reload instead — it may be mid-import.
      onNeedReload: () => {
        if (userAccepted && !isImportBusy()) window.location.reload();
        else usePwaStore.setState({ reload: 'stale', needRefresh: false });
      },
    });
  }
}

/** Starts everything else once (idempotent): persistence request, connection watching, chunk failures. */
export function startPwa(): void {
  if (started) return;
  started = true;
  // A lazy chunk of the old version is gone (new deploy): ask for a reload. The failed import still rejects (no
  // preventDefault: Vite would then resolve it to undefined and React.lazy would break the whole page); the
  // view's error boundary shows it.
  window.addEventListener('vite:preloadError', noteChunkFailure);
  void checkPersistence(true);
  const onVersion = (newVersion: number | null) =>
    usePwaStore.setState({ reload: newVersion ? 'versionchange' : 'deleted', blocked: false });
  watchConnection(getDb(), {
    onVersionChange: onVersion,
    onBlocked: () => usePwaStore.setState({ blocked: true }),
    onClosed: () => usePwaStore.setState({ reload: 'deleted', blocked: false }),
    // the connection was lost and opened again on the same store: the views read again, nothing to tell
    onReopened: noteReconnected,
  });
  onWorkerNotice((n) => {
    if (n === 'blocked') usePwaStore.setState({ blocked: true });
    else usePwaStore.setState({ reload: n === 'closed' ? 'deleted' : 'versionchange', blocked: false });
  });
}

/** This tab's code failed to load (a new build replaced it): the banner asks for a reload. */
export function noteChunkFailure(): void {
  if (!usePwaStore.getState().reload) usePwaStore.setState({ reload: 'deployed' });
}

/** Applies the waiting update (the page reloads when the new worker takes control). Refused mid-import. */
export function applyUpdate(): boolean {
  if (isImportBusy() || !updateSW) return false;
  userAccepted = true;
  void updateSW(true);
  return true;
}

export const dismissUpdate = () => usePwaStore.setState({ needRefresh: false });

/** Reads whether storage is persistent; with `ask`, requests it when it is not (Chromium decides silently). */
export async function checkPersistence(ask: boolean): Promise<Persisted> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  let state: Persisted = 'unsupported';
  try {
    if (storage?.persisted) {
      state = (await storage.persisted()) ? 'granted' : 'denied';
      if (state === 'denied' && ask && storage.persist) state = (await storage.persist()) ? 'granted' : 'denied';
    }
  } catch {
    state = 'unsupported';
  }
  usePwaStore.setState({ persisted: state });
  return state;
}
