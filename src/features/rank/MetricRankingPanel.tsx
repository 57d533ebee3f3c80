import { useMemo } from 'react';
import { useAutoOpen } from '../../ui/hooks/useAutoOpen';
import { SourceLink } from '../../ui/components/SourceLink';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Catalog } from '../../model/catalog';
import { rankingFromCache, rankingQuery } from './reads/ranking';
import { formatFigure } from '../../model/format';
import { largeRanking } from '../../charts/rank-option';
import { rankChartOption } from './rank-chart';
import { EChart } from '../../charts/echart/EChart';
import { updateUrl, useUrlField } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { useOpenObservation } from '../../ui/hooks/open-source';
import { pickLang, shortName } from '../../i18n';
import { MetricSelect, widestMetric } from './MetricSelect';
import { ChartExportMenu } from '../../ui/export/ChartExportMenu';
import { useRegisterExport } from '../../ui/export/registry';
import { simpleEntry } from '../../ui/export/simple-entry';

export function MetricRanking({ catalog }: { catalog: Catalog }) {
  const rankMetricParam = useUrlField('rankMetric');
  const rankYear = useUrlField('rankYear');
  const { lang, t } = useLang();
  const open = useOpenObservation();
  const metricId = rankMetricParam && catalog.metricById.has(rankMetricParam) ? rankMetricParam : widestMetric(catalog);
  const metric = metricId ? catalog.metricById.get(metricId) : undefined;
  // computed ahead by RankView's warm-up for each metric's latest figures: a metric change then only draws
  const client = useQueryClient();
  const ranking = useQuery({
    ...rankingQuery(metricId ?? '', rankYear),
    enabled: Boolean(metricId),
    initialData: () => (metricId ? rankingFromCache(client, metricId, rankYear) : undefined),
  });
  const name = (j: string) => shortName(catalog, j, lang);
  const ranked = metric ? (ranking.data ?? null) : null;
  const table = useAutoOpen((ranked?.rows.length ?? 0) <= 12);
  const metricName = metric ? pickLang(metric.name, lang) : '';
  const build = (footer?: string) => (ranked && metric ? rankChartOption(ranked, metric, catalog, lang, t, footer) : null);
  // built once per ranking and language, often ahead by RankView's warm-up (a render for any other reason must not
  // rebuild thousands of bars)
  const option = useMemo(
    () => build(),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- build depends on exactly these
    [ranked, metric, lang, catalog, t],
  );
  const entry = useMemo(
    () =>
      ranked && metric && ranked.rows.length
        ? simpleEntry({
            id: `rank-${metric.id}`,
            order: 0,
            title: t('rank.chartTitle', { metric: metricName }),
            description: `${ranked.rows.length} · ${ranked.periods.join('–')}`,
            filenameParts: [metricName, t('nav.rank'), ranked.periods.length ? `${Math.min(...ranked.periods)}-${Math.max(...ranked.periods)}` : ''],
            buildOption: (ctx) => build(ctx.footer)!,
            periods: ranked.periods,
            figures: () => ranked.rows.map((r) => ({
              jurisdiction: r.jurisdiction,
              metric: metric.id,
              value: r.value,
              display: formatFigure(r, metric, lang),
              period: r.period,
              qualifier: r.qualifier,
              observation: r.observation,
              derived: r.derived,
            })),
            catalog,
            lang,
          })
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- build depends on exactly these
    [ranked, metric, lang, catalog, t, metricName],
  );
  useRegisterExport(entry);
  if (!metric) return null;
  return (
    <article className="panel" aria-labelledby="rank-metric-h">
      <h3 id="rank-metric-h">{t('rank.title')}</h3>
      <div className="controls">
        <label>
          {t('rank.metric')}{' '}
          <MetricSelect catalog={catalog} value={metric.id} label={t('rank.metric')} onChange={(id) => updateUrl({ rankMetric: id, rankYear: null })} />
        </label>
        <label>
          {t('rank.year')}{' '}
          <select value={rankYear ?? ''} onChange={(e) => updateUrl({ rankYear: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{t('select.latest')}</option>
            {(ranked?.all ?? []).map((p) => (
              <option key={p} value={p}>
                {t('chart.period', { year: p })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {metric.description && <p className="note">{pickLang(metric.description, lang)}</p>}
      {ranked && (
        <>
          <p className="note" data-testid="rank-coverage">
            {t('rank.coverage', { n: ranked.rows.length, total: catalog.jurisdictions.length })} {t(`rank.direction.${metric.better}`)}
          </p>
          {ranked.periods.length > 1 && <p className="warn">{t('rank.mixed', { periods: ranked.periods.join(lang === 'zh' ? '、' : ', ') })}</p>}
          {ranked.rows.length === 0 ? (
            <p className="status">{t('rank.none')}</p>
          ) : (
            <>
              {option && (
                <EChart
                  // updated in place (merge) only within one structure: a merge from labelled bars into large mode
                  // kept the old label formatter, which then read rows that no longer exist
                  key={largeRanking(ranked.rows.length) ? 'large' : 'labelled'}
                  chartId={`rank-${metric.id}`}
                  merge
                  option={option}
                  height={380}
                  label={t('rank.chartTitle', { metric: metricName })}
                  onClick={(e) => {
                    const r = ranked.rows[e.dataIndex];
                    if (r) void open(r.jurisdiction, r.observation);
                  }}
                />
              )}
              {entry && <ChartExportMenu entry={entry} />}
              <details
                className="data-table"
                open={table.open}
                onToggle={table.onToggle}
              >
                <summary>{t('compare.table')}</summary>
                <table data-testid="rank-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('rank.rank')}</th>
                      <th scope="col">{t('table.jurisdiction')}</th>
                      <th scope="col">{t('table.value')}</th>
                      <th scope="col">{t('table.period')}</th>
                      <th scope="col">{t('compare.source')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {/* rows are built only while the table is open: thousands of rows cost more than the chart */}
                    {table.open && ranked.rows.slice(0, 500).map((r) => (
                      <tr key={r.jurisdiction}>
                        <td>
                          {r.rank}
                          {r.tied ? ` (${t('rank.tied')})` : ''}
                        </td>
                        <td>{name(r.jurisdiction)}</td>
                        <td>
                          {formatFigure(r, metric, lang)}
                          {r.derived ? ` (${t('compare.derived')})` : ''}
                        </td>
                        <td>{r.period}</td>
                        <td>
                          <SourceLink onOpen={() => void open(r.jurisdiction, r.observation)} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </>
          )}
        </>
      )}
    </article>
  );
}
