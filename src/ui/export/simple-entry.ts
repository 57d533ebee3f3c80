/**
 * Export entries for charts drawn from metric blocks (rankings, profile charts), where the quotes and report
 * titles are not at hand: the source line cites the datasets and years, the rows carry values and periods.
 */
import type { Catalog } from '../../model/catalog';
import type { ExportRow } from '../../formats/export/rows';
import type { SourceRef } from '../../formats/export/source';
import type { Lang } from '../../model/format';
import { pickLang } from '../../i18n';
import { caveatKindLabel, caveatNoteLabels } from '../../i18n/caveats';
import {
  CAVEAT_SEPARATOR,
  caveatMark,
  caveatNotes,
  caveatsText,
  hasCaveats,
  inputCaveatLines,
  type CaveatedFigure,
  type CaveatKindLabel,
  type InputCaveats,
} from '../../model/caveats';
import type { Caveat } from '../../model/schema';
import type { ExportEntry } from './registry';

export interface SimpleFigure {
  jurisdiction: string;
  metric: string;
  value: number | null;
  display: string;
  period: number | null;
  qualifier?: ExportRow['qualifier'];
  observation?: string;
  derived?: boolean;
  /** why the figure is not like-for-like: marked † in the rows, listed in the image's notes */
  caveats?: readonly Caveat[] | undefined;
  /** for a score built from figures (composite, category score): the caveats of those it is built from */
  inputCaveats?: readonly InputCaveats[] | undefined;
  /** per 10,000 residents: the population (null: none known) and its source, the per-head value and its text */
  perCapita?: { population: number | null; source: string; value: number | null; display: string } | undefined;
}

const metricName = (catalog: Catalog, id: string, lang: Lang) => {
  const m = catalog.metricById.get(id);
  return m ? pickLang(m.name, lang) : id;
};

/** The caveats cell of a figure's row: its own caveats, or those of the figures it is built from (each named). */
function caveatsCell(f: SimpleFigure, catalog: Catalog, lang: Lang, kindLabel: CaveatKindLabel): string {
  if (f.inputCaveats?.length)
    return inputCaveatLines(f.inputCaveats, lang, kindLabel, (id) => metricName(catalog, id, lang)).join(CAVEAT_SEPARATOR[lang]);
  return caveatsText(f.caveats, lang, kindLabel);
}

const figureMark = (f: SimpleFigure): string => caveatMark(f.inputCaveats?.length ? f.inputCaveats.flatMap((x) => x.caveats) : f.caveats);

export function datasetSources(catalog: Catalog, periods: readonly number[], lang: Lang): SourceRef[] {
  const span = periods.length ? (periods.length > 1 ? `${Math.min(...periods)}–${Math.max(...periods)}` : String(periods[0])) : '';
  return catalog.datasets.map((d) => ({ id: d.id, title: `${pickLang(d.title, lang)}${span ? ` · ${span}` : ''}`, period: Number.NaN }));
}

/** What the chart says about itself; the rows and the source line are made from the figures. */
type ChartSide = Pick<ExportEntry, 'id' | 'order' | 'title' | 'description' | 'filenameParts' | 'buildOption'>;

export function simpleEntry(args: ChartSide & {
  /** the figures behind the chart, asked for only when something is exported */
  figures: () => readonly SimpleFigure[];
  /** the years the chart covers (for the source line) */
  periods: readonly number[];
  catalog: Catalog;
  lang: Lang;
  /** lines drawn above the caveat notes (e.g. where the population of per-head figures comes from) */
  extraNotes?: readonly string[];
  /** the years are the chart's axis (a time series): no mixed-year warning (ExportEntry.yearAxis) */
  yearAxis?: boolean;
}): ExportEntry {
  const { catalog, lang, periods } = args;
  const kindLabel = caveatKindLabel(lang);
  const toRows = (): ExportRow[] => args.figures().map((f) => {
    const j = catalog.jurisdictionById.get(f.jurisdiction);
    const m = catalog.metricById.get(f.metric);
    return {
      jurisdiction: j ? pickLang(j.name, lang) : f.jurisdiction,
      jurisdictionId: f.jurisdiction,
      metric: m ? pickLang(m.name, lang) : f.metric,
      metricId: f.metric,
      category: m ? m.category : '',
      value: f.value,
      valueMax: null,
      qualifier: f.qualifier ?? null,
      display: f.display + figureMark(f),
      unit: m ? pickLang(m.unit, lang) : '',
      period: f.period,
      derived: f.derived ? 'derived' : '',
      caveats: caveatsCell(f, catalog, lang, kindLabel),
      quote: '',
      reportTitle: '',
      reportId: '',
      source: '',
      observationId: f.observation ?? '',
      ...(f.perCapita
        ? { population: f.perCapita.population, populationSource: f.perCapita.source, perCapita: f.perCapita.value, perCapitaMax: null, perCapitaDisplay: f.perCapita.display }
        : {}),
    };
  });
  // rows are built when an export asks for them, not on every redraw (thousands of rows on rankings)
  let rows: ExportRow[] | null = null;
  let notes: string[] | null = null;
  return {
    id: args.id,
    order: args.order,
    title: args.title,
    description: args.description,
    filenameParts: args.filenameParts,
    buildOption: args.buildOption,
    get rows() {
      rows ??= toRows();
      return rows;
    },
    get notes() {
      notes ??= [...(args.extraNotes ?? []), ...caveatNotes(caveatedFigures(args.figures(), catalog, lang), lang, caveatNoteLabels(lang))];
      return notes;
    },
    observations: [],
    sources: datasetSources(catalog, periods, lang),
    ...(args.yearAxis ? { yearAxis: true } : {}),
  };
}

/**
 * The figures with caveats, named as the chart names them (short place name, metric name); for a score, each
 * caveated figure it is built from, under its own metric.
 */
export function caveatedFigures(figures: readonly SimpleFigure[], catalog: Catalog, lang: Lang): CaveatedFigure[] {
  return figures.flatMap((f): CaveatedFigure[] => {
    const j = catalog.jurisdictionById.get(f.jurisdiction);
    const place = j ? pickLang(j.short, lang) : f.jurisdiction;
    if (f.inputCaveats?.length) return f.inputCaveats.map((x) => ({ place, metric: metricName(catalog, x.metric, lang), caveats: x.caveats }));
    if (!hasCaveats(f.caveats)) return [];
    return [{ place, metric: metricName(catalog, f.metric, lang), period: f.period ?? undefined, caveats: f.caveats }];
  });
}
