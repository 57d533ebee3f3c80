/** One comparison panel as a chart: its texts, its ECharts option and its export entry. Pure. */
import type { Catalog } from '../../model/catalog';
import { placePercentiles, type MetricSpread } from '../../model/distribution';
import type { Cell, Panel } from '../../model/compare';
import type { Lang } from '../../model/format';
import type { Report } from '../../model/schema';
import { buildCompareOption, gapLabel } from '../../charts/compare-option';
import { pickLang, shortName, translator } from '../../i18n';
import { caveatKindLabel, caveatLine, caveatNoteLabels } from '../../i18n/caveats';
import { caveatNotes, hasCaveats, type CaveatedFigure } from '../../model/caveats';
import { panelRows, type ExportRow } from '../../formats/export/rows';
import { sourcesOf } from '../../formats/export/source';
import { periodSpan } from '../../formats/export/filename';
import type { ExportEntry } from '../../ui/export/registry';
import { populationSourceText, populationSourcesText, populationText } from '../../ui/per-capita-text';
import { spreadNumber, spreadScope, spreadUnit } from '../../ui/spread-text';

export function panelText(panel: Panel, catalog: Catalog, lang: Lang) {
  const t = translator(lang);
  const names = panel.jurisdictions.map((id) => shortName(catalog, id, lang));
  const category = t(`category.${panel.category}`);
  const unit = pickLang(panel.unit, lang);
  const title = lang === 'zh' ? `${category}(${unit})` : `${category} (${unit})`;
  const source = panel.perCapita?.divided ? `\n${populationSourcesText(lang, panel.perCapita.populations)}` : '';
  const adjacent = panel.adjacent ? `\n${t('compare.adjacent')}` : '';
  const subtitle = `${names.join(' · ')} · ${panel.periods.join('–')}${adjacent}${source}`;
  return { t, names, category, unit, title, subtitle };
}

const listSep = (lang: Lang) => (lang === 'zh' ? '、' : ', ');

/** The gap of a place that reports the metric in other years than the one asked. */
export const noFigureIn = (lang: Lang) => (year: number, otherYears: readonly number[]) =>
  translator(lang)('compare.noFigureYear', { year, years: otherYears.join(listSep(lang)) });

/** What a cell with no figure says (in the chart, the table and the CSV). */
export const gapText = (c: Extract<Cell, { status: 'not_reported' }>, lang: Lang): string =>
  gapLabel(c, { notReported: translator(lang)('compare.notReported'), noFigureIn: noFigureIn(lang) });

/** The notes of a panel above its caveats: the places left out, and the figures of an adjacent year. */
export function panelYearNotes(panel: Panel, catalog: Catalog, lang: Lang): string[] {
  const t = translator(lang);
  const notes: string[] = [];
  if (panel.absent.length) notes.push(t('compare.absent', { places: panel.absent.map((id) => shortName(catalog, id, lang)).join(listSep(lang)) }));
  if (panel.adjacent && panel.year !== null) {
    const list = panel.metrics.flatMap((m, mi) =>
      panel.cells[mi]!.map(figureOf).flatMap((c, ji) =>
        c.status === 'reported' && c.adjacent
          ? [`${shortName(catalog, panel.jurisdictions[ji]!, lang)} · ${pickLang(m.name, lang)} · ${t('chart.period', { year: c.period })}`]
          : [],
      ),
    );
    notes.push(t('compare.adjacentNote', { year: panel.year, list: list.join(lang === 'zh' ? ';' : '; ') }));
  }
  return notes;
}

export function panelOption(panel: Panel, catalog: Catalog, lang: Lang, footer?: string, spreads?: readonly (MetricSpread | null)[]) {
  const { t, title, subtitle } = panelText(panel, catalog, lang);
  return buildCompareOption(panel, catalog.jurisdictionById, lang, {
    title,
    subtitle,
    notReported: t('compare.notReported'),
    noFigureIn: noFigureIn(lang),
    derived: t('compare.derived'),
    period: (y) => t('chart.period', { year: y }),
    caveat: caveatLine(lang),
    footer,
    noPopulation: t('perCapita.noPopulation'),
    population: (p) => populationText(p, lang),
    spreads: spreads?.map((x) => x?.dist ?? null),
  });
}

/** The figure a cell shows or stands for: per head, a place without population still has the figure it reported. */
const figureOf = (c: Cell): Cell => (c.status === 'no_population' ? c.raw : c);

