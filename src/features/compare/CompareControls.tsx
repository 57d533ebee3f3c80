import type { Catalog } from '../../model/catalog';
import { useJurisdictionData } from '../../reads/jurisdiction-data';
import { JurisdictionPicker } from '../../ui/components/JurisdictionPicker';
import { updateUrl, useUrlState } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { MetricPicker } from './MetricPicker';
import { toggle } from '../../ui/list-toggle';
import { PerCapitaSwitch } from '../../ui/components/PerCapitaSwitch';

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

export function CompareControls({ catalog }: { catalog: Catalog }) {
  const url = useUrlState();
  const { t } = useLang();
  const data = useJurisdictionData(url.jurisdictions);
  return (
    <div className="controls">
      <JurisdictionPicker
        jurisdictions={catalog.jurisdictions}
        selected={url.jurisdictions}
        legend={t('select.jurisdictions')}
        onChange={(ids) => updateUrl({ jurisdictions: ids })}
      />
      <CategoryPicker catalog={catalog} />
      <MetricPicker catalog={catalog} observations={data.data?.observations} />
      <YearPicker catalog={catalog} />
    </div>
  );
}
