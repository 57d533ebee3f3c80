import { useState } from 'react';
import { useLang } from '../../../ui/hooks/useLang';
import { canSave, confirmAll, readiness, setYearAll, validYear } from './batch-model';
import { applyToQueue, useBatchStore } from './batch-store';
import type { SaveResult } from './batch-run';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | SaveResult;

/** The year of every report at once, and the confirmation of every proposed place and year. */
function ForAll() {
  const { t } = useLang();
  const [year, setYear] = useState('');
  const y = Number(year);
  return (
    <div className="controls batch-all">
      <button type="button" onClick={() => applyToQueue(confirmAll)} data-testid="batch-confirm-all">
        {t('batch.confirmAll')}
      </button>
      <label>
        {t('batch.yearAll')} <input type="number" min={1949} max={2100} value={year} onChange={(e) => setYear(e.target.value)} data-testid="batch-year-all" />
      </label>
      <button type="button" disabled={!validYear(year === '' ? null : y)} onClick={() => applyToQueue((s) => setYearAll(s, y))} data-testid="batch-set-year-all">
        {t('batch.setYearAll')}
      </button>
    </div>
  );
}

/** What holds the save back, report by report. */
function Blocked() {
  const { t } = useLang();
  const queue = useBatchStore((s) => s.queue);
  const { blocked } = readiness(queue);
  if (blocked.length === 0) return null;
  return (
    <div className="note batch-blocked" data-testid="batch-blocked">
      <p>{t('batch.blocked')}</p>
      <ul>
        {blocked.slice(0, 20).map((b) => (
          <li key={b.key}>{t('batch.blockedLine', { file: queue.reports[b.key]!.report.file, why: b.why.map((w) => t(`batch.why.${w}`)).join('、') })}</li>
        ))}
      </ul>
    </div>
  );
}

/** A save that did not store anything: the ids that exist (with the question), or why it failed. */
export function SaveProblem({ save, onReplace }: { save: SaveState; onReplace: (ids: string[]) => void }) {
  const { t } = useLang();
  if (save.kind === 'exists')
    return (
      <p className="warn" role="alert" data-testid="batch-exists">
        {t('batch.exists', { ids: save.ids.join('、') })}{' '}
        <button type="button" data-testid="add-replace" onClick={() => onReplace(save.ids)}>
          {t('batch.replaceExisting')}
        </button>
      </p>
    );
  if (save.kind === 'invalid') return <p className="error" role="alert" data-testid="batch-save-error">{t('batch.invalid', { message: save.issues })}</p>;
  if (save.kind === 'error') return <p className="error" role="alert" data-testid="batch-save-error">{t('batch.error', { message: save.message })}</p>;
  return null;
}

/** Confirming, the year of all, the one save button (how many reports and figures) and what holds it back. */
export function BatchSave({ save, onSave, onClear }: { save: SaveState; onSave: (replace: string[]) => void; onClear: () => void }) {
  const { t } = useLang();
  const queue = useBatchStore((s) => s.queue);
  const ready = readiness(queue);
  const saving = save.kind === 'saving';
  return (
    <div className="batch-save">
      <ForAll />
      <Blocked />
      <SaveProblem save={save} onReplace={onSave} />
      <div className="controls">
        <button type="button" disabled={saving || !canSave(queue, ready)} onClick={() => onSave([])} data-testid="add-save">
          {saving ? t('batch.saving') : t('batch.save', { reports: ready.ready.length, figures: ready.figures })}
        </button>
        <button type="button" onClick={onClear} data-testid="add-cancel">
          {t('batch.clear')}
        </button>
      </div>
    </div>
  );
}
