import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import { useJurisdictionData } from '../../reads/jurisdiction-data';
import { JurisdictionPicker } from '../../ui/components/JurisdictionPicker';
import { updateUrl, useUrlState } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { MetricPicker } from './MetricPicker';
import { toggle } from '../../ui/list-toggle';
import { PerCapitaSwitch } from '../../ui/components/PerCapitaSwitch';
import { PeerControls } from '../../ui/components/PeerControls';
import { pickLang } from '../../i18n';
import type { useCompared } from './use-compared';
import type { LocatedObservation } from '../../model/compare';
import { comparableByCategory } from './coverage';
import './compare.css';

/**
 * A checkbox for each area, with how many of its indicators at least two of the chosen places report; changing
 * them goes back to the default metrics.
 */
function CategoryPicker({ catalog, observations, ids }: { catalog: Catalog; observations: readonly LocatedObservation[] | undefined; ids: readonly string[] }) {
  const url = useUrlState();
  const { t } = useLang();
  const comparable = useMemo(() => (observations ? comparableByCategory(catalog, observations, ids) : null), [catalog, observations, ids]);
  return (
    <fieldset>
      <legend>{t('select.categories')}</legend>
      {catalog.categories.map((c) => (
        <label key={c} className="chip">
          <input
            type="checkbox"
            checked={url.categories.includes(c)}
            onChange={() => updateUrl({ categories: toggle(url.categories, c), metrics: [] })}
          />
          {t(`category.${c}`)}
          {comparable && ids.length > 1 && (comparable.get(c) ?? 0) > 0 && (
            <span className="cover" data-comparable={comparable.get(c) ?? 0} title={t('compare.cover.categoryTitle', { n: comparable.get(c) ?? 0 })}>
              {' '}
              {t('compare.cover.category', { n: comparable.get(c) ?? 0 })}
            </span>
          )}
        </label>
      ))}
    </fieldset>
  );
}

/** The year (or each jurisdiction's latest) and whether all figures must come from the same year. */
function YearPicker({ catalog }: { catalog: Catalog }) {
  const url = useUrlState();
  const { t } = useLang();
  return (
    <fieldset className="inline">
      <legend>{t('select.year')}</legend>
      <select
        aria-label={t('select.year')}
        value={url.year ?? ''}
        onChange={(e) => updateUrl(e.target.value ? { year: Number(e.target.value) } : { year: null, nearYear: false })}
      >
        <option value="">{t('select.latest')}</option>
        {catalog.periods.map((p) => (
          <option key={p} value={p}>
            {t('chart.period', { year: p })}
          </option>
        ))}
      </select>
      <label className="chip">
        <input type="checkbox" checked={url.sameYear} onChange={() => updateUrl(url.sameYear ? { sameYear: false } : { sameYear: true, nearYear: false })} />
        {t('select.sameYear')}
      </label>
      <label className="chip" title={t('select.nearYearTitle')}>
        <input
          type="checkbox"
          data-testid="near-year"
          disabled={url.year === null}
          checked={url.nearYear && url.year !== null}
          onChange={() => updateUrl(url.nearYear ? { nearYear: false } : { nearYear: true, sameYear: false })}
        />
        {t('select.nearYear')}
      </label>
      <PerCapitaSwitch />
    </fieldset>
  );
}

export function CompareControls({ catalog, compared }: { catalog: Catalog; compared: ReturnType<typeof useCompared> }) {
  const url = useUrlState();
  const { lang, t } = useLang();
  const data = useJurisdictionData(compared.ids);
  const { peers } = compared;
  // the focus of a peer group is one of the places chosen (or the one already set)
  const focusChoices = useMemo(() => {
    const ids = peers.focus && !url.jurisdictions.includes(peers.focus.id) ? [peers.focus.id, ...url.jurisdictions] : url.jurisdictions;
    return ids.map((id) => catalog.jurisdictionById.get(id)).filter((j) => j !== undefined);
  }, [peers.focus, url.jurisdictions, catalog]);
  return (
    <div className="controls">
      {peers.group ? (
        <p className="note" data-testid="peer-shown">
          {t('peer.shown', { place: peers.focus ? pickLang(peers.focus.name, lang) : '', n: compared.ids.length - 1, total: compared.groupSize })}
        </p>
      ) : (
        <JurisdictionPicker
          jurisdictions={catalog.jurisdictions}
          selected={url.jurisdictions}
          legend={t('select.jurisdictions')}
          onChange={(ids) => updateUrl({ jurisdictions: ids })}
        />
      )}
      <PeerControls catalog={catalog} scope={peers} choices={focusChoices} />
      <CategoryPicker catalog={catalog} observations={data.data?.observations} ids={compared.ids} />
      <MetricPicker catalog={catalog} observations={data.data?.observations} ids={compared.ids} />
      <YearPicker catalog={catalog} />
    </div>
  );
}
