/**
 * App-wide notices: "update available" (applied only when the user agrees, never mid-import), "reload this
 * tab" (database upgraded or deleted in another tab, or the app updated there), "close other tabs" (blocked),
 * "stored data was lost" and "back up now" (src/ui/state/storage-notices.ts), "the stored data could not be opened"
 * (read-only, src/store/read-only.ts). "Reload" also follows a new build deployed under this tab (its code can no
 * longer be loaded), and says when reloading would discard the add-report review queue (src/ui/state/unsaved.ts).
 */
import { lazy, Suspense, useEffect } from 'react';
import './banner.css';
import { useLang } from '../ui/hooks/useLang';
import { applyUpdate, dismissUpdate, registerServiceWorker, startPwa, SW_QUIET_MS, usePwaStore } from '../ui/state/pwa';
import { whenQuiet } from '../ui/state/when-quiet';
import { isImportBusy, useImportStore } from '../ui/state/import-progress';
import { useUnsavedStore } from '../ui/state/unsaved';
import { syncStoreMarker, useStorageNotices } from '../ui/state/storage-notices';
import { useBootstrap } from '../reads/bootstrap';
import { useCatalog } from '../reads/catalog';

const RELOAD_TEXT = { stale: 'pwa.stale', deployed: 'pwa.deployed', deleted: 'db.deleted', versionchange: 'db.versionchange' } as const;

// "stored data was lost" and "back up" need the data view's restore and backup: loaded only when shown
const StorageNotices = lazy(() => import('../features/data/StorageNotices'));

/**
 * Registers the service worker once `ready` (the first screen has what it reads) and the page is idle. Where no
 * service worker controls the page yet (a first visit), also only once no import (nor the add-report view's reading
 * and extraction of files) has been working for SW_QUIET_MS:
 * its first precache then competes neither with the first chart nor with a file imported at once
 * (src/ui/state/pwa.ts). A page it already controls registers at once, so that an update deployed meanwhile is
 * offered (never applied) even in the middle of an import.
 */
function useServiceWorkerWhenQuiet(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    let idle: number | null = null;
    const register = () => {
      if (typeof requestIdleCallback !== 'function') registerServiceWorker();
      else idle = requestIdleCallback(registerServiceWorker, { timeout: 3000 });
    };
    const installed = typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
    const busy = () => isImportBusy() || useUnsavedStore.getState().extracting;
    const subscribe = (l: () => void) => {
      const stops = [useImportStore.subscribe(l), useUnsavedStore.subscribe(l)];
      return () => stops.forEach((stop) => stop());
    };
    const cancel = installed ? null : whenQuiet(register, { busy, subscribe }, SW_QUIET_MS);
    if (installed) register();
    return () => {
      cancel?.();
      if (idle !== null) cancelIdleCallback(idle);
    };
  }, [ready]);
}

export function PwaBanner() {
  const { t } = useLang();
  const { needRefresh, reload, blocked } = usePwaStore();
  const busy = useImportStore(isImportBusy);
  const unsaved = useUnsavedStore((s) => s.reviewQueue);
  useEffect(() => startPwa(), []);
  // the note of what the store holds follows every change of the stored datasets (src/store/store-marker.ts)
  const boot = useBootstrap();
  const catalog = useCatalog(boot.isSuccess);
  // (not in read-only mode: the note's first sync writes the store's id)
  const unavailable = !!boot.data && !boot.data.ok && boot.data.errors.kind === 'unavailable';
  // the service worker once the first screen has what it reads (the store bootstrapped, the catalogue read or
  // failed)
  useServiceWorkerWhenQuiet(boot.isError || (boot.isSuccess && !catalog.isPending));
  useEffect(() => {
    if (catalog.data && !unavailable) void syncStoreMarker();
  }, [catalog.data, unavailable]);
  const storage = useStorageNotices((s) => !!s.loss || s.remind);
  // the bootstrap opens (and upgrades) the store: once it is done, no upgrade waits any more
  useEffect(() => {
    if (boot.isSuccess && usePwaStore.getState().blocked) usePwaStore.setState({ blocked: false });
  }, [boot.isSuccess]);

  if (reload)
    return (
      <div className="banner banner-alert" role="alert" data-testid="reload-banner" data-reason={reload}>
        <span>{t(RELOAD_TEXT[reload])}</span>
        {unsaved > 0 && (
          <span className="banner-note" data-testid="reload-unsaved">
            {t('pwa.reload.unsaved', { count: unsaved })}
          </span>
        )}
        <button type="button" data-testid="reload-apply" onClick={() => window.location.reload()}>
          {t('db.reload')}
        </button>
      </div>
    );
  return (
    <>
      {unavailable && (
        <div className="banner banner-alert" role="alert" data-testid="unavailable-banner">
          <span>{t('db.unavailable')}</span>
          <button type="button" onClick={() => window.location.reload()}>
            {t('db.reload')}
          </button>
        </div>
      )}
      {storage && (
        <Suspense fallback={null}>
          <StorageNotices />
        </Suspense>
      )}
      {blocked && (
        <div className="banner banner-alert" role="alert" data-testid="blocked-banner">
          {t('db.blocked')}
        </div>
      )}
      {needRefresh && (
        <div className="banner" role="status" data-testid="update-banner">
          <span>{t('pwa.update.available')}</span>
          {busy && <span className="banner-note">{t('pwa.update.waitImport')}</span>}
          <button type="button" data-testid="update-apply" disabled={busy} onClick={() => applyUpdate()}>
            {t('pwa.update.apply')}
          </button>
          <button type="button" onClick={dismissUpdate}>
            {t('pwa.update.later')}
          </button>
        </div>
      )}
    </>
  );
}
