import './register-strings';
import { useDeferredValue, useMemo, useState } from 'react';
import type { Catalog } from '../../model/catalog';
import type { CategoryScore } from '../../model/profile';
import { useJurisdictionData } from '../../reads/jurisdiction-data';
import { updateUrl, useUrlState } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';
import { sharedMetrics } from '../../model/specific';
import { useProfileScores } from './reads/profile-scores';
import { ProfileReports, ProfileQuality } from './ProfileReports';
import { ProfileRadar } from './ProfileRadar';
import { ProfileFigures } from './ProfileFigures';
import { ProfileTime } from './ProfileTime';
import { ProfilePractices } from './ProfilePractices';
import { ProfilePlacePicker } from './ProfilePlacePicker';
import { usePerCapita } from '../../ui/hooks/usePerCapita';
import { PerCapitaSwitch } from '../../ui/components/PerCapitaSwitch';
import type { LocatedObservation } from '../../model/compare';
import type { Jurisdiction, Report } from '../../model/schema';
import type { Population } from '../../model/per-capita';
import { usePeerGroup, type PeerScope } from '../../ui/hooks/usePeerGroup';
import { useUrlField } from '../../ui/url/url-store';
import { useProfileSpreads } from './use-profile-spreads';
import { spreadItems } from './spread-chart';
import { ProfileSpreadChart } from './ProfileSpreadChart';
import { ExportToolbar } from '../../ui/export/ExportToolbar';
import { LazyPresentation } from '../../ui/export/LazyPresentation';
import type { ViewData } from '../../ui/export/view-dataset';
import './profile.css';

const NO_SCORES: CategoryScore[] = [];

/** What the figures are set against: all places reporting, or the place's peers (pf set to it, by the URL's rule). */
function SpreadScope({ id, peers, canGroup }: { id: string; peers: PeerScope; canGroup: boolean }) {
  const { t } = useLang();
  const peerBy = useUrlField('peerBy');
  const name = `spread-scope-${id}`;
  return (
    <fieldset className="spread-scope" data-testid="spread-scope">
      <legend>{t('profile.spread.scope')}</legend>
      <label>
        <input type="radio" name={name} checked={!peers.on} onChange={() => updateUrl({ peerOf: null })} /> {t('profile.spread.all')}
      </label>
      <label>
        <input
          type="radio"
          name={name}
          disabled={!canGroup}
          checked={peers.on}
          onChange={() => updateUrl({ peerOf: id, peerBy: peerBy.length ? peerBy : ['level', 'province'] })}
        />{' '}
        {peers.on && peers.label ? `${t('peer.legend')}:${peers.label}` : t('profile.spread.peers')}
      </label>
    </fieldset>
  );
}

/**
 * The place's figures, each against all places reporting the same metric (or the place's peers): what they are
 * set against, the rule, the percentile chart, then the figures by area with each one's spread.
 */
function FiguresSection({ catalog, j, observations, reports, perCapita, populations }: {
  catalog: Catalog;
  j: Jurisdiction;
  observations: readonly LocatedObservation[];
  reports: readonly Report[];
  perCapita: { population: Population | null } | undefined;
  populations: ReadonlyMap<string, Population | null> | undefined;
}) {
  const { lang, t } = useLang();
  const id = j.id;
  const peers = usePeerGroup(catalog, id);
  // placing hundreds of figures among thousands of places is rendered after the view's first paint (a transition)
  const spreads = useDeferredValue(useProfileSpreads(catalog, id, observations, { members: peers.ids, populations, enabled: !peers.waiting }), null);
  const group = peers.group ? peers.label : undefined;
  const population = perCapita?.population;
  const items = useMemo(() => (spreads ? spreadItems(observations, catalog, spreads, population) : null), [spreads, observations, catalog, population]);
  // the view's charts at once (ZIP, CSV with each figure's median, quartiles and percentile, JSON, TSV), and slides
  const [presenting, setPresenting] = useState(false);
  const exportData = useMemo<ViewData>(() => ({ pool: observations, reports, metrics: catalog.metricById, jurisdictions: catalog.jurisdictionById }), [observations, reports, catalog]);
  const filenameParts = useMemo(() => [t('nav.profile'), pickLang(j.short, lang)], [t, j, lang]);
  return (
    <>
      <h3>{t('profile.figures')}</h3>
      <ExportToolbar filenameParts={filenameParts} data={exportData} onPresent={() => setPresenting(true)} />
      {presenting && <LazyPresentation onClose={() => setPresenting(false)} />}
      <SpreadScope id={id} peers={peers} canGroup={Boolean(j.code)} />
      {peers.noPlace && <p className="note">{t('peer.noPlace', { place: pickLang(j.short, lang) })}</p>}
      {peers.error && <p className="error" role="alert">{t('app.error', { message: peers.error.message })}</p>}
      <p className="note" data-testid="spread-rule">{t('profile.spread.rule')}</p>
      {items ? (
        <ProfileSpreadChart catalog={catalog} jurisdiction={id} all={items.all} drawn={items.drawn} group={group} />
      ) : (
        <p className="status" role="status">{t('profile.spread.loading')}</p>
      )}
      <ProfileFigures catalog={catalog} jurisdiction={id} observations={observations} reports={reports} perCapita={perCapita} spreads={spreads} group={group} />
    </>
  );
}

