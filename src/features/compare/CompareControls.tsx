import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import { defaultMetrics } from '../../model/compare';
import { useJurisdictionData } from '../../reads/jurisdiction-data';
import { JurisdictionPicker } from '../../ui/components/JurisdictionPicker';
import { updateUrl, useUrlState } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function CompareControls({ catalog }: { catalog: Catalog }) {
  const url = useUrlState();
  const { lang, t } = useLang();
  const data = useJurisdictionData(url.jurisdictions);
  // metrics of the chosen areas that at least one chosen jurisdiction reports
  const available = useMemo(() => {
    const reported = new Set((data.data?.observations ?? []).map((o) => o.metric));
    return catalog.metrics.filter((m) => url.categories.includes(m.category) && reported.has(m.id));
  }, [data.data, catalog, url.categories]);
  const shown = useMemo(
    () =>
      url.metrics.length
        ? url.metrics
        : defaultMetrics(catalog.metrics, url.categories, data.data?.observations ?? [], url.jurisdictions).map((m) => m.id),
    [url.metrics, url.categories, url.jurisdictions, catalog, data.data],
  );
  return (
    <div className="controls">
      <JurisdictionPicker
        jurisdictions={catalog.jurisdictions}
        selected={url.jurisdictions}
        legend={t('select.jurisdictions')}
        onChange={(ids) => updateUrl({ jurisdictions: ids })}
      />
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
      {available.length > 0 && (
        <details className="metric-picker">
          <summary>
            {t('select.metrics')} ({shown.length}/{available.length}){url.metrics.length === 0 ? ` · ${t('select.autoMetrics')}` : ''}
          </summary>
          {url.metrics.length > 0 && (
            <button type="button" className="link" onClick={() => updateUrl({ metrics: [] })}>
              {t('select.autoMetrics')}
            </button>
          )}
          {url.categories.map((c) => {
            const list = available.filter((m) => m.category === c);
            if (list.length === 0) return null;
            return (
              <fieldset key={c}>
                <legend>{t(`category.${c}`)}</legend>
                {list.map((m) => (
                  <label key={m.id} className="chip">
                    <input
                      type="checkbox"
                      data-metric={m.id}
                      checked={shown.includes(m.id)}
                      onChange={() => updateUrl({ metrics: toggle(shown, m.id) })}
                    />
                    {pickLang(m.name, lang)}
                  </label>
                ))}
              </fieldset>
            );
          })}
        </details>
      )}
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
