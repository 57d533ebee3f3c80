/**
 * The Arrow layout of a dataset (docs/dataset-format.md, "Arrow IPC"): one table of observations, one row each,
 * with the JSON format's observation fields as columns; everything else of the dataset — format, version, id, title,
 * jurisdictions, reports (the sources, with their text), metrics, practices, mentions — is the JSON document without
 * its `observations`, in the schema's metadata under `rol-compare/dataset`.
 */

/** The schema-metadata key that holds the rest of the dataset as JSON. */
export const ARROW_METADATA_KEY = 'rol-compare/dataset';

/** What a column's values must be: text, a whole number, or a number. */
export type ArrowColumnKind = 'string' | 'integer' | 'number';

export interface ArrowColumn {
  /** the observation field it holds (the column's name) */
  name: string;
  kind: ArrowColumnKind;
  /** may hold nulls (an absent field); a required column holds none */
  optional: boolean;
  /** the cell is the field's JSON text (an object or an array), parsed */
  json?: true;
}

export const ARROW_COLUMNS: readonly ArrowColumn[] = [
  { name: 'id', kind: 'string', optional: false },
  { name: 'report', kind: 'string', optional: false },
  { name: 'metric', kind: 'string', optional: false },
  { name: 'period', kind: 'integer', optional: false },
  { name: 'value', kind: 'number', optional: false },
  { name: 'qualifier', kind: 'string', optional: false },
  { name: 'valueMax', kind: 'number', optional: true },
  { name: 'quote', kind: 'string', optional: false },
  { name: 'offset', kind: 'integer', optional: false },
  { name: 'figure', kind: 'string', optional: true },
  { name: 'derived', kind: 'string', optional: true, json: true },
  { name: 'note', kind: 'string', optional: true, json: true },
  { name: 'caveats', kind: 'string', optional: true, json: true },
];

export const ARROW_COLUMN = new Map(ARROW_COLUMNS.map((c) => [c.name, c]));
