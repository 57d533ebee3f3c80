import { Suspense, useCallback, useEffect, useState, type ComponentType } from 'react';
import { useBootstrap } from '../reads/bootstrap';
import { useCatalog } from '../reads/catalog';
import { updateUrl, useUrlField } from '../ui/url/url-store';
import { useLang } from '../ui/hooks/useLang';
import { VIEWS, type View } from '../ui/url/url-state';
import type { MessageKey } from '../i18n';
import { CompareView } from '../features/compare/CompareView';
import type { Catalog } from '../model/catalog';
import { PwaBanner } from './PwaBanner';
import { Guide, GuideButton } from './Guide';
import { ViewBoundary } from '../ui/components/ViewBoundary';
import { loadWithRetry, requireDefault } from '../ui/chunk-load';
import { setUnsavedReviewQueue } from '../ui/state/unsaved';
import type { StoreApi } from 'zustand';
import type { BatchStore } from '../features/add-report/batch/batch-store';

// Views other than the first screen are loaded on demand: the initial JS stays small (a target of `npm run bench`,
// docs/performance.md). A failed load (retried once) rejects, so the view's error boundary shows it. The code is
// loaded outside React (not React.lazy under Suspense): a view that suspends shows its fallback and React then holds
// the view back until 300 ms after that fallback appeared, which made every first switch to a view that long.
type ViewComponent = ComponentType<{ catalog: Catalog }>;
type LazyView = Exclude<View, 'compare'>;
const onDemand = (name: string, load: () => Promise<{ default: ViewComponent }>) => async () => requireDefault(await loadWithRetry(load), name).default;
const LOAD: Record<LazyView, () => Promise<ViewComponent>> = {
  rank: onDemand('rank', () => import('../features/rank/RankView')),
  profile: onDemand('profile', () => import('../features/profile/ProfileView')),
  framework: onDemand('framework', () => import('../features/framework/FrameworkView')),
  practices: onDemand('practices', () => import('../features/practices/PracticesView')),
  reader: onDemand('reader', () => import('../features/reader/ReaderView')),
  add: onDemand('add', async () => {
    const [view, batch] = await Promise.all([import('../features/add-report/AddReportView'), import('../features/add-report/batch/batch-store')]);
    linkReviewQueue(batch.useBatchStore);
    return view;
  }),
  data: onDemand('data', () => import('../features/data/DataView')),
};

/** Each view's code once asked for: loading, loaded, or failed for good (a reload loads the new build). */
type ViewCode = { state: 'loading' } | { state: 'loaded'; component: ViewComponent } | { state: 'failed'; error: unknown };
const viewCode = new Map<LazyView, ViewCode>();

/** The view's code as it stands; asks for it (once) and calls `changed` when it has loaded or failed. */
function codeOf(v: LazyView, changed: () => void): ViewCode {
  let c = viewCode.get(v);
  if (!c) {
    c = { state: 'loading' };
    viewCode.set(v, c);
    LOAD[v]().then(
      (component) => viewCode.set(v, { state: 'loaded', component }),
      (error: unknown) => viewCode.set(v, { state: 'failed', error }),
    ).finally(changed);
  }
  return c;
}

/** Throws the load's error in render, for the view's error boundary. */
function Failed({ error }: { error: unknown }): null {
  throw error;
}

/** The reload notice's count of unsaved review work follows the add-report view's queue (linked once). */
let queueLinked = false;
function linkReviewQueue(store: StoreApi<BatchStore>) {
  if (queueLinked) return;
  queueLinked = true;
  const link = (s: BatchStore) => setUnsavedReviewQueue(s.queue.order.length, s.queue.status === 'running');
  link(store.getState());
  store.subscribe(link);
}

/** Runs once its view has rendered (its code loaded, not suspended, not failed). */
function Ready({ view, onReady }: { view: View; onReady: (view: View) => void }) {
  useEffect(() => onReady(view), [view, onReady]);
  return null;
}

