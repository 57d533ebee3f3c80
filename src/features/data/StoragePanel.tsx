import { useLang } from '../../ui/hooks/useLang';
import { checkPersistence, usePwaStore } from '../../ui/state/pwa';
import type { MessageKey } from '../../i18n';
import { formatBytes } from './view-labels';
import { useStorageEstimate } from './reads/storage-estimate';

const PERSISTED: Record<string, MessageKey> = {
  unknown: 'data.storage.unknown',
  granted: 'data.storage.granted',
  denied: 'data.storage.denied',
  unsupported: 'data.storage.unsupported',
};

/** Whether the browser granted persistent storage, and how much is used. */
export function StoragePanel() {
  const { lang, t } = useLang();
  const persisted = usePwaStore((s) => s.persisted);
  const estimate = useStorageEstimate();
  return (
    <section className="data-panel" aria-labelledby="storage-h">
      <h3 id="storage-h">{t('data.storage.heading')}</h3>
      <p data-testid="storage-persisted" data-state={persisted} className={persisted === 'granted' ? '' : 'warn'}>
        {t(PERSISTED[persisted] ?? 'data.storage.unknown')}
      </p>
      {persisted === 'denied' && (
        <button type="button" onClick={() => void checkPersistence(true)}>
          {t('data.storage.request')}
        </button>
      )}
      {estimate.data && (
        <p className="note" data-testid="storage-usage">
          {t('data.storage.usage', { used: formatBytes(estimate.data.usage, lang), quota: formatBytes(estimate.data.quota, lang) })}
        </p>
      )}
    </section>
  );
}
