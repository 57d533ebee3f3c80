import { useLang } from '../../ui/hooks/useLang';
import type { Catalog } from '../../model/catalog';
import { exportBackupFile, restoreFile, type DataDeps } from './actions';
import { formatDate } from './view-labels';
import { isImportBusy, useImportStore } from '../../ui/state/import-progress';
import { useLastBackup } from './reads/last-backup';
import { FileButton } from '../../ui/components/FileButton';

/** Export the whole store as one file, restore it, and the date of the last backup. */
export function BackupPanel({ catalog, deps }: { catalog: Catalog; deps: DataDeps }) {
  const { lang, t } = useLang();
  const busy = useImportStore(isImportBusy);
  const last = useLastBackup();
  const lastImport = Math.max(0, ...catalog.datasets.filter((d) => d.origin === 'user').map((d) => d.importedAt));
  const stale = lastImport > 0 && last.isSuccess && (last.data === null || last.data.at < lastImport);
  return (
    <section className="data-panel" aria-labelledby="backup-h">
      <h3 id="backup-h">{t('data.backup.heading')}</h3>
      <p className="note">{t('data.backup.hint')}</p>
      <p data-testid="last-backup" data-at={last.data?.at ?? ''}>
        {last.data ? t('data.backup.last', { date: formatDate(last.data.at, lang) }) : t('data.backup.never')}
      </p>
      {stale && (
        <p className="warn" data-testid="backup-reminder">
          {t('data.backup.reminder')}
        </p>
      )}
      <div className="data-actions">
        <button type="button" data-testid="backup-export" disabled={busy} onClick={() => void exportBackupFile(deps)}>
          {t('data.backup.export')}
        </button>
        <FileButton
          label={t('data.backup.restore')}
          testId="restore-file"
          accept=".json,application/json"
          disabled={busy}
          onFiles={([file]) => {
            if (file) void restoreFile(file, deps);
          }}
        />
      </div>
    </section>
  );
}
