/**
 * The CSV import layout (docs/csv-format.md): one row per observation; the dataset, jurisdiction, report and
 * metric columns repeat on every row (first non-empty value wins, a different one later is an error).
 * Pure: text in, a validated dataset or every problem (file, row, column) out. Never throws.
 */
import Papa from 'papaparse';
import type { ImportIssue } from './parse-dataset';
import { MAX_ISSUES, validateDataset, type DatasetIssue, type Result } from './validate';
import type { Dataset } from '../model/schema';

export const CSV_COLUMNS = [
  'dataset_id',
  'dataset_title_zh',
  'dataset_title_en',
  'dataset_description_zh',
  'dataset_description_en',
  'jurisdiction_id',
  'jurisdiction_name_zh',
  'jurisdiction_name_en',
  'jurisdiction_short_zh',
  'jurisdiction_short_en',
  'jurisdiction_level',
  'jurisdiction_province_zh',
  'jurisdiction_province_en',
  'jurisdiction_parent',
  'report_id',
  'report_period',
  'report_title',
  'report_source',
  'report_published',
  'report_publisher',
  'report_script',
  'report_text',
  'metric_id',
  'metric_category',
  'metric_name_zh',
  'metric_name_en',
  'metric_unit_zh',
  'metric_unit_en',
  'metric_kind',
  'metric_better',
  'metric_description_zh',
  'metric_description_en',
  'observation_id',
  'period',
  'value',
  'qualifier',
  'value_max',
  'quote',
  'offset',
  'figure',
  'note_zh',
  'note_en',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

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
const VERBATIM = new Set<CsvColumn>(['quote', 'report_text', 'figure']);

const DATASET_COLS: readonly CsvColumn[] = [
  'dataset_id',
  'dataset_title_zh',
  'dataset_title_en',
  'dataset_description_zh',
  'dataset_description_en',
];
const JUR_COLS: readonly CsvColumn[] = [
  'jurisdiction_name_zh',
  'jurisdiction_name_en',
  'jurisdiction_short_zh',
  'jurisdiction_short_en',
  'jurisdiction_level',
  'jurisdiction_province_zh',
  'jurisdiction_province_en',
  'jurisdiction_parent',
];
const REPORT_COLS: readonly CsvColumn[] = [
  'jurisdiction_id',
  'report_period',
  'report_title',
  'report_source',
  'report_published',
  'report_publisher',
  'report_script',
  'report_text',
];
const METRIC_COLS: readonly CsvColumn[] = [
  'metric_category',
  'metric_name_zh',
  'metric_name_en',
  'metric_unit_zh',
  'metric_unit_en',
  'metric_kind',
  'metric_better',
  'metric_description_zh',
  'metric_description_en',
];

/** Where a field of the assembled document comes from, per array (JSON path after the index → column). */
const FIELD_COLUMN: Record<string, Record<string, CsvColumn>> = {
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
};

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d{1,15}$/;

interface Cell {
  value: string;
  row: number;
}
/** One entity (dataset, jurisdiction, report, metric): its defining row and the first value of each column. */
interface Entity {
  row: number;
  fields: Map<CsvColumn, Cell>;
}
interface ObsRow {
  row: number;
  cells: Map<CsvColumn, string>;
}

export interface CsvParseOptions {
  maxIssues?: number;
  /** characters parsed so far, of the whole text */
  onProgress?: (done: number, total: number) => void;
}

/** Parses and validates a CSV file of the documented layout into a dataset. */
export function parseCsvDataset(input: string, file: string, opts: CsvParseOptions = {}): Result<Dataset, ImportIssue[]> {
  const maxIssues = opts.maxIssues ?? MAX_ISSUES;
  const issues: ImportIssue[] = [];
  const full = () => issues.length >= maxIssues;
  const push = (code: string, message: string, params: Record<string, string | number> = {}) => {
    if (!full()) issues.push({ file, path: [], code, message, params });
  };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, errors: [{ file, path: [], code: 'empty_file', message: 'the file is empty' }] };

  // 1. CSV syntax: a fixed delimiter (no guessing: a guessed delimiter can split a text cell that contains commas); every record keeps its spreadsheet row number.
  const records: { row: number; cells: string[] }[] = [];
  let recordNo = 0;
  let lastReport = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (res) => {
      recordNo++;
      for (const e of res.errors)
        push('csv_syntax', `CSV syntax: ${e.message}`, { row: recordNo, detail: e.message });
      const cells = res.data;
      if (cells.length === 1 && (cells[0] ?? '').trim() === '') return; // blank line
      records.push({ row: recordNo, cells });
      const cursor = res.meta.cursor;
      if (opts.onProgress && cursor - lastReport > 1 << 20) {
        lastReport = cursor;
        opts.onProgress(cursor, text.length);
      }
    },
  });
  opts.onProgress?.(text.length, text.length);
  if (issues.length) return { ok: false, errors: issues };

  // 2. Header.
  const header = records.shift();
  if (!header) return { ok: false, errors: [{ file, path: [], code: 'empty_file', message: 'the file is empty' }] };
  const colIndex = new Map<CsvColumn, number>();
  const known = new Set<string>(CSV_COLUMNS);
  header.cells.forEach((raw, i) => {
    const name = raw.replace(/^\uFEFF/, '').trim().toLowerCase();
    if (!known.has(name)) {
      push('unknown_column', `unknown column "${name.slice(0, 80)}"`, { row: header.row, column: name.slice(0, 80) });
      return;
    }
    const col = name as CsvColumn;
    if (colIndex.has(col)) push('duplicate_column', `column "${col}" appears twice`, { row: header.row, column: col });
    else colIndex.set(col, i);
  });
  for (const col of REQUIRED_COLUMNS)
    if (!colIndex.has(col)) push('missing_column', `required column "${col}" is missing`, { row: header.row, column: col });
  if (issues.length) return { ok: false, errors: issues };
  if (records.length === 0)
    return { ok: false, errors: [{ file, path: [], code: 'no_rows', message: 'the file has a header but no rows', params: { row: 2 } }] };

  // 3. Rows → entities (first value wins; a different value later is a conflict).
  const width = header.cells.length;
  const cellOf = (cells: string[], col: CsvColumn): string | undefined => {
    const i = colIndex.get(col);
    if (i === undefined) return undefined;
    const raw = cells[i] ?? '';
    const v = VERBATIM.has(col) ? raw : raw.trim();
    return v.trim() === '' ? undefined : v;
  };
  const dataset: Entity = { row: records[0]!.row, fields: new Map() };
  const jurs = new Map<string, Entity>();
  const reports = new Map<string, Entity>();
  const metrics = new Map<string, Entity>();
  const obs: ObsRow[] = [];
  const record = (entity: Entity, cells: string[], row: number, cols: readonly CsvColumn[]) => {
    for (const col of cols) {
      const v = cellOf(cells, col);
      if (v === undefined) continue;
      const prev = entity.fields.get(col);
      if (!prev) entity.fields.set(col, { value: v, row });
      else if (prev.value !== v)
        push('conflicting_value', `"${col}" differs from row ${prev.row}`, { row, column: col, firstRow: prev.row });
    }
  };
  const entity = (map: Map<string, Entity>, id: string, row: number) => {
    let e = map.get(id);
    if (!e) map.set(id, (e = { row, fields: new Map() }));
    return e;
  };
  for (const { row, cells } of records) {
    if (full()) break;
    if (cells.length !== width) {
      push('field_count', `row has ${cells.length} fields, the header ${width}`, { row, expected: width, found: cells.length });
      continue;
    }
    record(dataset, cells, row, DATASET_COLS);
    const jid = cellOf(cells, 'jurisdiction_id');
    const rid = cellOf(cells, 'report_id');
    const mid = cellOf(cells, 'metric_id');
    let missing = false;
    for (const [col, v] of [['jurisdiction_id', jid], ['report_id', rid], ['metric_id', mid]] as const)
      if (v === undefined) {
        push('required', `"${col}" is empty`, { row, column: col });
        missing = true;
      }
    if (missing || jid === undefined || rid === undefined || mid === undefined) continue;
    record(entity(jurs, jid, row), cells, row, JUR_COLS);
    record(entity(reports, rid, row), cells, row, REPORT_COLS);
    record(entity(metrics, mid, row), cells, row, METRIC_COLS);
    const m = new Map<CsvColumn, string>();
    for (const col of colIndex.keys()) {
      const v = cellOf(cells, col);
      if (v !== undefined) m.set(col, v);
    }
    obs.push({ row, cells: m });
  }
  if (dataset.fields.get('dataset_id') === undefined)
    push('required', '"dataset_id" is empty on every row', { row: dataset.row, column: 'dataset_id' });

  // 4. Numbers. A bad cell is reported once and replaced by a placeholder, so the rules beyond the schema still
  //    run on the rest of the file (the result is an error either way); issues about the cell are dropped.
  const bad = new Set<string>();
  const PLACEHOLDER: Partial<Record<CsvColumn, number>> = { period: 2000, report_period: 2000 };
  const num = (v: string | undefined, row: number, col: CsvColumn, integer: boolean): number | undefined => {
    if (v === undefined) return undefined;
    const ok = (integer ? INTEGER : DECIMAL).test(v);
    const n = ok ? Number(v) : Number.NaN;
    if (!Number.isFinite(n)) {
      bad.add(`${row}:${col}`);
      push('invalid_number', `"${v.slice(0, 40)}" is not a ${integer ? 'whole ' : ''}number`, {
        row,
        column: col,
        detail: v.slice(0, 40),
      });
      if (col === 'offset') bad.add(`${row}:quote`);
      return PLACEHOLDER[col] ?? 0;
    }
    return n;
  };
  const str = (e: Entity, col: CsvColumn) => e.fields.get(col)?.value;
  const bilingual = (zh: string | undefined, en: string | undefined) => ({ zh, en });
  const optBilingual = (zh: string | undefined, en: string | undefined) =>
    zh === undefined && en === undefined ? undefined : { zh, en };

  // 5. Assemble the document, keeping where each item came from.
  const sources: Record<string, Entity[] | ObsRow[]> = { jurisdictions: [], reports: [], metrics: [], observations: obs };
  const jurisdictions = [...jurs].map(([id, e]) => {
    (sources.jurisdictions as Entity[]).push(e);
    const name = bilingual(str(e, 'jurisdiction_name_zh'), str(e, 'jurisdiction_name_en'));
    return dropUndefined({
      id,
      name,
      short: { zh: str(e, 'jurisdiction_short_zh') ?? name.zh, en: str(e, 'jurisdiction_short_en') ?? name.en },
      level: str(e, 'jurisdiction_level'),
      province: bilingual(str(e, 'jurisdiction_province_zh'), str(e, 'jurisdiction_province_en')),
      parent: str(e, 'jurisdiction_parent'),
    });
  });
  // Report text: given in report_text, or (quote-only form) the report's distinct quotes joined by "\n".
  const quoteOnly = new Map<string, Map<string, number>>();
  const textLength = new Map<string, number>();
  for (const o of obs) {
    const rid = o.cells.get('report_id')!;
    const r = reports.get(rid)!;
    if (str(r, 'report_text') !== undefined) continue;
    let quotes = quoteOnly.get(rid);
    if (!quotes) quoteOnly.set(rid, (quotes = new Map()));
    const q = o.cells.get('quote');
    if (q === undefined || quotes.has(q)) continue;
    const at = textLength.get(rid) ?? 0;
    quotes.set(q, at);
    textLength.set(rid, at + q.length + 1);
  }
  const firstPeriod = new Map<string, string>();
  for (const o of obs) {
    const rid = o.cells.get('report_id')!;
    const p = o.cells.get('period');
    if (p !== undefined && !firstPeriod.has(rid)) firstPeriod.set(rid, p);
  }
  const reportList = [...reports].map(([id, e]) => {
    (sources.reports as Entity[]).push(e);
    const periodCell = e.fields.get('report_period');
    const period = periodCell
      ? num(periodCell.value, periodCell.row, 'report_period', true)
      : quietInt(firstPeriod.get(id));
    const jur = str(e, 'jurisdiction_id');
    const jurName = jur === undefined ? undefined : str(jurs.get(jur) ?? { row: 0, fields: new Map() }, 'jurisdiction_name_zh');
    const quotes = quoteOnly.get(id);
    return dropUndefined({
      id,
      jurisdiction: jur,
      period,
      title: str(e, 'report_title') ?? `${jurName ?? jur ?? id} ${period !== undefined && Number.isFinite(period) ? period : ''}`.trim(),
      published: str(e, 'report_published'),
      publisher: str(e, 'report_publisher'),
      source: str(e, 'report_source') ?? (file.slice(0, 300) || 'csv'),
      script: str(e, 'report_script') ?? 'simplified',
      text: str(e, 'report_text') ?? (quotes ? [...quotes.keys()].join('\n') : undefined),
    });
  });
  const metricList = [...metrics].map(([id, e]) => {
    (sources.metrics as Entity[]).push(e);
    return dropUndefined({
      id,
      category: str(e, 'metric_category'),
      name: bilingual(str(e, 'metric_name_zh'), str(e, 'metric_name_en')),
      unit: bilingual(str(e, 'metric_unit_zh'), str(e, 'metric_unit_en')),
      kind: str(e, 'metric_kind'),
      better: str(e, 'metric_better'),
      description: optBilingual(str(e, 'metric_description_zh'), str(e, 'metric_description_en')),
    });
  });
  const observations = obs.map(({ row, cells }) => {
    const rid = cells.get('report_id')!;
    const quote = cells.get('quote');
    const r = reports.get(rid)!;
    const reportText = str(r, 'report_text');
    const offsetCell = cells.get('offset');
    let offset: number | undefined;
    if (reportText === undefined) {
      if (offsetCell !== undefined)
        push('offset_without_text', '"offset" needs "report_text"; leave it empty in the quote-only form', {
          row,
          column: 'offset',
        });
      if (quote !== undefined) offset = quoteOnly.get(rid)?.get(quote);
    } else if (offsetCell !== undefined) offset = num(offsetCell, row, 'offset', true);
    else if (quote !== undefined) {
      const at = reportText.indexOf(quote);
      if (at < 0) {
        bad.add(`${row}:quote`);
        push('quote_not_in_text', `the quote does not stand in the text of report "${rid.slice(0, 80)}"`, {
          row,
          column: 'quote',
          report: rid.slice(0, 80),
        });
      } else offset = at;
    }
    return dropUndefined({
      id: cells.get('observation_id') ?? `row-${row}`,
      report: rid,
      metric: cells.get('metric_id'),
      period: num(cells.get('period'), row, 'period', true),
      value: num(cells.get('value'), row, 'value', false),
      qualifier: cells.get('qualifier') ?? 'exact',
      valueMax: num(cells.get('value_max'), row, 'value_max', false),
      quote,
      offset: offset ?? (bad.has(`${row}:quote`) ? 0 : undefined),
      figure: cells.get('figure'),
      note: optBilingual(cells.get('note_zh'), cells.get('note_en')),
    });
  });
  const doc = dropUndefined({
    format: 'rol-compare/dataset',
    version: 1,
    id: str(dataset, 'dataset_id'),
    title: {
      zh: str(dataset, 'dataset_title_zh') ?? str(dataset, 'dataset_id'),
      en: str(dataset, 'dataset_title_en') ?? str(dataset, 'dataset_id'),
    },
    description: optBilingual(str(dataset, 'dataset_description_zh'), str(dataset, 'dataset_description_en')),
    jurisdictions,
    reports: reportList,
    metrics: metricList,
    observations,
    practices: [],
    mentions: [],
  });

  // 6. The same schema and rules as a JSON file; each problem is located at its row and column.
  const result = validateDataset(doc, maxIssues);
  if (result.ok && issues.length === 0) return result;
  if (!result.ok)
    for (const i of result.errors) {
      const at = locate(i.path, dataset, sources);
      if (at && bad.has(`${at.row}:${at.column}`)) continue;
      if (full()) break;
      issues.push(toCsvIssue(i, file, at, sources));
    }
  // file order: by row (problems without a row first); the sort is stable
  issues.sort((a, b) => Number(a.params?.row ?? 0) - Number(b.params?.row ?? 0));
  return { ok: false, errors: issues };
}

