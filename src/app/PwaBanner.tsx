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
import { applyUpdate, dismissUpdate, registerServiceWorker, startPwa, usePwaStore } from '../ui/state/pwa';
import { isImportBusy, useImportStore } from '../ui/state/import-progress';
import { useUnsavedStore } from '../ui/state/unsaved';
import { syncStoreMarker, useStorageNotices } from '../ui/state/storage-notices';
import { useBootstrap } from '../reads/bootstrap';
import { useCatalog } from '../reads/catalog';

const RELOAD_TEXT = { stale: 'pwa.stale', deployed: 'pwa.deployed', deleted: 'db.deleted', versionchange: 'db.versionchange' } as const;

// "stored data was lost" and "back up" need the data view's restore and backup: loaded only when shown
const StorageNotices = lazy(() => import('../features/data/StorageNotices'));

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
  // failed) and the page is idle: its precache never competes with the first chart (src/ui/state/pwa.ts)
  const firstScreenRead = boot.isError || (boot.isSuccess && !catalog.isPending);
  useEffect(() => {
    if (!firstScreenRead) return;
    if (typeof requestIdleCallback !== 'function') return registerServiceWorker();
    const idle = requestIdleCallback(registerServiceWorker, { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, [firstScreenRead]);
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
