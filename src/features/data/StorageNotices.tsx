/**
 * The notices of src/ui/state/storage-notices.ts, loaded only when one is shown: "stored data was lost" with the
 * restore of a backup file (the data view's restore), and "back up" after a save while storage is not persistent.
 */
import './register-strings';
import './data.css';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';
import { dismissLoss, dismissReminder, useStorageNotices } from '../../ui/state/storage-notices';
import { isImportBusy, useImportStore } from '../../ui/state/import-progress';
import { exportBackupFile, restoreFile } from './actions';
import { useDataDeps } from './deps';
import { FileButton } from '../../ui/components/FileButton';
import { formatDate } from './view-labels';
import type { MarkedDataset } from '../../store/store-marker';
import type { Lang } from '../../model/format';

/** The lost datasets by title, with the id where two share a title. */
function lostNames(datasets: readonly MarkedDataset[], lang: Lang): string {
  const titles = datasets.map((d) => pickLang(d.title, lang));
  return titles.map((title, i) => (titles.indexOf(title) !== titles.lastIndexOf(title) ? `${title} (${datasets[i]!.id})` : title)).join(lang === 'zh' ? '、' : ', ');
}

export default function StorageNotices() {
  const { lang, t } = useLang();
  const { loss, remind } = useStorageNotices();
  const busy = useImportStore(isImportBusy);
  // the outcome of a restore or backup started here, on views that do not show the data view's status line
  const status = useImportStore((s) => (s.status === 'error' || s.status === 'done' ? s.message : null));
  const deps = useDataDeps();
  return (
    <>
      {loss && (
        <div className="banner banner-alert" role="alert" data-testid="loss-banner" data-count={loss.datasets.length}>
          <strong>{t('db.lost.heading')}</strong>
          <span>
            {t('db.lost.body', {
              count: loss.datasets.length,
              names: lostNames(loss.datasets, lang),
            })}
          </span>
          <span data-testid="loss-last-backup" data-at={loss.lastBackup ?? ''}>
            {loss.lastBackup !== null ? t('db.lost.lastBackup', { date: formatDate(loss.lastBackup, lang) }) : t('db.lost.never')}
          </span>
          <FileButton
            label={t('db.lost.restore')}
            testId="loss-restore"
            accept=".json,application/json"
            disabled={busy}
            onFiles={([file]) => {
              if (file) void restoreFile(file, deps);
            }}
          />
          {status && (
            <span className="banner-note" role="status" data-testid="loss-status">
              {t(status.key, status.params)}
            </span>
          )}
          <button type="button" onClick={() => dismissLoss()}>
            {t('db.lost.dismiss')}
          </button>
        </div>
      )}
      {remind && (
        <div className="banner" role="status" data-testid="backup-remind-banner">
          <span>{t('db.remind.body')}</span>
          <button
            type="button"
            data-testid="remind-backup"
            disabled={busy}
            onClick={() => {
              dismissReminder();
              void exportBackupFile(deps);
            }}
          >
            {t('db.remind.backup')}
          </button>
          <button type="button" onClick={dismissReminder}>
            {t('db.remind.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
