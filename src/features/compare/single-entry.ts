/**
 * The figures only one chosen place reports, for export: their rows go into the view's CSV (after the charts'),
 * and the image is the list itself (no bars: each indicator has a single figure, and the units differ). Pure.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Catalog } from '../../model/catalog';
import type { Lang } from '../../model/format';
import { formatFigure } from '../../model/format';
import type { Report } from '../../model/schema';
import type { SingleReporterFigure } from '../../model/single-reporter';
import { caveatMark, caveatNotes, caveatsText, hasCaveats } from '../../model/caveats';
import { pickLang, shortName, translator } from '../../i18n';
import { caveatKindLabel, caveatNoteLabels } from '../../i18n/caveats';
import type { ExportRow } from '../../formats/export/rows';
import { sourcesOf } from '../../formats/export/source';
import { periodSpan } from '../../formats/export/filename';
import type { ExportEntry } from '../../ui/export/registry';
import { FONT_FAMILY, titleBlock } from '../../charts/theme';

export const SINGLE_ENTRY_ID = 'compare-single-reporter';
/** lines of figures the image holds above its notes (the rest: "… n more, see the data CSV") */
export const SINGLE_IMAGE_LINES = 22;

/** The figure as the table and the image show it: value with ≥ (in the text), * when derived, † with a caveat. */
export function singleDisplay(f: SingleReporterFigure, lang: Lang): string {
  const o = f.cell.observation;
  return `${formatFigure(o, f.metric, lang)}${o.derived ? '*' : ''}${caveatMark(o.caveats)}`;
}

/** One CSV row per figure, in the columns of the charts' rows. */
export function singleRows(figures: readonly SingleReporterFigure[], catalog: Catalog, reports: readonly Pick<Report, 'id' | 'title' | 'source'>[], lang: Lang): ExportRow[] {
  const t = translator(lang);
  const kind = caveatKindLabel(lang);
  const byId = new Map(reports.map((r) => [r.id, r]));
  return figures.map((f) => {
    const o = f.cell.observation;
    const r = byId.get(o.report);
    return {
      jurisdiction: shortName(catalog, o.jurisdiction, lang),
      jurisdictionId: o.jurisdiction,
      metric: pickLang(f.metric.name, lang),
      metricId: f.metric.id,
      category: t(`category.${f.metric.category}`),
      value: o.value,
      valueMax: o.valueMax ?? null,
      qualifier: o.qualifier,
      display: singleDisplay(f, lang),
      unit: pickLang(f.metric.unit, lang),
      period: o.period,
      derived: o.derived?.formula ?? '',
      caveats: caveatsText(o.caveats, lang, kind),
      quote: o.quote,
      reportTitle: r?.title ?? '',
      reportId: o.report,
      source: r?.source ?? '',
      observationId: o.id,
    };
  });
}

/** The lines of the image: place · indicator · figure · year (and the years of an adjacent year's figure). */
export function singleLines(figures: readonly SingleReporterFigure[], catalog: Catalog, lang: Lang): string[] {
  const t = translator(lang);
  const lines = figures.map((f) => {
    const adjacent = f.cell.adjacent ? ` (${t('compare.adjacentShort')})` : '';
    return `${shortName(catalog, f.cell.observation.jurisdiction, lang)} · ${pickLang(f.metric.name, lang)} · ${singleDisplay(f, lang)} · ${t('chart.period', { year: f.cell.period })}${adjacent}`;
  });
  if (lines.length <= SINGLE_IMAGE_LINES) return lines;
  return [...lines.slice(0, SINGLE_IMAGE_LINES - 1), t('compare.single.more', { n: lines.length - SINGLE_IMAGE_LINES + 1 })];
}

export function singleEntry(args: {
  figures: readonly SingleReporterFigure[];
  /** the chosen places, in the view's order */
  jurisdictions: readonly string[];
  /** after the charts */
  order: number;
  catalog: Catalog;
  reports: readonly Report[];
  lang: Lang;
}): ExportEntry {
  const { figures, catalog, reports, lang } = args;
  const t = translator(lang);
  const title = t('compare.single.title');
  const names = args.jurisdictions.map((id) => shortName(catalog, id, lang));
  const periods = [...new Set(figures.map((f) => f.cell.period))].sort((a, b) => a - b);
  const description = t('compare.single.subtitle', { places: names.join(' · ') });
  const observations = figures.map((f) => f.cell.observation);
  const notesOf = (l: Lang) => {
    const caveated = figures.flatMap((f) =>
      hasCaveats(f.cell.observation.caveats)
        ? [{ place: shortName(catalog, f.cell.observation.jurisdiction, l), metric: pickLang(f.metric.name, l), period: f.cell.period, caveats: f.cell.observation.caveats }]
        : [],
    );
    return caveatNotes(caveated, l, caveatNoteLabels(l));
  };
  return {
    id: SINGLE_ENTRY_ID,
    order: args.order,
    title,
    description,
    filenameParts: [title, ...names, periodSpan(periods)],
    buildOption: (ctx): EChartsCoreOption => {
      const tl = translator(ctx.lang);
      const subtitle = [
        tl('compare.single.subtitle', { places: args.jurisdictions.map((id) => shortName(catalog, id, ctx.lang)).join(' · ') }),
        '',
        ...singleLines(figures, catalog, ctx.lang),
      ].join('\n');
      return {
        animation: false,
        textStyle: { fontFamily: FONT_FAMILY },
        title: titleBlock(tl('compare.single.title'), subtitle, ctx.footer),
        series: [],
      };
    },
    rows: singleRows(figures, catalog, reports, lang),
    observations,
    sources: sourcesOf(observations, reports),
    notes: notesOf(lang),
  };
}
