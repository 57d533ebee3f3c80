import './register-strings';
import './add-report.css';
import { useState } from 'react';
import type { Catalog } from '../../model/catalog';
import { updateUrl } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { InputStep } from './InputStep';
import { useIndicators } from './reads/indicators';
import { useAddReport } from './useAddReport';
import { useBatchStore } from './batch/batch-store';
import { BatchProblems, BatchProgress } from './batch/BatchProgress';
import { BatchQueue } from './batch/BatchQueue';
import { BatchSave } from './batch/BatchSave';
import { PlaceEditor } from './batch/PlaceEditor';

/** Any number of reports read into one review queue, reviewed, and saved at once. */
export default function AddReportView({ catalog }: { catalog: Catalog }) {
  const { t } = useLang();
  // fetched as soon as the view opens, so that it is there when the figures are extracted
  useIndicators();
  const { save, catalogueProblem, indicators, start, cancel, store } = useAddReport(catalog);
  const status = useBatchStore((s) => s.queue.status);
  const progress = useBatchStore((s) => s.queue.progress);
  const problems = useBatchStore((s) => s.queue.problems);
  const reports = useBatchStore((s) => s.queue.order.length);
  const reportOf = useBatchStore((s) => s.queue.reports);
  const [editing, setEditing] = useState<string | null>(null);
  const running = status === 'running';
  const editingReport = editing ? reportOf[editing] : undefined;

  return (
    <section aria-labelledby="add-h" className="add-report">
      <h2 id="add-h">{t('add.title')}</h2>
      <p className="note">{t('batch.help')}</p>
      {save.kind === 'saved' && (
        <p className="ok" role="status" data-testid="add-saved">
          {t('batch.saved', { reports: save.reports, figures: save.figures })}{' '}
          <button type="button" className="link" onClick={() => updateUrl({ view: 'compare', jurisdictions: save.places ?? [], metrics: [] })}>
            {t('batch.compare')}
          </button>
        </p>
      )}
      {catalogueProblem && (reports > 0 || running) && (
        <p className="warn" role="alert" data-testid="add-no-catalogue">
          {t('map.noCatalogue', { message: catalogueProblem })}
        </p>
      )}
      {!running && reports === 0 && <InputStep catalog={catalog} onInput={start} />}
      {running && <BatchProgress progress={progress} onCancel={cancel} />}
      {typeof status === 'object' && (
        <p className="error" role="alert">
          {t('batch.engineError', { message: status.error })}
        </p>
      )}
      <BatchProblems problems={problems} />
      {editingReport && <PlaceEditor key={editingReport.key} reportKey={editingReport.key} file={editingReport.report.file} catalog={catalog} onClose={() => setEditing(null)} />}
      {reports > 0 && (
        <div className="add-review">
          <BatchQueue catalog={catalog} indicators={indicators} onEditPlace={setEditing} />
          <BatchSave save={save} onSave={(ids) => void store(ids)} onClear={cancel} />
        </div>
      )}
    </section>
  );
}
