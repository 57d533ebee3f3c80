/**
 * The CSV import layout (docs/csv-format.md): one row per observation; the dataset, jurisdiction, report and
 * metric columns repeat on every row (first non-empty value wins, a different one later is an error).
 * Pure: text in, a validated dataset or every problem (file, row, column) out. Never throws.
 *
 * The steps, one file each: read (syntax, header, cells) → entities (rows grouped by id) → document (with
 * observations and numbers) → validate, then locate (each problem at its row and column).
 */
import type { ImportIssue } from '../parse-dataset';
import { MAX_ISSUES, validateDataset, type DatasetIssue, type Result, type ValidateOptions } from '../validate';
import type { Dataset } from '../../model/schema';
import { assembleDocument } from './document';
import { collectEntities } from './entities';
import { CsvIssues } from './issues';
import { csvResult, csvWarnings } from './locate';
import { readHeader, readRecords } from './read';

export { CSV_COLUMNS, REQUIRED_COLUMNS, type CsvColumn } from './columns';

export interface CsvParseOptions {
  maxIssues?: number;
  /** characters parsed so far, of the whole text */
  onProgress?: (done: number, total: number) => void;
  /** the gazetteer, to check the places (as for a JSON file) */
  places?: ValidateOptions['places'];
  /** receives the warnings (names cleaned, look-alike scripts), each at its row and column */
  warnings?: ImportIssue[];
}

const emptyFile = (file: string): Result<Dataset, ImportIssue[]> => ({
  ok: false,
  errors: [{ file, path: [], code: 'empty_file', message: 'the file is empty' }],
});

/** Parses and validates a CSV file of the documented layout into a dataset. */
export function parseCsvDataset(input: string, file: string, opts: CsvParseOptions = {}): Result<Dataset, ImportIssue[]> {
  const maxIssues = opts.maxIssues ?? MAX_ISSUES;
  const issues = new CsvIssues(file, maxIssues);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return emptyFile(file);

  const records = readRecords(text, issues, opts.onProgress);
  if (issues.list.length) return { ok: false, errors: issues.list };
  const header = records.shift();
  if (!header) return emptyFile(file);
  const colIndex = readHeader(header, issues);
  if (issues.list.length) return { ok: false, errors: issues.list };
  if (records.length === 0)
    return { ok: false, errors: [{ file, path: [], code: 'no_rows', message: 'the file has a header but no rows', params: { row: 2 } }] };

  const entities = collectEntities(records, header.cells.length, colIndex, issues);
  const assembled = assembleDocument(entities, file, issues);
  // the same schema and rules as a JSON file; a question about a place names its row
  const places = opts.places;
  const link = places?.link;
  const withRows: ValidateOptions['places'] =
    places && link
      ? {
          ...places,
          link: {
            ...link,
            onLinked: (r) =>
              link.onLinked(
                r.kind === 'questions'
                  ? { ...r, questions: r.questions.map((q) => ({ ...q, row: assembled.sources.jurisdictions?.[q.index]?.row ?? 0 })) }
                  : r,
              ),
          },
        }
      : places;
  const warnings: DatasetIssue[] = [];
  const result = validateDataset(assembled.doc, maxIssues, withRows ? { places: withRows, warnings } : { warnings });
  opts.warnings?.push(...csvWarnings(warnings, assembled, entities.dataset, file));
  return csvResult(result, assembled, entities.dataset, issues);
}
