import { useMemo } from 'react';
import { useAutoOpen } from '../../ui/hooks/useAutoOpen';
import type { Catalog } from '../../model/catalog';
import { NORMALISATIONS, MISSING_POLICIES } from '../../model/constants';
import { buildCompositeOption } from '../../charts/rank-option';
import { EChart } from '../../charts/echart/EChart';
import { updateUrl, useUrlField } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang, shortName } from '../../i18n';
import { DRAWS, PERTURBATION, SEED, suggestedMetrics } from './composite-input';
import { useComposite } from './use-composite';
import { MetricSelect } from './MetricSelect';
import { ChartExportMenu } from '../../ui/export/ChartExportMenu';
import { useRegisterExport } from '../../ui/export/registry';
import { simpleEntry } from '../../ui/export/simple-entry';

export function CompositeRanking({ catalog }: { catalog: Catalog }) {
  const url = {
    weights: useUrlField('weights'),
    normalisation: useUrlField('normalisation'),
    missing: useUrlField('missing'),
    rankYear: useUrlField('rankYear'),
    tiers: useUrlField('tiers'),
  };
  const { lang, t } = useLang();
  const { ids, result } = useComposite(catalog, url);

  const table = useAutoOpen((result?.rows.length ?? 0) <= 30);
  const name = (j: string) => shortName(catalog, j, lang);
  const tierLabel = (n: 1 | 2 | 3) => t('composite.tier', { n: lang === 'zh' ? ['一', '二', '三'][n - 1]! : n });
  const setWeight = (key: string, value: number | null) => {
    const w = { ...url.weights };
    if (value === null) delete w[key];
    else w[key] = value;
    updateUrl({ weights: w }, 'replace');
  };
  const categories = [...new Set(ids.map((id) => catalog.metricById.get(id)!.category))];
  const subtitle = ids.map((id) => pickLang(catalog.metricById.get(id)!.name, lang)).join(' · ');
  const build = (footer?: string) =>
    result
      ? buildCompositeOption(result.rows, {
          title: t('composite.title'),
          subtitle,
          name,
          score: t('composite.score'),
          band: t('composite.band'),
          tier: tierLabel,
          tiers: url.tiers,
          footer,
        })
      : null;
  // built once per change of what it shows (a render for any other reason must not rebuild thousands of bars)
  const option = useMemo(
    () => build(),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- build depends on exactly these
    [result, lang, catalog, t, subtitle, url.tiers],
  );
  const entry = useMemo(
    () =>
      result && result.rows.length
        ? simpleEntry({
            id: 'composite',
            order: 1,
            title: t('composite.title'),
            description: subtitle,
            filenameParts: [t('composite.title'), ...ids.slice(0, 4).map((id) => pickLang(catalog.metricById.get(id)!.name, lang))],
            buildOption: (ctx) => build(ctx.footer)!,
            periods: [],
            figures: () => result.rows.map((r) => ({
              jurisdiction: r.jurisdiction,
              metric: 'composite',
              value: r.score,
              display: `${r.score} (#${r.rank}, ${r.bandMin}–${r.bandMax}, ${Math.round(r.coverage * 100)}%)`,
              period: null,
            })),
            catalog,
            lang,
          })
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- build depends on exactly these
    [result, lang, catalog, t, subtitle, url.tiers],
  );
  useRegisterExport(entry);
  return (
    <article className="panel" aria-labelledby="composite-h">
      <h3 id="composite-h">{t('composite.title')}</h3>
      <p className="note">{t('composite.help', { p: PERTURBATION * 100, draws: DRAWS, seed: SEED })}</p>
      <div className="controls">
        <label>
          {t('composite.pick')}{' '}
          <MetricSelect catalog={catalog} value="" label={t('composite.pick')} onChange={(id) => id && setWeight(id, 1)} />
        </label>
        <button type="button" onClick={() => updateUrl({ weights: Object.fromEntries(suggestedMetrics(catalog).map((id) => [id, 1])) })}>
          {t('composite.suggest')}
        </button>
        <button type="button" onClick={() => updateUrl({ weights: {} })}>
          {t('composite.clear')}
        </button>
        <label>
          {t('composite.normalisation')}{' '}
          <select value={url.normalisation} onChange={(e) => updateUrl({ normalisation: e.target.value as (typeof NORMALISATIONS)[number] })}>
            {NORMALISATIONS.map((n) => (
              <option key={n} value={n}>
                {t(`composite.norm.${n}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('composite.missing')}{' '}
          <select value={url.missing} onChange={(e) => updateUrl({ missing: e.target.value as (typeof MISSING_POLICIES)[number] })}>
            {MISSING_POLICIES.map((n) => (
              <option key={n} value={n}>
                {t(`composite.missing.${n}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="chip">
          <input type="checkbox" checked={url.tiers} onChange={() => updateUrl({ tiers: !url.tiers })} />
          {t('composite.tiers')}
        </label>
      </div>
      {ids.length > 0 && (
        <table className="weights" data-testid="composite-weights">
          <tbody>
            {categories.map((c) => (
              <tr key={`cat:${c}`}>
                <th scope="row">{t(`category.${c}`)}</th>
                <td>
                  <label>
                    {t('composite.categoryWeight')}{' '}
                    <input type="number" min={0} max={100} step={0.5} value={url.weights[`cat:${c}`] ?? 1} data-weight={`cat:${c}`}
                      onChange={(e) => setWeight(`cat:${c}`, Number(e.target.value))} />
                  </label>
                </td>
                <td>
                  {ids
                    .filter((id) => catalog.metricById.get(id)!.category === c)
                    .map((id) => (
                      <span key={id} className="weight">
                        <label>
                          {pickLang(catalog.metricById.get(id)!.name, lang)}{' '}
                          <input type="number" min={0} max={100} step={0.5} value={url.weights[id] ?? 1} data-weight={id}
                            onChange={(e) => setWeight(id, Number(e.target.value))} />
                        </label>
                        <button type="button" className="link" aria-label={`${t('composite.clear')} ${pickLang(catalog.metricById.get(id)!.name, lang)}`} onClick={() => setWeight(id, null)}>
                          ×
                        </button>
                      </span>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ids.length === 0 ? (
        <p className="status">{t('composite.empty')}</p>
      ) : !result ? (
        <p className="status" role="status">{t('app.loading')}</p>
      ) : (
        <div data-testid="composite" data-compute-ms={result.ms}>
          {option && <EChart chartId="composite" option={option} height={380} label={t('composite.title')} />}
          {entry && <ChartExportMenu entry={entry} />}
          <p className="note">{t('composite.computed', { ms: result.ms })}</p>
          {result.excluded.length > 0 && (
            <p className="note">{t('composite.excluded', { names: result.excluded.slice(0, 30).map(name).join(lang === 'zh' ? '、' : ', ') + (result.excluded.length > 30 ? '…' : '') })}</p>
          )}
          <details
            className="data-table"
            open={table.open}
            onToggle={table.onToggle}
          >
          <summary>{t('compare.table')}</summary>
          {table.open && (
          <table data-testid="composite-table">
            <thead>
              <tr>
                <th scope="col">{url.tiers ? t('composite.tier', { n: '' }) : t('rank.rank')}</th>
                <th scope="col">{t('table.jurisdiction')}</th>
                <th scope="col">{t('composite.score')}</th>
                <th scope="col">{t('composite.coverage')}</th>
                <th scope="col">{t('composite.band')}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.slice(0, 500).map((r) => (
                <tr key={r.jurisdiction} data-jurisdiction={r.jurisdiction}>
                  <td>{url.tiers ? tierLabel(r.tier) : r.rank}</td>
                  <td>{name(r.jurisdiction)}</td>
                  <td>{r.score}</td>
                  <td>{Math.round(r.coverage * 100)}%</td>
                  <td>
                    {r.bandMin}–{r.bandMax}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          )}
          </details>
        </div>
      )}
    </article>
  );
}
