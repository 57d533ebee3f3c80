import { lazy, Suspense, useEffect, type ComponentType } from 'react';
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

// Views other than the first screen are loaded on demand: the initial JS stays small (a target of `npm run bench`,
// docs/performance.md).
const LAZY: Record<Exclude<View, 'compare'>, ComponentType<{ catalog: Catalog }>> = {
  rank: lazy(() => import('../features/rank/RankView')),
  profile: lazy(() => import('../features/profile/ProfileView')),
  framework: lazy(() => import('../features/framework/FrameworkView')),
  practices: lazy(() => import('../features/practices/PracticesView')),
  reader: lazy(() => import('../features/reader/ReaderView')),
  add: lazy(() => import('../features/add-report/AddReportView')),
  data: lazy(() => import('../features/data/DataView')),
};

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
  else if (view === 'compare') body = <CompareView catalog={catalog.data} />;
  else {
    const View = LAZY[view];
    body = (
      <Suspense fallback={<p className="status" role="status">{t('app.loading')}</p>}>
        <View catalog={catalog.data} />
      </Suspense>
    );
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