/** A view other than the first screen: its component once loaded, its error once failed; null while it loads. */
function renderLazy(v: LazyView, catalog: Catalog, changed: () => void) {
  const code = codeOf(v, changed);
  if (code.state === 'failed') return <Failed error={code.error} />;
  if (code.state === 'loading') return null;
  const LazyComponent = code.component;
  return <LazyComponent catalog={catalog} />;
}

const NAV: Record<View, MessageKey> = {
  compare: 'nav.compare',
  rank: 'nav.rank',
  profile: 'nav.profile',
  framework: 'nav.framework',
  practices: 'nav.practices',
  reader: 'nav.reader',
  add: 'nav.add',
  data: 'nav.data',
};

export function Shell() {
  const { lang, t } = useLang();
  const view = useUrlField('view');
  const boot = useBootstrap();
  const catalog = useCatalog(boot.isSuccess);
  const [shown, setShown] = useState<View>(view);
  // a view's code has loaded (or failed): render again
  const [, setCodeVersion] = useState(0);
  const codeChanged = useCallback(() => setCodeVersion((n) => n + 1), []);
  useEffect(() => {
    if (!boot.data) return;
    const r = boot.data;
    document.documentElement.dataset.bundled = r.ok ? (r.value.imported ? 'imported' : 'unchanged') : `failed:${r.errors.kind}`;
  }, [boot.data]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t('app.title')} · rol-compare`;
  }, [lang, t]);

  let body;
  if (boot.isPending) body = <p className="status" role="status">{t('app.importingBundled')}</p>;
  else if (boot.isError) body = <p className="error" role="alert">{t('app.error', { message: boot.error.message })}</p>;
  else if (catalog.isPending) body = <p className="status" role="status">{t('app.loading')}</p>;
  else if (catalog.isError) body = <p className="error" role="alert">{t('app.error', { message: catalog.error.message })}</p>;
  else {
    // The view shown last stays mounted (hidden) until the new one has rendered: if the new view's code fails to
    // load (a new build was deployed), what the person was doing there (a review queue, a question) is kept and
    // the boundary's "back" shows it again.
    const views = shown === view ? [view] : [shown, view];
    body = views.map((v) => (
      <div key={v} className="view-slot" hidden={v !== view} data-view-slot={v}>
        <ViewBoundary
          view={t(NAV[v])}
          back={v === view && shown !== view ? { view: t(NAV[shown]), go: () => updateUrl({ view: shown }) } : undefined}
        >
          <Suspense fallback={<p className="status" role="status">{t('app.loading')}</p>}>
            {v === 'compare' ? <CompareView catalog={catalog.data} /> : (renderLazy(v, catalog.data, codeChanged) ?? <p className="status" role="status">{t('app.loading')}</p>)}
            {v === view && (v === 'compare' || viewCode.get(v)?.state === 'loaded') && <Ready view={v} onReady={setShown} />}
          </Suspense>
        </ViewBoundary>
      </div>
    ));
  }

  return (
    <div className="app">
      <a className="skip" href="#main">{t('app.skip')}</a>
      <header className="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <nav aria-label={t('app.title')}>
          {VIEWS.map((v) => (
            <button key={v} type="button" aria-current={view === v ? 'page' : undefined} onClick={() => updateUrl({ view: v })}>
              {t(NAV[v])}
            </button>
          ))}
        </nav>
        <span className="header-tools">
          <GuideButton />
          {/* named by what it shows (English / 中文), in that language; the title says what it does */}
          <button type="button" className="lang" lang={lang === 'zh' ? 'en' : 'zh-CN'} title={t('lang.switchTo')} onClick={() => updateUrl({ lang: lang === 'zh' ? 'en' : 'zh' })}>
            {t('lang.switch')}
          </button>
        </span>
      </header>
      <PwaBanner />
      <Guide />
      <main id="main" tabIndex={-1}>
        {body}
      </main>
    </div>
  );
}
