import './register-strings';
import './add-report.css';
import type { Catalog } from '../../model/catalog';
import { updateUrl } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { InputStep } from './InputStep';
import { ReviewStep } from './ReviewStep';
import { useIndicators } from './reads/indicators';
import { useAddReport } from './useAddReport';

export default function AddReportView({ catalog }: { catalog: Catalog }) {
  const { t } = useLang();
  // fetched as soon as the view opens, so that it is there when the figures are extracted
  useIndicators();
  const { extraction, rows, setRows, save, catalogueProblem, start, cancel, store } = useAddReport(catalog, t);

  return (
    <section aria-labelledby="add-h" className="add-report">
      <h2 id="add-h">{t('add.title')}</h2>
      <p className="note">{t('add.help')}</p>
      {save.kind === 'saved' && (
        <p className="ok" role="status" data-testid="add-saved">
          {t('add.saved', { n: save.n })}{' '}
          <button type="button" className="link" onClick={() => updateUrl({ view: 'compare', jurisdictions: [save.jurisdiction], metrics: [] })}>
            {t('add.show')}
          </button>
        </p>
      )}
      {extraction && catalogueProblem && (
        <p className="warn" role="alert" data-testid="add-no-catalogue">
          {t('map.noCatalogue', { message: catalogueProblem })}
        </p>
      )}
      {!extraction ? (
        <InputStep catalog={catalog} onReady={start} />
      ) : (
        <ReviewStep extraction={extraction} rows={rows} setRows={setRows} onCancel={cancel} onSave={() => void store(false)} saving={save.kind === 'saving'}>
          {save.kind === 'exists' && (
            <p className="warn" role="alert">
              {t('add.exists', { id: save.id })}{' '}
              <button type="button" data-testid="add-replace" onClick={() => void store(true)}>
                {t('add.replace')}
              </button>
            </p>
          )}
          {save.kind === 'error' && (
            <p className="error" role="alert">
              {t('add.failed', { message: save.message })}
            </p>
          )}
        </ReviewStep>
      )}
    </section>
  );
}
