import { useState, type DragEvent } from 'react';
import { useLang } from '../../ui/hooks/useLang';
import type { MessageKey } from '../../i18n';
import { MAX_ISSUES } from '../../formats/validate';
import { importFiles, type DataDeps } from './actions';
import { importLimitLabel } from './view-labels';
import { isImportBusy, useImportStore, type ImportUiState, type PendingQuestion } from '../../ui/state/import-progress';
import { FileButton } from '../../ui/components/FileButton';
import { issueText } from './issue-text';

const PHASE_KEYS: Record<string, MessageKey> = {
  read: 'data.phase.read',
  parse: 'data.phase.parse',
  validate: 'data.phase.validate',
  write: 'data.phase.write',
  done: 'data.phase.done',
};

/** The drop zone with its file button: files dropped or chosen are imported, one after another. */
function ImportDrop({ deps, busy }: { deps: DataDeps; busy: boolean }) {
  const { t } = useLang();
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!busy) void importFiles([...e.dataTransfer.files], deps);
  };
  return (
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
      <FileButton
        label={t('data.import.choose')}
        testId="import-file"
        accept=".json,.csv,.arrow,.arrows,.feather,application/json,text/csv,application/vnd.apache.arrow.file,application/vnd.apache.arrow.stream"
        multiple
        disabled={busy}
        onFiles={(files) => void importFiles(files, deps)}
      />
      <span className="note">{over ? t('data.import.dropActive') : t('data.import.drop')}</span>
    </div>
  );
}

/**
 * The question an import waits on (e.g. replace a dataset?), with its two answers; a choice question (which place
 * is this name?) lists its choices first, one button each.
 */
function ImportQuestion({ question }: { question: PendingQuestion }) {
  const { t } = useLang();
  const { choices, choose } = question;
  return (
    <div className={`question${choices ? ' choice' : ''}`} role="alertdialog" aria-labelledby="import-q" data-testid="import-question">
      <p id="import-q">{t(question.key, question.params)}</p>
      {choices && choose && (
        <ul className="question-choices" aria-label={t('data.place.choices')}>
          {choices.map((c) => (
            <li key={c.value}>
              <button type="button" data-testid="question-choice" data-value={c.value} onClick={() => choose(c.value)}>
                {c.label}
                {c.detail && <span className="detail"> {c.detail}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" data-testid="question-confirm" onClick={() => question.answer(true)}>
        {t(question.confirmKey)}
      </button>
      <button type="button" data-testid="question-cancel" onClick={() => question.answer(false)}>
        {t('data.confirm.cancel')}
      </button>
    </div>
  );
}

/**
 * What was wrong with the file (or, as warnings, what was changed or is doubtful in a file that was imported), one
 * line a problem, and a note when the list was cut short.
 */
function ImportIssues({ issues, warnings = false }: { issues: ImportUiState['issues']; warnings?: boolean }) {
  const { lang, t } = useLang();
  return (
    <div className={warnings ? 'import-warnings' : 'import-errors'}>
      <h4>{t(warnings ? 'data.warnings.heading' : 'data.errors.heading')}</h4>
      <ul data-testid={warnings ? 'import-warnings' : 'import-errors'}>
        {issues.map((issue, i) => {
          const x = issueText(issue, t, lang);
          return (
            <li key={i} data-code={issue.code}>
              <span className="where">{x.where}</span>: {x.what}
              {x.detail !== null && <span className="detail"> ({t('data.issue.detail', { detail: x.detail })})</span>}
            </li>
          );
        })}
      </ul>
      {issues.length >= MAX_ISSUES && <p className="note">{t('data.errors.capped', { count: MAX_ISSUES })}</p>}
    </div>
  );
}

/** File picker, drop zone, status, progress, the pending question and the problem list. */
export function ImportPanel({ deps }: { deps: DataDeps }) {
  const { lang, t } = useLang();
  const s = useImportStore();
  const busy = isImportBusy(s);
  const phase = s.phase && PHASE_KEYS[s.phase] ? t(PHASE_KEYS[s.phase]!) : '';
  const message = s.message ? t(s.message.key, { phase, ...s.message.params }) : t('data.status.idle');

  return (
    <section className="data-panel" aria-labelledby="import-h">
      <h3 id="import-h">{t('data.import.heading')}</h3>
      <p className="note">{t('data.import.hint', { limit: importLimitLabel(lang) })}</p>
      <ImportDrop deps={deps} busy={busy} />

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
      {s.notes.length > 0 && (
        <ul className="import-notes note" data-testid="import-notes">
          {s.notes.map((n, i) => (
            <li key={i}>{t(n.key, n.params)}</li>
          ))}
        </ul>
      )}
      {s.question && <ImportQuestion question={s.question} />}
      {s.issues.length > 0 && <ImportIssues issues={s.issues} />}
      {s.warnings.length > 0 && <ImportIssues issues={s.warnings} warnings />}
    </section>
  );
}