function locate(
  path: readonly (string | number)[],
  dataset: Entity,
  sources: Record<string, Entity[] | ObsRow[]>,
): { row: number; column: CsvColumn | undefined } | null {
  const [head, index, ...rest] = path;
  if (typeof head === 'string' && typeof index === 'number' && sources[head]) {
    const src = sources[head]![index];
    if (!src) return null;
    const field = rest.filter((p) => typeof p === 'string').join('.');
    let column = FIELD_COLUMN[head]?.[field];
    // quote-only reports get their text from the quote column
    if (head === 'reports' && column === 'report_text' && !(src as Entity).fields?.has('report_text')) column = 'quote';
    if (head === 'reports' && column === 'report_period' && !(src as Entity).fields?.has('report_period')) column = 'period';
    return { row: src.row, column };
  }
  const field = path.filter((p) => typeof p === 'string').join('.');
  return { row: dataset.row, column: FIELD_COLUMN['']![field] };
}

function toCsvIssue(
  i: DatasetIssue,
  file: string,
  at: { row: number; column: CsvColumn | undefined } | null,
  sources: Record<string, Entity[] | ObsRow[]>,
): ImportIssue {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(i.params ?? {})) if (k !== 'first') params[k] = v;
  if (i.code === 'duplicate_id' && typeof i.params?.first === 'number' && typeof i.path[0] === 'string') {
    const first = sources[i.path[0]]?.[i.params.first];
    if (first) params.firstRow = first.row;
  }
  if (at) {
    params.row = at.row;
    if (at.column) params.column = at.column;
  }
  return { file, path: i.path, code: i.code, message: i.message, params };
}

const quietInt = (v: string | undefined): number | undefined =>
  v === undefined ? undefined : INTEGER.test(v) ? Number(v) : Number.NaN;

/** Removes keys whose value is undefined, so optional fields are absent rather than undefined. */
function dropUndefined<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
