import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import type { LocatedObservation } from '../../model/compare';
import { updateUrl, useUrlState } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';
import { toggle } from '../../ui/list-toggle';
import { drawnMetrics } from './compare-panels';
import { metricCoverage } from './coverage';
import './compare.css';

/**
 * The metrics of the chosen areas that at least one chosen place reports, by area, each with how many of the
 * chosen places report it ("2/3 地区") and the most reported first; until the person picks some, the automatic
 * choice (those at least two places report) is shown checked. Nothing when there is none to pick.
 * Report-specific figures are not offered: they are never compared (the view lists them under the charts).
 */
export function MetricPicker({ catalog, observations, ids }: {
  catalog: Catalog;
  observations: readonly LocatedObservation[] | undefined;
  /** the places compared (the chosen ones, or a peer group) */
  ids: readonly string[];
}) {
  const url = useUrlState();
  const { lang, t } = useLang();
  const available = useMemo(() => metricCoverage(catalog, observations ?? [], ids, url.categories), [observations, catalog, ids, url.categories]);
  const shown = useMemo(
    () => (url.metrics.length ? url.metrics : drawnMetrics(observations ?? [], catalog, { metrics: [], categories: url.categories }, ids).map((m) => m.id)),
    [url.metrics, url.categories, ids, catalog, observations],
  );
  if (available.length === 0) return null;
  return (
    <details className="metric-picker">
      <summary>
        {t('select.metrics')} ({shown.length}/{available.length}){url.metrics.length === 0 ? ` · ${t('select.autoMetrics')}` : ''}
      </summary>
      <p className="note cover-hint">{t('compare.cover.hint')}</p>
      {url.metrics.length > 0 && (
        <button type="button" className="link" onClick={() => updateUrl({ metrics: [] })}>
          {t('select.autoMetrics')}
        </button>
      )}
      {url.categories.map((c) => {
        const list = available.filter((x) => x.metric.category === c);
        if (list.length === 0) return null;
        return (
          <fieldset key={c}>
            <legend>{t(`category.${c}`)}</legend>
            {list.map(({ metric: m, reporters }) => (
              <label key={m.id} className="chip" title={t('compare.cover.title', { n: reporters, total: ids.length })}>
                <input type="checkbox" data-metric={m.id} checked={shown.includes(m.id)} onChange={() => updateUrl({ metrics: toggle(shown, m.id) })} />
                {pickLang(m.name, lang)}
                <span className={reporters === ids.length ? 'cover full' : 'cover'} data-coverage={`${reporters}/${ids.length}`}>
                  {t('compare.cover.places', { n: reporters, total: ids.length })}
                </span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </details>
  );
}
