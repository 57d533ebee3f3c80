/**
 * The data behind a chart, one row per figure shown (including "not reported" cells, which are never zero).
 * Pure: labels in the UI language are passed in.
 */
import type { Panel, ReportedCell } from '../../model/compare';
import { formatFigure, type Lang } from '../../model/format';
import { formatPerCapita, type PerCapitaFigure } from '../../model/per-capita';
import { caveatMark, caveatsText, type CaveatKindLabel } from '../../model/caveats';
import type { Jurisdiction, Qualifier, Report } from '../../model/schema';
import type { CellValue } from './csv';

export interface ExportRow {
  jurisdiction: string;
  jurisdictionId: string;
  metric: string;
  metricId: string;
  category: string;
  /** the normalised number of the dataset; null when not reported */
  value: number | null;
  valueMax: number | null;
  qualifier: Qualifier | null;
  /** the figure as the chart shows it (≥1.5万件); "not reported" text when missing */
  display: string;
  unit: string;
  period: number | null;
  /** formula of a derived figure (ratio_pct …), else empty */
  derived: string;
  /** why the figure is not like-for-like, kind and note in the UI language ("累计(自2019年): …"), else empty */
  caveats: string;
  quote: string;
  reportTitle: string;
  reportId: string;
  /** the report's source file name */
  source: string;
  observationId: string;
  /** per 10,000 residents only (absent otherwise): the population divided by (null: none known), its source */
  population?: number | null | undefined;
  populationSource?: string | undefined;
  /** the figure per 10,000 residents (full precision; null without population), its upper end, as shown */
  perCapita?: number | null | undefined;
  perCapitaMax?: number | null | undefined;
  perCapitaDisplay?: string | undefined;
  /**
   * where the figure falls among all places that report the metric (or a peer group) — absent otherwise: what the
   * distribution is of, how many places report (this one included), their median and quartiles (in the figure's
   * unit, per 10k when divided; null with fewer than three), the figure's percentile (null: none), a range's
   * upper end's, and what the percentile is (exact, at least, at most, about)
   */
  spreadScope?: string | undefined;
  spreadN?: number | undefined;
  median?: number | null | undefined;
  q1?: number | null | undefined;
  q3?: number | null | undefined;
  percentile?: number | null | undefined;
  percentileMax?: number | null | undefined;
  percentileBound?: string | undefined;
}

export const EXPORT_COLUMNS = [
  'jurisdiction',
  'jurisdictionId',
  'metric',
  'metricId',
  'category',
  'value',
  'valueMax',
  'qualifier',
  'display',
  'unit',
  'period',
  'derived',
  'caveats',
  'quote',
  'reportTitle',
  'reportId',
  'source',
  'observationId',
] as const satisfies readonly (keyof ExportRow)[];
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** The columns a per-head export adds after the others. */
export const PER_CAPITA_COLUMNS = ['population', 'populationSource', 'perCapita', 'perCapitaMax', 'perCapitaDisplay'] as const satisfies readonly (keyof ExportRow)[];

/** The columns a figure placed among all places adds after the others. */
export const SPREAD_COLUMNS = ['spreadScope', 'spreadN', 'median', 'q1', 'q3', 'percentile', 'percentileMax', 'percentileBound'] as const satisfies readonly (keyof ExportRow)[];

/** The columns of these rows: the per-head ones and the spread ones too when any row has them. */
export const columnsOf = (rows: readonly ExportRow[]): readonly (keyof ExportRow)[] => {
  const perHead = rows.some((r) => r.population !== undefined);
  const spread = rows.some((r) => r.spreadN !== undefined);
  if (!perHead && !spread) return EXPORT_COLUMNS;
  return [...EXPORT_COLUMNS, ...(perHead ? PER_CAPITA_COLUMNS : []), ...(spread ? SPREAD_COLUMNS : [])];
};

export function rowCells(row: ExportRow, columns: readonly (keyof ExportRow)[] = EXPORT_COLUMNS): CellValue[] {
  return columns.map((c) => row[c]);
}

const pick = (b: { zh: string; en: string }, lang: Lang) => (lang === 'zh' ? b.zh || b.en : b.en || b.zh);

export interface PanelRowLabels {
  category: string;
  notReported: string;
  /** the words for a caveat's kind in the UI language (src/i18n/caveats.ts) */
  caveatKind: CaveatKindLabel;
  /** per 10,000 residents: what a place without population reads, and the population's source */
  noPopulation?: string | undefined;
  populationSource?: string | undefined;
  /** a population's source in words, row by row (the census, or a dataset's own); before `populationSource` */
  populationSourceOf?: ((p: PerCapitaFigure['population']) => string) | undefined;
}

/** The per-head columns of a row of a divided panel (a figure per head, or none for want of population). */
function perCapitaCells(per: PerCapitaFigure | null, m: Panel['metrics'][number], lang: Lang, labels: PanelRowLabels): Partial<ExportRow> {
  if (!per) return { population: null, populationSource: '', perCapita: null, perCapitaMax: null, perCapitaDisplay: labels.noPopulation ?? '' };
  return {
    population: per.population.population,
    populationSource: labels.populationSourceOf?.(per.population) ?? labels.populationSource ?? per.population.source,
    perCapita: per.value,
    perCapitaMax: per.valueMax ?? null,
    perCapitaDisplay: formatPerCapita(per, m.unit, lang),
  };
}

/** Rows of one compare panel, metric by metric, jurisdiction by jurisdiction (the chart's order). */
export function panelRows(
  panel: Panel,
  jurisdictions: ReadonlyMap<string, Jurisdiction>,
  reports: readonly Pick<Report, 'id' | 'title' | 'source'>[],
  lang: Lang,
  labels: PanelRowLabels,
): ExportRow[] {
  const reportById = new Map(reports.map((r) => [r.id, r]));
  const rows: ExportRow[] = [];
  panel.metrics.forEach((m, mi) => {
    panel.jurisdictions.forEach((jid, ji) => {
      const cell = panel.cells[mi]?.[ji];
      if (!cell) return;
      const j = jurisdictions.get(jid);
      const base = {
        jurisdiction: j ? pick(j.short, lang) : jid,
        jurisdictionId: jid,
        metric: pick(m.name, lang),
        metricId: m.id,
        category: labels.category,
        unit: pick(m.unit, lang),
      };
      if (cell.status === 'not_reported') {
        rows.push({
          ...base,
          value: null,
          valueMax: null,
          qualifier: null,
          display: labels.notReported,
          period: cell.period,
          derived: '',
          caveats: '',
          quote: '',
          reportTitle: '',
          reportId: '',
          source: '',
          observationId: '',
        });
        return;
      }
      const reported: ReportedCell = cell.status === 'no_population' ? cell.raw : cell;
      const o = reported.observation;
      const r = reportById.get(o.report);
      const divided = panel.perCapita?.divided === true;
      rows.push({
        ...base,
        value: o.value,
        valueMax: o.valueMax ?? null,
        qualifier: o.qualifier,
        display: formatFigure(o, m, lang) + (o.derived ? '*' : '') + caveatMark(o.caveats),
        period: o.period,
        derived: o.derived?.formula ?? '',
        caveats: caveatsText(o.caveats, lang, labels.caveatKind),
        quote: o.quote,
        reportTitle: r?.title ?? '',
        reportId: o.report,
        source: r?.source ?? '',
        observationId: o.id,
        ...(divided ? perCapitaCells(reported.perCapita ?? null, m, lang, labels) : {}),
      });
    });
  });
  return rows;
}
