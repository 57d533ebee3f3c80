/** A time chart of the profile: one metric of one jurisdiction over the years, its option and export entry. Pure. */
import type { EChartsCoreOption } from 'echarts/core';
import type { Catalog } from '../../model/catalog';
import { formatFigure, type Lang } from '../../model/format';
import type { Caveat, Metric } from '../../model/schema';
import { caveatLine } from '../../i18n/caveats';
import { hasCaveats, type CaveatedFigure } from '../../model/caveats';
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
  /** each year's caveats (undefined: none); absent when no figure has any */
  caveats?: readonly (readonly Caveat[] | undefined)[] | undefined;
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
  return buildTimeOption(series.years, [{ name: who, values: series.values, caveats: series.caveats }], {
    title,
    subtitle: span,
    unit: pickLang(series.metric.unit, lang),
    footer,
    value: (v) => formatFigure({ value: v, qualifier: 'exact' }, series.metric, lang),
    caveat: caveatLine(lang),
  });
}

/** The years of the series whose figure carries caveats, named as the chart names them. */
export function timeCaveats(series: TimeChartData, catalog: Catalog, lang: Lang): CaveatedFigure[] {
  const { who } = timeChartLabels(series, catalog, lang);
  return series.years.flatMap((y, i) => {
    const caveats = series.caveats?.[i];
    return hasCaveats(caveats) ? [{ place: who, metric: pickLang(series.metric.name, lang), period: y, caveats }] : [];
  });
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
      years.map((y, i) => ({
        jurisdiction,
        metric: metric.id,
        value: values[i] ?? null,
        display: timeFigure(values[i] ?? null, metric, lang, t),
        period: y,
        caveats: series.caveats?.[i],
      })),
    catalog,
    lang,
  });
}
