/** A time chart of the profile: one metric of one jurisdiction over the years, its option and export entry. Pure. */
import './register-strings';
import type { EChartsCoreOption } from 'echarts/core';
import type { Catalog } from '../../model/catalog';
import { formatFigure, type Lang } from '../../model/format';
import type { Caveat, Metric } from '../../model/schema';
import { caveatLine } from '../../i18n/caveats';
import { hasCaveats, type CaveatedFigure } from '../../model/caveats';
import { buildTimeOption } from '../../charts/profile-option';
import { pickLang, translator, type Translate } from '../../i18n';
import type { ExportEntry } from '../../ui/export/registry';
import { simpleEntry, type SimpleFigure } from '../../ui/export/simple-entry';
import { dividesPerCapita, formatPerCapita, perCapitaFigure, perCapitaUnit, type Population } from '../../model/per-capita';
import { populationSourceText, populationText } from '../../ui/per-capita-text';

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
  /**
   * per 10,000 residents asked for (pc=1): `divided` when the metric is a count or an amount and the place has a
   * population (then `values` are per head and `raw` the figures as reported); else the values are as reported
   */
  perCapita?: { divided: boolean; population: Population | null; raw: readonly (number | null)[] } | undefined;
}

/** The series per 10,000 residents: counts and amounts of a place with a population divided, others kept (and marked so). */
export function perHeadSeries(series: TimeChartData, population: Population | null): TimeChartData {
  const raw = series.values;
  if (!dividesPerCapita(series.metric.kind) || !population) return { ...series, perCapita: { divided: false, population, raw } };
  const values = raw.map((v) => (v === null ? null : perCapitaFigure({ value: v, qualifier: 'exact' }, population).value));
  return { ...series, values, perCapita: { divided: true, population, raw } };
}

/**
 * What a series per head says of its population: the population it is divided by (with its year and source; the
 * source's full name only when `full`, as the export's notes give it: on the chart it ran past the edge at 390 px),
 * or why it is not divided. Null when per head was not asked for.
 */
function perCapitaLine(series: TimeChartData, lang: Lang, full = false): string | null {
  const per = series.perCapita;
  if (!per) return null;
  const t = translator(lang);
  if (!dividesPerCapita(series.metric.kind)) return t('perCapita.notDivided');
  if (!per.population) return t('profile.chartNoPopulation');
  return full ? `${populationText(per.population, lang)} · ${populationSourceText(lang, per.population)}` : populationText(per.population, lang);
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

/** A per-head value of a divided series: "0.465件/万人*" (marked derived). */
export const perHeadFigure = (value: number | null, metric: Metric, lang: Lang, t: Translate): string =>
  value === null ? t('compare.notReported') : `${formatPerCapita({ value, qualifier: 'exact' }, metric.unit, lang)}*`;

/** The height of a subtitle line: a second one moves the legend and the plot down by it. */
const SUBTITLE_LINE = 16;
/** A per-head unit runs right from the axis, under the legend: the plot moves down by a line more. */
const UNIT_LINE = 16;

export function timeChartOption(series: TimeChartData, catalog: Catalog, lang: Lang, footer?: string): EChartsCoreOption {
  const { who, title, span } = timeChartLabels(series, catalog, lang);
  const divided = series.perCapita?.divided === true;
  const line = perCapitaLine(series, lang);
  const option = buildTimeOption(series.years, [{ name: who, values: series.values, caveats: series.caveats }], {
    title,
    subtitle: line ? `${span}\n${line}` : span,
    unit: pickLang(divided ? perCapitaUnit(series.metric.unit) : series.metric.unit, lang),
    footer,
    value: (v) => (divided ? `${formatPerCapita({ value: v, qualifier: 'exact' }, series.metric.unit, lang)}*` : formatFigure({ value: v, qualifier: 'exact' }, series.metric, lang)),
    caveat: caveatLine(lang),
  }) as EChartsCoreOption & { legend: { top: number }; grid: { top: number }; yAxis: { nameTextStyle?: object } };
  if (!line) return option;
  // the population's line under the span: the legend and the plot move down by it; a long per-head unit runs right from the axis
  return {
    ...option,
    legend: { ...option.legend, top: option.legend.top + SUBTITLE_LINE },
    grid: { ...option.grid, top: option.grid.top + SUBTITLE_LINE + (divided ? UNIT_LINE : 0) },
    ...(divided ? { yAxis: { ...option.yAxis, nameTextStyle: { align: 'left' } } } : {}),
  };
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
    ...(series.perCapita ? { extraNotes: [`${t('perCapita.note')}${lang === 'zh' ? '' : ' '}${perCapitaLine(series, lang, true) ?? ''}`] } : {}),
    figures: () =>
      years.map((y, i): SimpleFigure => {
        const per = series.perCapita;
        const reported = per ? (per.raw[i] ?? null) : (values[i] ?? null);
        const figure: SimpleFigure = { jurisdiction, metric: metric.id, value: reported, display: timeFigure(reported, metric, lang, t), period: y, caveats: series.caveats?.[i] };
        if (!per || !dividesPerCapita(metric.kind) || reported === null) return figure;
        const perCapita = per.population
          ? { population: per.population.population, source: populationSourceText(lang, per.population), value: values[i] ?? null, display: perHeadFigure(values[i] ?? null, metric, lang, t) }
          : { population: null, source: '', value: null, display: t('perCapita.noPopulation') };
        return { ...figure, perCapita };
      }),
    catalog,
    lang,
  });
}
