/**
 * The Arrow IPC layout (docs/dataset-format.md): a file written by datasetToArrow reads back as the same dataset,
 * and bad files are refused with the same validation and messages as JSON, each observation's problem at its row
 * (counted from 1) and column, the file named.
 */
import { describe, expect, it } from 'vitest';
import { Float64, Int32, Utf8, tableFromArrays, tableFromIPC, tableToIPC, vectorFromArray } from 'apache-arrow';
import { datasetToArrow } from '../../../src/formats/arrow-dataset/write';
import { parseArrowDataset } from '../../../src/formats/arrow-dataset/read';
import { validateParsed } from '../../../src/formats/parse-dataset';
import { stringCells } from '../../../src/formats/arrow-dataset/columns';
import type { Dataset, Observation } from '../../../src/model/schema';
import { tinyDataset } from '../../fixtures/factory';

const FILE = 'national.arrow';

/** A dataset with every optional observation field somewhere: ranges, derived figures, notes, caveats, no figure. */
function richDataset(): Dataset {
  const ds = tinyDataset('rich', { jurisdictions: 4, periods: [2021, 2022] });
  const o = ds.observations;
  o[1] = { ...o[1]!, qualifier: 'range', value: o[1]!.value, valueMax: o[1]!.value + 50, note: { zh: '区间', en: 'a range' } };
  o[2] = { ...o[2]!, caveats: [{ kind: 'cumulative', since: 2018, note: { zh: '累计', en: 'cumulative' } }] };
  const { figure: _f, ...noFigure } = o[4]!;
  o[4] = { ...noFigure, derived: { formula: 'sum', inputs: [o[0]!.id, o[3]!.id] }, qualifier: 'approx' };
  return ds;
}

const sameObservations = (a: readonly Observation[], b: readonly Observation[]) =>
  // key order differs (the reader builds each row in one order); the contents must not
  expect(a.map((x) => JSON.parse(JSON.stringify(x, Object.keys(x).sort())))).toEqual(b.map((x) => JSON.parse(JSON.stringify(x, Object.keys(x).sort()))));

function codes(r: ReturnType<typeof parseArrowDataset>) {
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
}

