import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Catalog } from '../../model/catalog';
import { extractReport } from '../../extract';
import { jurisdictionFor } from '../../extract/to-dataset';
import type { Script } from '../../model/schema';
import { runInWorker } from '../../store/worker-client';
import type { ImportResult } from '../../store/worker-protocol';
import { storeKeys } from '../../reads/keys';
import { updateUrl } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import type { Draft, Extraction } from './extraction';
import { InputStep } from './InputStep';
import { ReviewStep } from './ReviewStep';
import { initialRows, reviewedDataset, type ReviewRow } from './review';

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
    const { draft, jurisdiction, script, textSimplified, result, reportId } = extraction;
    const ds = reviewedDataset(
      {
        jurisdiction,
        period: draft.year,
        title: draft.title || `${draft.name}${draft.year}年法治政府建设报告`,
        source: draft.source,
        script,
        text: draft.text,
        ...(textSimplified ? { textSimplified } : {}),
        catalogue: catalog.metrics,
        practices: catalog.practices,
        reportId,
      },
      rows,
      result,
      new Date().toISOString().slice(0, 10),
    );
    setSave({ kind: 'saving' });
    const file = new File([JSON.stringify(ds)], `${ds.id}.json`, { type: 'application/json' });
    try {
      const r = await runInWorker<ImportResult>({ type: 'json', file, replace });
      if (r.ok) {
        await client.invalidateQueries({ queryKey: storeKeys.all });
        setSave({ kind: 'saved', n: r.value.observations, jurisdiction: jurisdiction.id });
        setExtraction(null);
        setRows([]);
      } else if (r.errors.kind === 'exists') setSave({ kind: 'exists', id: r.errors.id });
      else if (r.errors.kind === 'invalid')
        setSave({ kind: 'error', message: t('add.invalid', { message: r.errors.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }) });
      else setSave({ kind: 'error', message: r.errors.message });
    } catch (e) {
      setSave({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
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