/** The panel's figures that carry caveats, in the chart's order (metric by metric, place by place). */
export function panelCaveats(panel: Panel, names: readonly string[], lang: Lang): CaveatedFigure[] {
  return panel.metrics.flatMap((m, mi) =>
    panel.cells[mi]!.map(figureOf).flatMap((c, ji) =>
      c.status === 'reported' && hasCaveats(c.observation.caveats)
        ? [{ place: names[ji] ?? '', metric: pickLang(m.name, lang), period: c.period, caveats: c.observation.caveats }]
        : [],
    ),
  );
}

export function panelEntry(args: {
  chartId: string;
  /** position in the view (export and presentation order) */
  order: number;
  /** another panel of the view has the same category: file names name the unit too */
  unitInName: boolean;
  panel: Panel;
  catalog: Catalog;
  reports: readonly Report[];
  lang: Lang;
  /** where all places fall on each metric (drawn behind the bars, said in the notes) */
  spreads?: readonly (MetricSpread | null)[] | undefined;
  /** the peer group the spreads are of ("江苏省 区县"; absent: all places) */
  group?: string | undefined;
}): ExportEntry {
  const { panel, catalog, reports, lang } = args;
  const text = panelText(panel, catalog, lang);
  const byJurisdiction = panel.jurisdictions.flatMap((_, ji) =>
    panel.cells.flatMap((row) => {
      const c = row[ji] && figureOf(row[ji]);
      return c?.status === 'reported' ? [c.observation] : [];
    }),
  );
  return {
    id: args.chartId,
    order: args.order,
    title: text.title,
    description: text.subtitle,
    filenameParts: [text.category, ...(args.unitInName ? [text.unit] : []), ...text.names, periodSpan(panel.periods)],
    buildOption: (ctx) => panelOption(panel, catalog, ctx.lang, ctx.footer, args.spreads),
    rows: withGapTexts(
      panelRows(panel, catalog.jurisdictionById, reports, lang, {
        category: text.category,
        notReported: text.t('compare.notReported'),
        caveatKind: caveatKindLabel(lang),
        noPopulation: text.t('perCapita.noPopulation'),
        populationSource: populationSourceText(lang),
        populationSourceOf: (p) => populationSourceText(lang, p),
      }),
      panel,
      lang,
    ),
    notes: [
      ...panelYearNotes(panel, catalog, lang),
      ...spreadLines(panel, catalog, lang, args.spreads, args.group),
      ...(panel.perCapita?.divided ? [`${text.t('perCapita.note')} ${populationSourcesText(lang, panel.perCapita.populations)}`] : []),
      ...caveatNotes(panelCaveats(panel, text.names, lang), lang, caveatNoteLabels(lang)),
    ],
    observations: panel.cells.flatMap((row) => row.map(figureOf).flatMap((c) => (c.status === 'reported' ? [c.observation] : []))),
    sources: sourcesOf(byJurisdiction, reports),
  };
}

/**
 * Where the compared places fall among all places, per metric: "调解成功率:全部 5 个地区中位数 99%,中间一半 98.9%–99.5%
 * (图中灰带与虚线);吕梁 第 25 百分位、江干 第 75 百分位". None where there is no spread (fewer than three places).
 */
export function spreadLines(panel: Panel, catalog: Catalog, lang: Lang, spreads: readonly (MetricSpread | null)[] | undefined, group?: string): string[] {
  if (!spreads) return [];
  const t = translator(lang);
  const num = (v: number) => spreadNumber(v, lang);
  return panel.metrics.flatMap((m, mi) => {
    const s = spreads[mi];
    if (!s) return [];
    const unit = spreadUnit(m.unit, s.perCapita, lang);
    const places = placePercentiles(panel, mi, s).flatMap((p, ji) => (p === null ? [] : [t('spread.place', { place: shortName(catalog, panel.jurisdictions[ji]!, lang), p })]));
    return [t('spread.line', { metric: pickLang(m.name, lang), scope: spreadScope(lang, group), n: s.dist.n, median: num(s.dist.median), q1: num(s.dist.q1), q3: num(s.dist.q3), unit, places: places.join(listSep(lang)) })];
  });
}

/** The rows of gaps say what the chart says: "2022年无数据(有2023年)" where the place reports another year. */
function withGapTexts(rows: ExportRow[], panel: Panel, lang: Lang): ExportRow[] {
  const gap = new Map<string, string>();
  panel.metrics.forEach((m, mi) =>
    panel.cells[mi]!.forEach((c, ji) => {
      if (c.status === 'not_reported' && c.otherYears?.length) gap.set(`${m.id}|${panel.jurisdictions[ji]}`, gapText(c, lang));
    }),
  );
  if (gap.size === 0) return rows;
  return rows.map((r) => {
    const text = r.value === null && r.observationId === '' ? gap.get(`${r.metricId}|${r.jurisdictionId}`) : undefined;
    return text ? { ...r, display: text } : r;
  });
}
