import { useLang } from '../../../ui/hooks/useLang';
import type { DocumentProblem } from '../../../formats/documents/types';
import type { BatchProgress as Progress } from './engine-types';

/** Reading and extracting: the phase, n of total and the current file, with the cancel button. */
export function BatchProgress({ progress, onCancel }: { progress: Progress | null; onCancel: () => void }) {
  const { t } = useLang();
  const phase = t(`batch.phase.${progress?.phase ?? 'read'}`);
  const text = progress ? t('batch.progress', { phase, done: progress.done, total: progress.total }) : phase;
  return (
    <div className="batch-progress" role="status" data-testid="batch-progress">
      <label>
        <span>{text}</span>{' '}
        <progress value={progress?.done ?? 0} max={Math.max(1, progress?.total ?? 1)} data-testid="batch-progress-bar" />
      </label>
      {progress?.current && (
        <span className="note batch-current" data-testid="batch-current">
          {t('batch.current', { file: progress.current })}
        </span>
      )}{' '}
      <button type="button" onClick={onCancel} data-testid="batch-cancel">
        {t('batch.cancel')}
      </button>
    </div>
  );
}

/** The files that could not be read, each with its problem. */
export function BatchProblems({ problems }: { problems: readonly DocumentProblem[] }) {
  const { t } = useLang();
  if (problems.length === 0) return null;
  return (
    <div className="warn batch-problems" role="alert" data-testid="batch-problems">
      <p>{t('batch.problems', { n: problems.length })}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.file}-${i}`} data-code={p.code}>
            <span className="problem-file">{p.file}</span>:{t(`batch.problem.${p.code}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
