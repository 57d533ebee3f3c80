/**
 * A dataset as an Arrow IPC file (the layout: ./layout.ts, docs/dataset-format.md). Repeating texts (report,
 * metric, qualifier) are dictionary-encoded. Used by `npm run generate -- --format arrow`, `npm run convert` and
 * the tests; the app only reads such files (./read.ts).
 */
import {
  Dictionary,
  Float64,
  Int32,
  Int8,
  Table,
  Utf8,
  tableToIPC,
  vectorFromArray,
  type DataType,
  type Vector,
} from 'apache-arrow';
import type { Dataset, Observation } from '../../model/schema';
import { ARROW_COLUMNS, ARROW_METADATA_KEY } from './layout';

const typeOf = (name: string): DataType => {
  switch (name) {
    case 'report':
    case 'metric':
      return new Dictionary(new Utf8(), new Int32());
    case 'qualifier':
      return new Dictionary(new Utf8(), new Int8());
    case 'period':
    case 'offset':
      return new Int32();
    case 'value':
    case 'valueMax':
      return new Float64();
    default:
      return new Utf8();
  }
};

/** The dataset without its observations: the schema metadata's JSON. */
export function arrowHead(ds: Dataset): Record<string, unknown> {
  const { observations: _observations, ...head } = ds;
  return head;
}

/**
 * Writes the observations as columns and the rest as metadata, in the IPC file format. `cells` may replace a
 * column's values (tests write bad files with it: another type, a missing column, an extra one).
 */
export function datasetToArrow(
  ds: Dataset,
  opts: { head?: Record<string, unknown>; columns?: Record<string, Vector | null> } = {},
): Uint8Array {
  const obs = ds.observations;
  const vectors: Record<string, Vector> = {};
  for (const c of ARROW_COLUMNS) {
    const key = c.name as keyof Observation;
    const values = obs.map((o) => {
      const v = o[key];
      if (v === undefined) return null;
      return c.json ? JSON.stringify(v) : v;
    });
    vectors[c.name] = vectorFromArray(values as never[], typeOf(c.name));
  }
  for (const [name, v] of Object.entries(opts.columns ?? {})) {
    if (v === null) delete vectors[name];
    else vectors[name] = v;
  }
  const table = new Table(vectors);
  table.schema.metadata.set(ARROW_METADATA_KEY, JSON.stringify(opts.head ?? arrowHead(ds)));
  return tableToIPC(table, 'file');
}
