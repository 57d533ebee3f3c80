/**
 * The CSV columns, defined once: for each part of the dataset document, its fields and the column each is read
 * from. The list of known columns, the columns each entity repeats on its rows and the column a schema problem
 * is reported at all come from this one table.
 */

/** Per array of the document ('' is the dataset itself): JSON path after the index → column. */
const TABLE = {
  '': {
    id: 'dataset_id',
    'title.zh': 'dataset_title_zh',
    'title.en': 'dataset_title_en',
    'description.zh': 'dataset_description_zh',
    'description.en': 'dataset_description_en',
  },
  jurisdictions: {
    id: 'jurisdiction_id',
    'name.zh': 'jurisdiction_name_zh',
    'name.en': 'jurisdiction_name_en',
    'short.zh': 'jurisdiction_short_zh',
    'short.en': 'jurisdiction_short_en',
    level: 'jurisdiction_level',
    'province.zh': 'jurisdiction_province_zh',
    'province.en': 'jurisdiction_province_en',
    parent: 'jurisdiction_parent',
    code: 'jurisdiction_code',
    'population.value': 'jurisdiction_population',
    'population.year': 'jurisdiction_population_year',
    'population.source.zh': 'jurisdiction_population_source',
    'population.source.en': 'jurisdiction_population_source',
    // a problem with the whole population, or its whole source
    population: 'jurisdiction_population',
    'population.source': 'jurisdiction_population_source',
  },
  reports: {
    id: 'report_id',
    jurisdiction: 'jurisdiction_id',
    period: 'report_period',
    title: 'report_title',
    source: 'report_source',
    published: 'report_published',
    publisher: 'report_publisher',
    script: 'report_script',
    text: 'report_text',
  },
  metrics: {
    id: 'metric_id',
    category: 'metric_category',
    'name.zh': 'metric_name_zh',
    'name.en': 'metric_name_en',
    'unit.zh': 'metric_unit_zh',
    'unit.en': 'metric_unit_en',
    kind: 'metric_kind',
    better: 'metric_better',
    'description.zh': 'metric_description_zh',
    'description.en': 'metric_description_en',
    specific: 'metric_specific',
  },
  observations: {
    id: 'observation_id',
    report: 'report_id',
    metric: 'metric_id',
    period: 'period',
    value: 'value',
    qualifier: 'qualifier',
    valueMax: 'value_max',
    quote: 'quote',
    offset: 'offset',
    figure: 'figure',
    'note.zh': 'note_zh',
    'note.en': 'note_en',
  },
} as const;

type Table = typeof TABLE;
export type CsvColumn = { [Part in keyof Table]: Table[Part][keyof Table[Part]] }[keyof Table];

/** Where a field of the assembled document comes from, per array (JSON path after the index → column). */
export const FIELD_COLUMN: Record<string, Record<string, CsvColumn>> = TABLE;

/**
 * Every column, each once, in the table's order (the documented one): a report names its jurisdiction and an
 * observation its report and metric by columns that came earlier.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [...new Set(Object.values(FIELD_COLUMN).flatMap((f) => Object.values(f)))];

export const REQUIRED_COLUMNS: readonly CsvColumn[] = [
  'dataset_id',
  'jurisdiction_id',
  'jurisdiction_name_zh',
  'jurisdiction_name_en',
  'jurisdiction_level',
  'jurisdiction_province_zh',
  'jurisdiction_province_en',
  'report_id',
  'metric_id',
  'metric_category',
  'metric_name_zh',
  'metric_name_en',
  'metric_unit_zh',
  'metric_unit_en',
  'metric_kind',
  'metric_better',
  'period',
  'value',
  'quote',
];

/** Cells kept verbatim (quotes must stand in the text exactly); every other cell is trimmed. */
export const VERBATIM = new Set<CsvColumn>(['quote', 'report_text', 'figure']);

/** The columns an entity repeats on each of its rows: all but its id, which is the key the rows share. */
const ownColumns = (fields: Record<string, CsvColumn>): CsvColumn[] => [
  ...new Set(
    Object.entries(fields)
      .filter(([field]) => field !== 'id')
      .map(([, column]) => column),
  ),
];

/** The dataset has no key column: every row repeats all of its columns, the id included. */
export const DATASET_COLUMNS: readonly CsvColumn[] = Object.values(TABLE['']);
export const JURISDICTION_COLUMNS: readonly CsvColumn[] = ownColumns(TABLE.jurisdictions);
export const REPORT_COLUMNS: readonly CsvColumn[] = ownColumns(TABLE.reports);
export const METRIC_COLUMNS: readonly CsvColumn[] = ownColumns(TABLE.metrics);
