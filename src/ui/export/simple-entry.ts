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
import { caveatMark, caveatNotes, caveatsText, hasCaveats, type CaveatedFigure } from '../../model/caveats';
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
}

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
      display: f.display + caveatMark(f.caveats),
      unit: m ? pickLang(m.unit, lang) : '',
      period: f.period,
      derived: f.derived ? 'derived' : '',
      caveats: caveatsText(f.caveats, lang, kindLabel),
      quote: '',
      reportTitle: '',
      reportId: '',
      source: '',
      observationId: f.observation ?? '',
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
      notes ??= caveatNotes(caveatedFigures(args.figures(), catalog, lang), lang, caveatNoteLabels(lang));
      return notes;
    },
    observations: [],
    sources: datasetSources(catalog, periods, lang),
  };
}

/** The figures with caveats, named as the chart names them (short place name, metric name). */
export function caveatedFigures(figures: readonly SimpleFigure[], catalog: Catalog, lang: Lang): CaveatedFigure[] {
  return figures.flatMap((f) => {
    if (!hasCaveats(f.caveats)) return [];
    const j = catalog.jurisdictionById.get(f.jurisdiction);
    const m = catalog.metricById.get(f.metric);
    return [{ place: j ? pickLang(j.short, lang) : f.jurisdiction, metric: m ? pickLang(m.name, lang) : f.metric, period: f.period ?? undefined, caveats: f.caveats }];
  });
}
