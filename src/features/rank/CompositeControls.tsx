import './register-strings';
import type { Catalog } from '../../model/catalog';
import { MISSING_POLICIES, NORMALISATIONS, type MissingPolicy, type Normalisation } from '../../model/constants';
import { updateUrl } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { suggestedMetrics } from './composite-input';
import { MIN_COVERAGES, minCoverageLabel } from './composite-guards';
import { MetricSelect } from './MetricSelect';

/**
 * Add a metric, take the suggested ones, clear; normalisation, missing figures, the minimum coverage, counts per 10k
 * residents, tiers.
 */
export function CompositeControls({ catalog, normalisation, missing, minCoverage, tiers, perCapita, onPick }: {
  catalog: Catalog;
  normalisation: Normalisation;
  missing: MissingPolicy;
  /** percent of the chosen metrics' total weight a place must report to be ranked */
  minCoverage: number;
  tiers: boolean;
  /** counts and amounts per 10,000 residents (unchecked: cpc=0) */
  perCapita: boolean;
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
      <ChoiceSelect
        label={t('composite.normalisation')}
        value={normalisation}
        choices={NORMALISATIONS}
        text={(n) => t(`composite.norm.${n}`)}
        onChange={(n) => updateUrl({ normalisation: n })}
      />
      <ChoiceSelect
        label={t('composite.missing')}
        value={missing}
        choices={MISSING_POLICIES}
        text={(n) => t(`composite.missing.${n}`)}
        onChange={(n) => updateUrl({ missing: n })}
      />
      <label title={t('composite.minCoverageHint')}>
        {t('composite.minCoverage')}{' '}
        <select value={minCoverage} data-testid="composite-min-coverage" disabled={missing === 'exclude'}
          onChange={(e) => updateUrl({ minCoverage: Number(e.target.value) })}>
          {[...new Set([...MIN_COVERAGES, minCoverage])].sort((a, b) => a - b).map((mc) => (
            <option key={mc} value={mc}>
              {minCoverageLabel(mc, t)}
            </option>
          ))}
        </select>
      </label>
      <label className="chip" title={t('perCapita.composite.switchHint')}>
        <input type="checkbox" checked={perCapita} data-testid="composite-per-capita" onChange={() => updateUrl({ compositePerCapita: !perCapita })} />
        {t('perCapita.composite.switch')}
      </label>
      <label className="chip">
        <input type="checkbox" checked={tiers} onChange={() => updateUrl({ tiers: !tiers })} />
        {t('composite.tiers')}
      </label>
    </div>
  );
}

/** A labelled select over a fixed list of choices. */
function ChoiceSelect<C extends string>({
  label,
  value,
  choices,
  text,
  onChange,
}: {
  label: string;
  value: C;
  choices: readonly C[];
  text: (c: C) => string;
  onChange: (c: C) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as C)}>
        {choices.map((c) => (
          <option key={c} value={c}>
            {text(c)}
          </option>
        ))}
      </select>
    </label>
  );
}
