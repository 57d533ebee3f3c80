/**
 * Presentation mode, loaded with the export code once a view has settled, or when a person starts it (its code is
 * not on the first screen). A failed load says so
 * in place, with a way out, instead of taking the view down.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { errorText, loadWithRetry } from '../chunk-load';
import { useLang } from '../hooks/useLang';

type Props = { onClose: () => void };

/** Presentation mode's code (the export toolbar prefetches it when the browser is idle, with the export code). */
export const loadPresentation = () => import('./Presentation');

function LoadFailed({ error, onClose }: Props & { error: unknown }) {
  const { t } = useLang();
  return (
    <p className="error" role="alert" data-testid="presentation-failed">
      {t('export.failed', { message: errorText(error) })}{' '}
      <button type="button" onClick={onClose}>
        {t('present.exit')}
      </button>
    </p>
  );
}

const Presentation = lazy(
  (): Promise<{ default: ComponentType<Props> }> =>
    loadWithRetry(loadPresentation).then(
      (m) => ({ default: m.Presentation }),
      (error: unknown) => ({ default: (p: Props) => <LoadFailed {...p} error={error} /> }),
    ),
);

export function LazyPresentation({ onClose }: Props) {
  return (
    <Suspense fallback={null}>
      <Presentation onClose={onClose} />
    </Suspense>
  );
}