/** One jurisdiction: its reports, category radar, figures, time charts, practices and quality notes. */
export default function ProfileView({ catalog }: { catalog: Catalog }) {
  const url = useUrlState();
  const { lang, t } = useLang();
  const id = url.profile && catalog.jurisdictionById.has(url.profile) ? url.profile : (url.jurisdictions[0] ?? catalog.jurisdictions[0]?.id ?? '');
  const j = catalog.jurisdictionById.get(id);
  const data = useJurisdictionData([id], Boolean(j));
  const metrics = useMemo(
    // report-specific figures are compared with nothing: they score no category
    () => sharedMetrics([...new Set((data.data?.observations ?? []).map((o) => o.metric))].map((m) => catalog.metricById.get(m)).filter((m) => m !== undefined)),
    [data.data, catalog],
  );
  const scored = useProfileScores(id, metrics, data.isSuccess);
  const ready = data.isSuccess && scored.isSuccess;
  const scores = scored.data ?? NO_SCORES;
  // per 10,000 residents (pc=1): the place's population once the gazetteer is read (null: none known)
  const perCapitaAsked = usePerCapita(catalog);
  const population = perCapitaAsked.populations ? (perCapitaAsked.populations.get(id) ?? null) : undefined;
  const perCapita = useMemo(() => (population === undefined ? undefined : { population }), [population]);
  const name = j ? pickLang(j.name, lang) : id;
  if (!j) return <p className="status">{t('reader.notFound')}</p>;
  return (
    <section aria-labelledby="profile-h" className="profile">
      <div className="controls">
        <ProfilePlacePicker jurisdictions={catalog.jurisdictions} selected={id} onPick={(p) => updateUrl({ profile: p })} />
        <PerCapitaSwitch />
      </div>
      <h2 id="profile-h">{name}</h2>
      <p className="note">
        {pickLang(j.province, lang)} · {t(`profile.level.${j.level}`)}
        {j.note ? ` · ${pickLang(j.note, lang)}` : ''}
      </p>
      {j.code && (
        <p className="peer-links" data-testid="profile-peers">
          <button type="button" title={t('peer.compareWithHint')} onClick={() => updateUrl({ view: 'compare', peerOf: id, peerBy: ['level', 'province'], peerPopMin: null, peerPopMax: null })}>
            {t('peer.compareWith')}
          </button>{' '}
          <button type="button" title={t('peer.compareWithHint')} onClick={() => updateUrl({ view: 'rank', peerOf: id, peerBy: ['level', 'province'], peerPopMin: null, peerPopMax: null })}>
            {t('peer.rankWith')}
          </button>
        </p>
      )}
      {j.abolished && <p className="warn">{t('reader.abolished', { year: j.abolished.year, note: pickLang(j.abolished.note, lang) })}</p>}
      {!data.data ? (
        <p className="status" role="status">{t('app.loading')}</p>
      ) : (
        <>
          <ProfileReports jurisdiction={id} reports={data.data.reports} />
          <ProfileRadar catalog={catalog} id={id} scores={scores} error={scored.error} ready={ready} observations={data.data.observations} />
          {perCapitaAsked.error && <p className="error" role="alert">{t('app.error', { message: perCapitaAsked.error.message })}</p>}
          {perCapitaAsked.waiting ? (
            <p className="status" role="status">{t('perCapita.loading')}</p>
          ) : (
            <>
              <FiguresSection catalog={catalog} j={j} observations={data.data.observations} reports={data.data.reports} perCapita={perCapita} populations={perCapitaAsked.populations} />
              <ProfileTime catalog={catalog} jurisdiction={id} observations={data.data.observations} perCapita={perCapita} />
            </>
          )}
          <ProfilePractices catalog={catalog} jurisdiction={id} mentions={data.data.mentions} />
          <ProfileQuality reports={data.data.reports} />
        </>
      )}
    </section>
  );
}
