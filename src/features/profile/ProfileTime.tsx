import './register-strings';
import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import type { LocatedObservation } from '../../model/compare';
import { timeSeries } from '../../model/profile';
import '../../charts/echart/echarts-extra';
import { EChart } from '../../charts/echart/EChart';
import { useLang } from '../../ui/hooks/useLang';
import { ChartExportMenu } from '../../ui/export/ChartExportMenu';
import { useRegisterExport } from '../../ui/export/registry';
import { perHeadFigure, perHeadSeries, timeCaveats, timeChartEntry, timeChartLabels, timeChartOption, timeFigure, type TimeChartData } from './time-chart';
import type { Population } from '../../model/per-capita';
import { TableHead } from '../../ui/components/TableHead';
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
  const per = series.perCapita?.divided ? series.perCapita : null;
  return (
    <article className="panel">
      <EChart chartId={`time-${metric.id}`} height={296} label={title} option={option} deferred />
      <CaveatList figures={caveated} />
      <ChartExportMenu entry={entry} />
      <details className="data-table">
        <summary>{t('compare.table')}</summary>
        <table>
          {per && <TableHead columns={[t('table.period'), t('perCapita.reported'), t('perCapita.value')]} />}
          <tbody>
            {years.map((y, i) => (
              <tr key={y}>
                <td>{y}</td>
                <td>
                  {timeFigure(per ? (per.raw[i] ?? null) : (values[i] ?? null), metric, lang, t)}
                  {caveatMark(series.caveats?.[i])}
                  <CaveatNotes caveats={series.caveats?.[i]} />
                </td>
                {per && <td>{per.raw[i] === null ? '—' : perHeadFigure(values[i] ?? null, metric, lang, t)}</td>}
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
 * own observations: they show as soon as the jurisdiction is read, before the comparison with all others. With
 * `perCapita` (pc=1), counts and amounts per 10,000 residents of the place's population.
 */
export function ProfileTime({ catalog, jurisdiction, observations, perCapita }: {
  catalog: Catalog;
  jurisdiction: string;
  observations: readonly LocatedObservation[];
  /** per 10,000 residents asked for: the place's population (null: none known) */
  perCapita?: { population: Population | null } | undefined;
}) {
  const { t } = useLang();
  const charts = useMemo(() => timeSeries(observations, catalog.datasets.map((d) => d.id)), [observations, catalog]);
  // with their metric looked up, once per series (the charts memoise on them)
  const series = useMemo(
    () =>
      charts.flatMap(({ metric, years, values, caveats }, order): TimeChartData[] => {
        const m = catalog.metricById.get(metric);
        if (!m) return [];
        const s: TimeChartData = { jurisdiction, metric: m, years, values, caveats, order };
        return [perCapita ? perHeadSeries(s, perCapita.population) : s];
      }),
    [charts, catalog, jurisdiction, perCapita],
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
