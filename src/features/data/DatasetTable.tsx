import { useState } from 'react';
import { useLang } from '../../ui/hooks/useLang';
import { TableHead } from '../../ui/components/TableHead';
import { pickLang } from '../../i18n';
import type { Catalog } from '../../model/catalog';
import { deleteDatasetById, type DataDeps } from './actions';
import { formatBytes, formatDate } from './view-labels';
import { isImportBusy, useImportStore } from '../../ui/state/import-progress';

/** Every stored dataset with size and date; imported ones can be deleted (after a confirmation). */
export function DatasetTable({ catalog, deps }: { catalog: Catalog; deps: DataDeps }) {
  const { lang, t } = useLang();
  const busy = useImportStore(isImportBusy);
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section className="data-panel" aria-labelledby="datasets-h">
      <h3 id="datasets-h">{t('data.list.heading')}</h3>
      <p className="note">{t('data.list.caption')}</p>
      {catalog.datasets.length === 0 ? (
        <p className="status">{t('data.list.empty')}</p>
      ) : (
        // a table wider than a phone scrolls in its box: reachable by keyboard (arrow keys once focused)
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="datasets-h">
          <table className="datasets">
            <TableHead
              columns={[
                t('data.list.title'),
                t('data.list.id'),
                t('data.list.origin'),
                t('data.list.contents'),
                t('data.list.size'),
                t('data.list.date'),
                t('data.list.actions'),
              ]}
            />
            <tbody>
              {catalog.datasets.map((d) => (
                <tr key={d.id} data-testid="dataset-row" data-dataset-id={d.id}>
                  <td className="clip">{pickLang(d.title, lang)}</td>
                  <td className="clip">
                    <code>{d.id}</code>
                  </td>
                  <td>{t(d.origin === 'bundled' ? 'data.list.originBundled' : 'data.list.originUser')}</td>
                  <td>
                    {t('data.list.contentsValue', {
                      jurisdictions: d.counts.jurisdictions,
                      reports: d.counts.reports,
                      observations: d.counts.observations,
                    })}
                  </td>
                  <td>{formatBytes(d.bytes, lang)}</td>
                  <td>{formatDate(d.importedAt, lang)}</td>
                  <td>
                    {d.origin === 'user' &&
                      (confirming === d.id ? (
                        <span role="group" aria-label={t('data.delete.question', { title: pickLang(d.title, lang) })}>
                          <span className="confirm-text">{t('data.delete.question', { title: pickLang(d.title, lang) })}</span>{' '}
                          <button
                            type="button"
                            data-testid="dataset-delete-confirm"
                            disabled={busy}
                            onClick={() => {
                              setConfirming(null);
                              void deleteDatasetById(d.id, deps);
                            }}
                          >
                            {t('data.delete.confirm')}
                          </button>{' '}
                          <button type="button" onClick={() => setConfirming(null)}>
                            {t('data.confirm.cancel')}
                          </button>
                        </span>
                      ) : (
                        <button type="button" data-testid="dataset-delete" disabled={busy} onClick={() => setConfirming(d.id)}>
                          {t('data.list.delete')}
                        </button>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