describe('Arrow IPC datasets', () => {
  it('reads back what it wrote: the same dataset as the JSON file validates to, every optional field kept', () => {
    const ds = richDataset();
    const r = parseArrowDataset(datasetToArrow(ds), FILE);
    const j = validateParsed(JSON.parse(JSON.stringify(ds)), 'rich.json');
    expect(r.ok && j.ok).toBe(true);
    if (!r.ok || !j.ok) return;
    const { observations: a, ...headA } = r.value;
    const { observations: b, ...headB } = j.value;
    expect(headA).toEqual(headB);
    sameObservations(a, b);
    expect(a[1]).toMatchObject({ qualifier: 'range', valueMax: ds.observations[1]!.value + 50 });
    expect(a[4]!.figure).toBeUndefined();
    expect(a[4]!.derived).toEqual(ds.observations[4]!.derived);
  });

  it('reads the stream format too, and text with characters outside the BMP and empty cells in place', () => {
    const ds = richDataset();
    const r0 = ds.reports[0]!;
    r0.text = `𠀀𠀁${r0.text}`;
    for (const o of ds.observations) if (o.report === r0.id) o.offset += 4;
    const bytes = datasetToArrow(ds);
    const table = parseArrowDataset(bytes, FILE);
    expect(table.ok ? [] : table.errors).toEqual([]);
    // the same table as a stream
    const stream = tableToIPC(tableFromIPC(bytes), 'stream');
    const s = parseArrowDataset(stream, FILE);
    expect(s.ok).toBe(true);
    if (s.ok && table.ok) sameObservations(s.value.observations, table.value.observations);
  });

  it('decodes a text column cut inside a character cell by cell, as Arrow itself would', () => {
    // "汉" is E6 B1 89: cells "E6" | "B1 89" are each invalid alone (each bad byte a U+FFFD), though the bytes
    // join into valid UTF-8
    const v = vectorFromArray(['a', 'b'], new Utf8());
    const d = v.data[0]!;
    const bytes = new Uint8Array([0xe6, 0xb1, 0x89]);
    const offsets = new Int32Array([0, 1, 3]);
    const cut = d.clone(d.type, 0, 2, 0, [offsets, bytes, undefined, undefined] as never);
    const cells = stringCells({ data: [cut], length: 2 } as never);
    expect(cells).toEqual(['\uFFFD', '\uFFFD\uFFFD']);
  });

  it('a column of the wrong type: one problem naming the file and the column, nothing read', () => {
    const ds = tinyDataset('bad-type');
    const bytes = datasetToArrow(ds, { columns: { period: vectorFromArray(ds.observations.map((o) => String(o.period)), new Utf8()) } });
    const errors = codes(parseArrowDataset(bytes, FILE));
    expect(errors).toEqual([
      expect.objectContaining({ file: FILE, code: 'column_type', params: expect.objectContaining({ column: 'period', type: 'Utf8' }) }),
    ]);
  });

  it('a missing required column and an unknown one are named', () => {
    const ds = tinyDataset('missing');
    const bytes = datasetToArrow(ds, { columns: { quote: null, colour: vectorFromArray(ds.observations.map(() => 'red'), new Utf8()) } });
    const errors = codes(parseArrowDataset(bytes, FILE));
    expect(errors.map((e) => [e.file, e.code, e.params?.column])).toEqual([
      [FILE, 'unknown_column', 'colour'],
      [FILE, 'missing_column', 'quote'],
    ]);
  });

  it('a null in a required column is the missing field, at its row and column, worded as for JSON', () => {
    const ds = tinyDataset('nulls', { jurisdictions: 3 });
    const offsets = ds.observations.map((o, i) => (i === 2 ? null : o.offset));
    const bytes = datasetToArrow(ds, { columns: { offset: vectorFromArray(offsets, new Int32()) } });
    const errors = codes(parseArrowDataset(bytes, FILE));
    const json = JSON.parse(JSON.stringify(ds)) as Dataset;
    delete (json.observations[2] as Partial<Observation>).offset;
    const j = validateParsed(json, FILE);
    expect(j.ok).toBe(false);
    if (j.ok) return;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: FILE, code: j.errors[0]!.code, message: j.errors[0]!.message, path: ['observations', 2, 'offset'], params: { row: 3, column: 'offset' } });
  });

  it('bad rows: each problem names the file, the row and the field, with the JSON format’s message', () => {
    const ds = tinyDataset('rows', { jurisdictions: 10 });
    const o = ds.observations;
    o[0] = { ...o[0]!, id: 'bad id!' };
    o[3] = { ...o[3]!, quote: '不在文中的引文' };
    o[5] = { ...o[5]!, qualifier: 'roughly' as Observation['qualifier'] };
    o[6] = { ...o[6]!, period: 1800 };
    o[7] = { ...o[7]!, value: Number.POSITIVE_INFINITY };
    const bytes = datasetToArrow(ds);
    const errors = codes(parseArrowDataset(bytes, FILE));
    const j = validateParsed(JSON.parse(JSON.stringify(ds, (_k, v: unknown) => (v === Number.POSITIVE_INFINITY ? 'Infinity!' : v))) as Dataset, FILE);
    expect(j.ok).toBe(false);
    const at = errors.map((e) => [e.file, e.params?.row, e.params?.column, e.code]);
    expect(at).toEqual([
      [FILE, 1, 'id', 'invalid_format'],
      [FILE, 6, 'qualifier', 'invalid_value'],
      [FILE, 7, 'period', 'too_small'],
      [FILE, 8, 'value', 'invalid_type'],
    ]);
    // the same messages as the JSON file gives for the same rows (the value there is a string, so only 3 compare)
    if (!j.ok) for (const e of errors.slice(0, 3)) expect(j.errors.find((x) => x.path.join('.') === e.path.join('.'))?.message).toBe(e.message);
    // once the shapes are right, the rules: the quote that does not stand in its report's text (nor its figure in it)
    o[0] = { ...o[0]!, id: 'good.id' };
    o[5] = { ...o[5]!, qualifier: 'exact' };
    o[6] = { ...o[6]!, period: 2022 };
    o[7] = { ...o[7]!, value: 1 };
    const rules = codes(parseArrowDataset(datasetToArrow(ds), FILE));
    expect(rules.map((e) => [e.file, e.params?.row, e.params?.column, e.code])).toEqual([
      [FILE, 4, 'quote', 'quote_mismatch'],
      [FILE, 4, 'figure', 'figure_not_in_quote'],
    ]);
  });

  it('a JSON cell that is not JSON, or not of its field’s shape, is named at its row and column', () => {
    const ds = tinyDataset('cells', { jurisdictions: 6 });
    const notes = ds.observations.map((_o, i) => (i === 1 ? '{"zh":' : i === 4 ? '{"zh":"说明"}' : null));
    const errors = codes(parseArrowDataset(datasetToArrow(ds, { columns: { note: vectorFromArray(notes, new Utf8()) } }), FILE));
    expect(errors.map((e) => [e.params?.row, e.params?.column, e.code])).toEqual([[2, 'note', 'invalid_json']]);
    notes[1] = null;
    const shape = codes(parseArrowDataset(datasetToArrow(ds, { columns: { note: vectorFromArray(notes, new Utf8()) } }), FILE));
    expect(shape.map((e) => [e.params?.row, e.params?.column, e.code])).toEqual([[5, 'note', 'invalid_type']]);
  });

  it('the metadata: missing, not JSON, or holding the observations, is refused; a file that is not Arrow is named', () => {
    const ds = tinyDataset('meta');
    const plain = tableToIPC(tableFromArrays({ id: ['a'] }), 'file');
    expect(codes(parseArrowDataset(plain, FILE)).map((e) => e.code)).toEqual(['arrow_no_metadata']);
    expect(codes(parseArrowDataset(datasetToArrow(ds, { head: { ...ds, observations: [] } as never }), FILE)).map((e) => e.code)).toEqual([
      'arrow_observations_in_metadata',
    ]);
    const other = datasetToArrow(ds, { head: { format: 'something-else' } });
    expect(codes(parseArrowDataset(other, FILE)).map((e) => e.code)).toEqual(['not_a_dataset']);
    expect(codes(parseArrowDataset(new TextEncoder().encode('{"format":"rol-compare/dataset"}'), FILE))).toEqual([
      expect.objectContaining({ file: FILE, code: 'not_arrow' }),
    ]);
    expect(codes(parseArrowDataset(new Uint8Array(0), FILE)).map((e) => e.code)).toEqual(['empty_file']);
    // the magic but no table after it
    expect(codes(parseArrowDataset(new TextEncoder().encode('ARROW1\0\0garbage'), FILE)).map((e) => e.code)).toEqual(['not_arrow']);
  });

  it('the dataset-level rules hold as for JSON: a metadata problem keeps its JSON path', () => {
    const ds = tinyDataset('dup');
    ds.reports.push({ ...ds.reports[0]! });
    const errors = codes(parseArrowDataset(datasetToArrow(ds), FILE));
    expect(errors.map((e) => [e.code, e.path.join('.'), e.params?.row])).toEqual([['duplicate_id', `reports.${ds.reports.length - 1}.id`, undefined]]);
  });

  it('numbers of any width: 64-bit integers and 32-bit floats are read, integers beyond 2^53 refused', () => {
    const ds = tinyDataset('wide');
    const periods = vectorFromArray(ds.observations.map((o) => BigInt(o.period)));
    const values = vectorFromArray(ds.observations.map((o) => o.value), new Float64());
    const r = parseArrowDataset(datasetToArrow(ds, { columns: { period: periods, value: values } }), FILE);
    expect(r.ok).toBe(true);
    const offsets = vectorFromArray(ds.observations.map((o, i) => (i === 0 ? 2n ** 60n : BigInt(o.offset))));
    const errors = codes(parseArrowDataset(datasetToArrow(ds, { columns: { offset: offsets } }), FILE));
    expect(errors.map((e) => [e.params?.row, e.params?.column])).toEqual([[1, 'offset']]);
  });
});
