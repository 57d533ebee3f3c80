import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import { defaultMetrics } from '../../model/compare';
import type { LocatedObservation } from '../../model/compare';
import { updateUrl, useUrlState } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';
import { toggle } from '../../ui/list-toggle';
import { isSpecific, sharedMetrics } from '../../model/specific';

/**
 * The metrics of the chosen areas that at least one chosen jurisdiction reports, by area; until the person picks
 * some, the default choice is shown checked. Nothing when there is none to pick. Report-specific figures are not
 * offered: they are never compared (the view lists them under the charts).
 */
export function MetricPicker({ catalog, observations }: { catalog: Catalog; observations: readonly LocatedObservation[] | undefined }) {
  const url = useUrlState();
  const { lang, t } = useLang();
  const available = useMemo(() => {
    const reported = new Set((observations ?? []).map((o) => o.metric));
    return catalog.metrics.filter((m) => !isSpecific(m) && url.categories.includes(m.category) && reported.has(m.id));
  }, [observations, catalog, url.categories]);
  const shown = useMemo(
    () => (url.metrics.length ? url.metrics : defaultMetrics(sharedMetrics(catalog.metrics), url.categories, observations ?? [], url.jurisdictions).map((m) => m.id)),
    [url.metrics, url.categories, url.jurisdictions, catalog, observations],
  );
  if (available.length === 0) return null;
  return (
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
                <input type="checkbox" data-metric={m.id} checked={shown.includes(m.id)} onChange={() => updateUrl({ metrics: toggle(shown, m.id) })} />
                {pickLang(m.name, lang)}
              </label>
            ))}
          </fieldset>
        );
      })}
    </details>
  );
}
