/** A time chart of the profile: one metric of one jurisdiction over the years, its option and export entry. Pure. */
import type { EChartsCoreOption } from 'echarts/core';
import type { Catalog } from '../../model/catalog';
import { formatFigure, type Lang } from '../../model/format';
import type { Metric } from '../../model/schema';
import { buildTimeOption } from '../../charts/profile-option';
import { pickLang, type Translate } from '../../i18n';
import type { ExportEntry } from '../../ui/export/registry';
import { simpleEntry } from '../../ui/export/simple-entry';

export interface TimeChartData {
  jurisdiction: string;
  metric: Metric;
  years: readonly number[];
  /** null: a year with no figure */
  values: readonly (number | null)[];
  /** the chart's place among the profile's time charts (they follow the radar) */
  order: number;
}

/** What the chart says about itself: who, the title and the span of years. */
export function timeChartLabels({ jurisdiction, metric, years }: TimeChartData, catalog: Catalog, lang: Lang) {
  const j = catalog.jurisdictionById.get(jurisdiction);
  const who = j ? pickLang(j.short, lang) : jurisdiction;
  return { who, title: `${who} · ${pickLang(metric.name, lang)}`, span: `${years[0]}–${years[years.length - 1]}` };
}

/** A figure of the series as the table and the export show it. */
export const timeFigure = (value: number | null, metric: Metric, lang: Lang, t: Translate): string =>
  value === null ? t('compare.notReported') : formatFigure({ value, qualifier: 'exact' }, metric, lang);

export function timeChartOption(series: TimeChartData, catalog: Catalog, lang: Lang, footer?: string): EChartsCoreOption {
  const { who, title, span } = timeChartLabels(series, catalog, lang);
  return buildTimeOption(series.years, [{ name: who, values: series.values }], { title, subtitle: span, unit: pickLang(series.metric.unit, lang), footer });
}

export function timeChartEntry(series: TimeChartData, catalog: Catalog, lang: Lang, t: Translate): ExportEntry {
  const { jurisdiction, metric, years, values, order } = series;
  const { who, title, span } = timeChartLabels(series, catalog, lang);
  return simpleEntry({
    id: `time-${metric.id}`,
    order: 10 + order,
    title,
    description: span,
    filenameParts: [who, pickLang(metric.name, lang), span.replace('–', '-')],
    buildOption: (ctx) => timeChartOption(series, catalog, lang, ctx.footer),
    periods: years,
    figures: () =>
      years.map((y, i) => ({ jurisdiction, metric: metric.id, value: values[i] ?? null, display: timeFigure(values[i] ?? null, metric, lang, t), period: y })),
    catalog,
    lang,
  });
}
