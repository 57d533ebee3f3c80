import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Catalog } from '../../model/catalog';
import { extractReport } from '../../extract';
import { jurisdictionFor } from '../../extract/to-dataset';
import type { Script } from '../../model/schema';
import { updateUrl } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import type { Draft, Extraction } from './extraction';
import { InputStep } from './InputStep';
import { ReviewStep } from './ReviewStep';
import { initialRows, type ReviewRow } from './review';
import { reportDataset, saveReport } from './save-report';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; n: number; jurisdiction: string } | { kind: 'exists'; id: string } | { kind: 'error'; message: string };

export default function AddReportView({ catalog }: { catalog: Catalog }) {
  const { t } = useLang();
  const client = useQueryClient();
  const [extraction, setExtraction] = useState<Extraction | null>(null);
  const [rows, setRows] = useState<ReviewRow[]>([]);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  const start = (draft: Draft, script: Script, textSimplified: string | undefined) => {
    const jurisdiction = jurisdictionFor(draft.name, catalog.jurisdictions);
    const reportId = `${jurisdiction.id}.${draft.year}`.replace(/[^A-Za-z0-9_.:-]/g, '_');
    const input = { text: draft.text, reportId, period: draft.year, metrics: catalog.metrics, practices: catalog.practices };
    const result = extractReport(textSimplified ? { ...input, textSimplified } : input);
    setExtraction({ draft, jurisdiction, script, textSimplified, result, reportId });
    setRows(initialRows(result.observations));
    setSave({ kind: 'idle' });
  };

  const cancel = () => {
    setExtraction(null);
    setRows([]);
    setSave({ kind: 'idle' });
  };

  const store = async (replace: boolean) => {
    if (!extraction) return;
    const ds = reportDataset(extraction, rows, catalog);
    setSave({ kind: 'saving' });
    const r = await saveReport(ds, replace, client);
    if (r.kind === 'saved') {
      setSave({ kind: 'saved', n: r.n, jurisdiction: extraction.jurisdiction.id });
      setExtraction(null);
      setRows([]);
    } else if (r.kind === 'invalid') setSave({ kind: 'error', message: t('add.invalid', { message: r.issues }) });
    else setSave(r);
  };

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
      {!extraction ? (
        <InputStep catalog={catalog} onReady={start} />
      ) : (
        <ReviewStep catalog={catalog} extraction={extraction} rows={rows} setRows={setRows} onCancel={cancel} onSave={() => void store(false)} saving={save.kind === 'saving'}>
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
