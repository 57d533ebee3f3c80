/**
 * Entities → the dataset document: jurisdictions, reports and metrics in the order of their first row, one
 * observation per row, and the dataset around them. Each list remembers the entities (rows) its items came from,
 * so that a problem the schema finds at an index can be reported at its row.
 */
import type { Entities, Entity, ObsRow } from './entities';
import { str } from './entities';
import type { CsvIssues } from './issues';
import { NumberCells, quietInt } from './numbers';
import { observationList, quoteOnlyTexts, type QuoteOnlyTexts } from './observations';
import { bilingual, dropUndefined, optBilingual } from './shape';
import { figuresOnly } from '../../model/figures-only';
import { catalogueKind } from '../../model/indicator-ids';

/** Per array of the document, the entity or row of each item. */
export type Sources = Record<string, Entity[] | ObsRow[]>;

export interface Assembled {
  doc: Record<string, unknown>;
  sources: Sources;
  /** the cells whose bad number was reported already */
  bad: Set<string>;
}

/** Builds the document; bad numbers and quotes that are not in their report's text are reported on the way. */
export function assembleDocument(e: Entities, file: string, issues: CsvIssues): Assembled {
  const numbers = new NumberCells(issues);
  const jurisdictionSources: Entity[] = [];
  const reportSources: Entity[] = [];
  const metricSources: Entity[] = [];
  const sources: Sources = {
    jurisdictions: jurisdictionSources,
    reports: reportSources,
    metrics: metricSources,
    observations: e.observations,
  };
  const jurisdictions = jurisdictionList(e.jurisdictions, jurisdictionSources, numbers);
  const quoteOnly = quoteOnlyTexts(e.observations, e.reports);
  const reports = reportList(e, file, numbers, quoteOnly, reportSources);
  const metrics = metricList(e.metrics, metricSources);
  const observations = observationList(e.observations, { reports: e.reports, quoteOnly, numbers, issues });
  const { dataset } = e;
  const doc = dropUndefined(
    figuresOnly(
      {
        id: str(dataset, 'dataset_id'),
        title: {
          zh: str(dataset, 'dataset_title_zh') ?? str(dataset, 'dataset_id'),
          en: str(dataset, 'dataset_title_en') ?? str(dataset, 'dataset_id'),
        },
        description: optBilingual(str(dataset, 'dataset_description_zh'), str(dataset, 'dataset_description_en')),
      },
      { jurisdictions, reports, metrics, observations },
    ),
  );
  return { doc, sources, bad: numbers.bad };
}

/** The population columns: the figure and its year as whole numbers (a bad one is reported at its cell), the source in both languages. */
function populationOf(e: Entity, numbers: NumberCells) {
  const cell = (col: 'jurisdiction_population' | 'jurisdiction_population_year') => {
    const c = e.fields.get(col);
    return c ? numbers.read(c.value, c.row, col, true) : undefined;
  };
  const value = cell('jurisdiction_population');
  const year = cell('jurisdiction_population_year');
  const source = str(e, 'jurisdiction_population_source');
  if (value === undefined && year === undefined && source === undefined) return undefined;
  return dropUndefined({ value, year, source: source === undefined ? undefined : { zh: source, en: source } });
}

function jurisdictionList(jurs: Map<string, Entity>, sources: Entity[], numbers: NumberCells) {
  return [...jurs].map(([id, e]) => {
    sources.push(e);
    const name = bilingual(str(e, 'jurisdiction_name_zh'), str(e, 'jurisdiction_name_en'));
    return dropUndefined({
      id,
      name,
      short: { zh: str(e, 'jurisdiction_short_zh') ?? name.zh, en: str(e, 'jurisdiction_short_en') ?? name.en },
      level: str(e, 'jurisdiction_level'),
      province: bilingual(str(e, 'jurisdiction_province_zh'), str(e, 'jurisdiction_province_en')),
      parent: str(e, 'jurisdiction_parent'),
      code: str(e, 'jurisdiction_code'),
      population: populationOf(e, numbers),
    });
  });
}

/**
 * Reports. Without report_period the period is the first one of the report's rows; without report_text (the
 * quote-only form) the text is the report's distinct quotes joined by "\n".
 */
function reportList(e: Entities, file: string, numbers: NumberCells, quoteOnly: QuoteOnlyTexts, sources: Entity[]) {
  const firstPeriod = firstPeriods(e.observations);
  return [...e.reports].map(([id, r]) => {
    sources.push(r);
    const periodCell = r.fields.get('report_period');
    const period = periodCell
      ? numbers.read(periodCell.value, periodCell.row, 'report_period', true)
      : quietInt(firstPeriod.get(id));
    const jur = str(r, 'jurisdiction_id');
    const jurEntity = jur === undefined ? undefined : e.jurisdictions.get(jur);
    const jurName = jurEntity === undefined ? undefined : str(jurEntity, 'jurisdiction_name_zh');
    const quotes = quoteOnly.get(id);
    return dropUndefined({
      id,
      jurisdiction: jur,
      period,
      title: str(r, 'report_title') ?? `${jurName ?? jur ?? id} ${period !== undefined && Number.isFinite(period) ? period : ''}`.trim(),
      published: str(r, 'report_published'),
      publisher: str(r, 'report_publisher'),
      source: str(r, 'report_source') ?? (file.slice(0, 300) || 'csv'),
      script: str(r, 'report_script') ?? 'simplified',
      text: str(r, 'report_text') ?? (quotes ? [...quotes.keys()].join('\n') : undefined),
    });
  });
}

/** Report id → the period of its first row that gives one. */
function firstPeriods(obs: readonly ObsRow[]): Map<string, string> {
  const firstPeriod = new Map<string, string>();
  for (const o of obs) {
    const rid = o.cells.get('report_id')!;
    const p = o.cells.get('period');
    if (p !== undefined && !firstPeriod.has(rid)) firstPeriod.set(rid, p);
  }
  return firstPeriod;
}

function metricList(metrics: Map<string, Entity>, sources: Entity[]) {
  return [...metrics].map(([id, e]) => {
    sources.push(e);
    return dropUndefined({
      id,
      category: str(e, 'metric_category'),
      name: bilingual(str(e, 'metric_name_zh'), str(e, 'metric_name_en')),
      unit: bilingual(str(e, 'metric_unit_zh'), str(e, 'metric_unit_en')),
      kind: str(e, 'metric_kind'),
      better: str(e, 'metric_better'),
      description: optBilingual(str(e, 'metric_description_zh'), str(e, 'metric_description_en')),
      specific: specificCell(str(e, 'metric_specific'), id),
    });
  });
}

const YES = new Set(['true', '1', 'yes', '是']);
const NO = new Set(['false', '0', 'no', '否']);

/**
 * `metric_specific`: yes/no, or empty for "as the catalogue says" (a metric id that is not an indicator of the
 * catalogue is report-specific). Anything else is kept for the validator to name.
 */
function specificCell(cell: string | undefined, id: string): unknown {
  const v = cell?.trim().toLowerCase() ?? '';
  if (YES.has(v)) return true;
  if (NO.has(v)) return undefined;
  if (v === '') return catalogueKind(id) ? undefined : true;
  return cell;
}
