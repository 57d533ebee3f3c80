/**
 * The error boundary around one view: when the view's code fails to load (a new build was deployed and the old
 * chunk is gone) or the view throws while rendering, it shows which view failed and the error's message as text,
 * a reload button and a way back to the previous view, instead of a blank page. Nothing is written: the data is
 * untouched. A failed load also raises the reload notice (src/ui/state/pwa.ts).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLang } from '../hooks/useLang';
import { errorText, isChunkLoadError } from '../chunk-load';
import { noteChunkFailure } from '../state/pwa';

interface Props {
  /** the failed view's name, in the page's language */
  view: string;
  /** the name of the view to go back to, and how (none: no way back is offered) */
  back?: { view: string; go: () => void };
  children: ReactNode;
}

export class ViewBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo) {
    if (isChunkLoadError(error)) noteChunkFailure();
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return <ViewError view={this.props.view} back={this.props.back} error={this.state.error} />;
  }
}

function ViewError({ view, back, error }: { view: string; back?: Props['back']; error: unknown }) {
  const { t } = useLang();
  return (
    <section className="view-error" role="alert" data-testid="view-error" data-chunk={isChunkLoadError(error) ? 'true' : 'false'}>
      <h2>{t('view.failed', { view })}</h2>
      <p>{t(isChunkLoadError(error) ? 'view.failed.chunk' : 'view.failed.other')}</p>
      <pre className="view-error-message" data-testid="view-error-message">{errorText(error)}</pre>
      <p className="view-error-actions">
        <button type="button" data-testid="view-error-reload" onClick={() => window.location.reload()}>
          {t('db.reload')}
        </button>
        {back && (
          <button type="button" data-testid="view-error-back" onClick={back.go}>
            {t('view.back', { view: back.view })}
          </button>
        )}
      </p>
    </section>
  );
}
