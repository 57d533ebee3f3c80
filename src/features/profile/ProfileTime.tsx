import type { Catalog } from '../../model/catalog';
import type { LocatedObservation } from '../../model/compare';
import { timeSeries } from '../../model/profile';
import { buildTimeOption } from '../../charts/profile-option';
import '../../charts/echart/echarts-extra';
import { EChart } from '../../charts/echart/EChart';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';
import { useMemo } from 'react';
import type { Catalog as CatalogT } from '../../model/catalog';
import { formatFigure } from '../../model/format';
import { ChartExportMenu } from '../../ui/export/ChartExportMenu';
import { useRegisterExport } from '../../ui/export/registry';
import { simpleEntry } from '../../ui/export/simple-entry';

/** One metric over the years, with its export menu and the table behind it. */
function TimeChart({ catalog, jurisdiction, metric, years, values, order }: { catalog: CatalogT; jurisdiction: string; metric: string; years: number[]; values: (number | null)[]; order: number }) {
  const { lang, t } = useLang();
  const m = catalog.metricById.get(metric)!;
  const j = catalog.jurisdictionById.get(jurisdiction);
  const who = j ? pickLang(j.short, lang) : jurisdiction;
  const title = `${who} · ${pickLang(m.name, lang)}`;
  const span = `${years[0]}–${years[years.length - 1]}`;
  const build = (footer?: string) => buildTimeOption(years, [{ name: who, values }], { title, subtitle: span, unit: pickLang(m.unit, lang), footer });
  const entry = useMemo(
    () =>
      simpleEntry({
        id: `time-${metric}`,
        order: 10 + order,
        title,
        description: span,
        filenameParts: [who, pickLang(m.name, lang), span.replace('–', '-')],
        buildOption: (ctx) => build(ctx.footer),
        periods: years,
        figures: () => years.map((y, i) => ({
          jurisdiction,
          metric,
          value: values[i] ?? null,
          display: values[i] === null ? t('compare.notReported') : formatFigure({ value: values[i]!, qualifier: 'exact' }, m, lang),
          period: y,
        })),
        catalog,
        lang,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- build depends on exactly these
    [metric, jurisdiction, years, values, lang, catalog, order],
  );
  useRegisterExport(entry);
  return (
    <article className="panel">
      <EChart chartId={`time-${metric}`} height={280} label={title} option={build()} />
      <ChartExportMenu entry={entry} />
      <details className="data-table">
        <summary>{t('compare.table')}</summary>
        <table>
          <tbody>
            {years.map((y, i) => (
              <tr key={y}>
                <td>{y}</td>
                <td>{values[i] === null ? t('compare.notReported') : formatFigure({ value: values[i]!, qualifier: 'exact' }, m, lang)}</td>
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
  if (charts.length === 0) return null;
  return (
    <>
      <h3>{t('profile.time')}</h3>
      <p className="note">{t('profile.timeNote')}</p>
      <div className="panels">
        {charts.map(({ metric, years, values }, i) =>
          catalog.metricById.get(metric) ? (
            <TimeChart key={metric} catalog={catalog} jurisdiction={jurisdiction} metric={metric} years={years} values={values} order={i} />
          ) : null,
        )}
      </div>
    </>
  );
}
