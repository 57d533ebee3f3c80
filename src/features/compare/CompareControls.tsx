import type { Catalog } from '../../domain/catalog';
import { updateUrl, useUrlState } from '../../app/url';
import { useLang } from '../../app/useLang';
import { pickLang } from '../../i18n';

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function CompareControls({ catalog }: { catalog: Catalog }) {
  const url = useUrlState();
  const { lang, t } = useLang();
  return (
    <div className="controls">
      <fieldset>
        <legend>{t('select.jurisdictions')}</legend>
        {catalog.jurisdictions.map((j) => (
          <label key={j.id} className="chip">
            <input
              type="checkbox"
              checked={url.jurisdictions.includes(j.id)}
              onChange={() => updateUrl({ jurisdictions: toggle(url.jurisdictions, j.id) })}
            />
            {pickLang(j.short, lang)}
          </label>
        ))}
      </fieldset>
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
      </fieldset>
    </div>
  );
}
