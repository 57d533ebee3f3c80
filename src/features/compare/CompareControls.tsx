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

/** A checkbox for each area; changing them goes back to the default metrics. */
function CategoryPicker({ catalog }: { catalog: Catalog }) {
  const url = useUrlState();
  const { t } = useLang();
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
        onChange={(e) => updateUrl({ year: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">{t('select.latest')}</option>
        {catalog.periods.map((p) => (
          <option key={p} value={p}>
            {t('chart.period', { year: p })}
          </option>
        ))}
      </select>
      <label className="chip">
        <input type="checkbox" checked={url.sameYear} onChange={() => updateUrl({ sameYear: !url.sameYear })} />
        {t('select.sameYear')}
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
      <CategoryPicker catalog={catalog} />
      <MetricPicker catalog={catalog} observations={data.data?.observations} />
      <YearPicker catalog={catalog} />
    </div>
  );
}
