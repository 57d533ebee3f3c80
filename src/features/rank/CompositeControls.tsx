import type { Catalog } from '../../model/catalog';
import { MISSING_POLICIES, NORMALISATIONS, type MissingPolicy, type Normalisation } from '../../model/constants';
import { updateUrl } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { suggestedMetrics } from './composite-input';
import { MetricSelect } from './MetricSelect';

/** Add a metric, take the suggested ones, clear; normalisation, missing figures, tiers. */
export function CompositeControls({ catalog, normalisation, missing, tiers, onPick }: {
  catalog: Catalog;
  normalisation: Normalisation;
  missing: MissingPolicy;
  tiers: boolean;
  onPick: (metric: string) => void;
}) {
  const { t } = useLang();
  return (
    <div className="controls">
      <label>
        {t('composite.pick')}{' '}
        <MetricSelect catalog={catalog} value="" label={t('composite.pick')} onChange={(id) => id && onPick(id)} />
      </label>
      <button type="button" onClick={() => updateUrl({ weights: Object.fromEntries(suggestedMetrics(catalog).map((id) => [id, 1])) })}>
        {t('composite.suggest')}
      </button>
      <button type="button" onClick={() => updateUrl({ weights: {} })}>
        {t('composite.clear')}
      </button>
      <label>
        {t('composite.normalisation')}{' '}
        <select value={normalisation} onChange={(e) => updateUrl({ normalisation: e.target.value as Normalisation })}>
          {NORMALISATIONS.map((n) => (
            <option key={n} value={n}>
              {t(`composite.norm.${n}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('composite.missing')}{' '}
        <select value={missing} onChange={(e) => updateUrl({ missing: e.target.value as MissingPolicy })}>
          {MISSING_POLICIES.map((n) => (
            <option key={n} value={n}>
              {t(`composite.missing.${n}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="chip">
        <input type="checkbox" checked={tiers} onChange={() => updateUrl({ tiers: !tiers })} />
        {t('composite.tiers')}
      </label>
    </div>
  );
}
