import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import type { LocatedObservation } from '../../model/compare';
import { timeSeries } from '../../model/profile';
import '../../charts/echart/echarts-extra';
import { EChart } from '../../charts/echart/EChart';
import { useLang } from '../../ui/hooks/useLang';
import { ChartExportMenu } from '../../ui/export/ChartExportMenu';
import { useRegisterExport } from '../../ui/export/registry';
import { timeCaveats, timeChartEntry, timeChartLabels, timeChartOption, timeFigure, type TimeChartData } from './time-chart';
import { CaveatList, CaveatNotes } from '../../ui/components/CaveatNotes';
import { caveatMark } from '../../model/caveats';

/** One metric over the years, with its export menu and the table behind it. */
function TimeChart({ catalog, series }: { catalog: Catalog; series: TimeChartData }) {
  const { lang, t } = useLang();
  const { metric, years, values } = series;
  const { title } = timeChartLabels(series, catalog, lang);
  const option = useMemo(() => timeChartOption(series, catalog, lang), [series, catalog, lang]);
  const entry = useMemo(() => timeChartEntry(series, catalog, lang, t), [series, catalog, lang, t]);
  useRegisterExport(entry);
  const caveated = useMemo(() => timeCaveats(series, catalog, lang), [series, catalog, lang]);
  return (
    <article className="panel">
      <EChart chartId={`time-${metric.id}`} height={280} label={title} option={option} />
      <CaveatList figures={caveated} />
      <ChartExportMenu entry={entry} />
      <details className="data-table">
        <summary>{t('compare.table')}</summary>
        <table>
          <tbody>
            {years.map((y, i) => (
              <tr key={y}>
                <td>{y}</td>
                <td>
                  {timeFigure(values[i] ?? null, metric, lang, t)}
                  {caveatMark(series.caveats?.[i])}
                  <CaveatNotes caveats={series.caveats?.[i]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}

/**
 * Line charts for the metrics this jurisdiction reported in two or more years (gaps for missing years), from its
 * own observations: they show as soon as the jurisdiction is read, before the comparison with all others.
 */
export function ProfileTime({ catalog, jurisdiction, observations }: { catalog: Catalog; jurisdiction: string; observations: readonly LocatedObservation[] }) {
  const { t } = useLang();
  const charts = useMemo(() => timeSeries(observations, catalog.datasets.map((d) => d.id)), [observations, catalog]);
  // with their metric looked up, once per series (the charts memoise on them)
  const series = useMemo(
    () =>
      charts.flatMap(({ metric, years, values, caveats }, order): TimeChartData[] => {
        const m = catalog.metricById.get(metric);
        return m ? [{ jurisdiction, metric: m, years, values, caveats, order }] : [];
      }),
    [charts, catalog, jurisdiction],
  );
  if (charts.length === 0) return null;
  return (
    <>
      <h3>{t('profile.time')}</h3>
      <p className="note">{t('profile.timeNote')}</p>
      <div className="panels">
        {series.map((s) => (
          <TimeChart key={s.metric.id} catalog={catalog} series={s} />
        ))}
      </div>
    </>
  );
}
