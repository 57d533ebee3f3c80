import { useLang } from '../hooks/useLang';

/** The state of an export job, shared by the chart menu and the view toolbar. */
export type ExportJobStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok' | 'error'; text: string };

/** One line saying what the last export did; errors are announced as alerts. */
export function ExportStatus({ status, testId }: { status: ExportJobStatus; testId: string }) {
  const { t } = useLang();
  return (
    <span
      className={`export-status${status.kind === 'error' ? ' error' : ''}`}
      role={status.kind === 'error' ? 'alert' : 'status'}
      data-testid={testId}
      data-state={status.kind}
    >
      {status.kind === 'busy' ? t('export.working') : status.kind === 'idle' ? '' : status.text}
    </span>
  );
}
