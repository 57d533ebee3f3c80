/**
 * App-wide notices: "update available" (applied only when the user agrees, never mid-import), "reload this
 * tab" (database upgraded or deleted in another tab, or the app updated there), "close other tabs" (blocked).
 */
import { useEffect } from 'react';
import './banner.css';
import { useLang } from '../ui/hooks/useLang';
import { applyUpdate, dismissUpdate, startPwa, usePwaStore } from '../ui/state/pwa';
import { isImportBusy, useImportStore } from '../ui/state/import-progress';

export function PwaBanner() {
  const { t } = useLang();
  const { needRefresh, reload, blocked } = usePwaStore();
  const busy = useImportStore(isImportBusy);
  useEffect(() => startPwa(), []);

  if (reload)
    return (
      <div className="banner banner-alert" role="alert" data-testid="reload-banner" data-reason={reload}>
        <span>{t(reload === 'stale' ? 'pwa.stale' : reload === 'deleted' ? 'db.deleted' : 'db.versionchange')}</span>
        <button type="button" onClick={() => window.location.reload()}>
          {t('db.reload')}
        </button>
      </div>
    );
  return (
    <>
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
