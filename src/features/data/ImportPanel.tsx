import { useState, type DragEvent } from 'react';
import { useLang } from '../../ui/hooks/useLang';
import type { MessageKey } from '../../i18n';
import { MAX_ISSUES } from '../../formats/validate';
import { importFiles, type DataDeps } from './actions';
import { importLimitLabel } from './view-labels';
import { isImportBusy, useImportStore } from '../../ui/state/import-progress';
import { issueText } from './issue-text';

const PHASE_KEYS: Record<string, MessageKey> = {
  read: 'data.phase.read',
  parse: 'data.phase.parse',
  validate: 'data.phase.validate',
  write: 'data.phase.write',
  done: 'data.phase.done',
};

/** File picker, drop zone, status, progress, the pending question and the problem list. */
export function ImportPanel({ deps }: { deps: DataDeps }) {
  const { lang, t } = useLang();
  const s = useImportStore();
  const busy = isImportBusy(s);
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!busy) void importFiles([...e.dataTransfer.files], deps);
  };
  const phase = s.phase && PHASE_KEYS[s.phase] ? t(PHASE_KEYS[s.phase]!) : '';
  const message = s.message ? t(s.message.key, { phase, ...s.message.params }) : t('data.status.idle');

  return (
    <section className="data-panel" aria-labelledby="import-h">
      <h3 id="import-h">{t('data.import.heading')}</h3>
      <p className="note">{t('data.import.hint', { limit: importLimitLabel(lang) })}</p>
      <div
        className={`drop-zone${over ? ' drop-over' : ''}`}
        data-testid="import-drop"
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = busy ? 'none' : 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label className="file-button">
          {t('data.import.choose')}
          <input
            type="file"
            data-testid="import-file"
            accept=".json,.csv,application/json,text/csv"
            multiple
            disabled={busy}
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              void importFiles(files, deps);
            }}
          />
        </label>
        <span className="note">{over ? t('data.import.dropActive') : t('data.import.drop')}</span>
      </div>

      <p className={`import-status ${s.status}`} data-testid="import-status" data-state={s.status} data-run={s.run} data-phase={s.phase ?? ''} role="status" aria-live="polite">
        {message}
      </p>
      {s.status === 'working' && (
        <progress
          data-testid="import-progress"
          aria-label={t('data.progress')}
          max={1}
          {...(s.progress === null ? {} : { value: s.progress })}
        />
      )}
      {s.question && (
        <div className="question" role="alertdialog" aria-labelledby="import-q" data-testid="import-question">
          <p id="import-q">{t(s.question.key, s.question.params)}</p>
          <button type="button" data-testid="question-confirm" onClick={() => s.question?.answer(true)}>
            {t(s.question.confirmKey)}
          </button>
          <button type="button" data-testid="question-cancel" onClick={() => s.question?.answer(false)}>
            {t('data.confirm.cancel')}
          </button>
        </div>
      )}
      {s.issues.length > 0 && (
        <div className="import-errors">
          <h4>{t('data.errors.heading')}</h4>
          <ul data-testid="import-errors">
            {s.issues.map((issue, i) => {
              const x = issueText(issue, t, lang);
              return (
                <li key={i} data-code={issue.code}>
                  <span className="where">{x.where}</span>: {x.what}
                  {x.detail !== null && <span className="detail"> ({t('data.issue.detail', { detail: x.detail })})</span>}
                </li>
              );
            })}
          </ul>
          {s.issues.length >= MAX_ISSUES && <p className="note">{t('data.errors.capped', { count: MAX_ISSUES })}</p>}
        </div>
      )}
    </section>
  );
}
