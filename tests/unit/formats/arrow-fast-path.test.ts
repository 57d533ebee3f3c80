/**
 * The Arrow import's columnar fast path (src/formats/arrow-dataset/read.ts `readArrowDataset`): a valid file is read
 * into a table of columns, and the blocks made from it (src/store/codecs/blocks.ts `toBlocks` with a table) are the
 * same bytes as those made from the same file validated as JSON; a file with bad cells or broken rules, in any
 * column, gets exactly the JSON file's problems (code, message, path), with its rows and columns named.
 */
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/lib/synth/generate';
import { datasetToArrow } from '../../../src/formats/arrow-dataset/write';
import { readArrowDataset } from '../../../src/formats/arrow-dataset/read';
import { validateParsed } from '../../../src/formats/parse-dataset';
import { materialize, toBlocks, type StoredDataset } from '../../../src/store/codecs/blocks';
import { observationTable } from '../../../src/model/observation-table';
import type { Dataset, Observation } from '../../../src/model/schema';
import { caveatDataset } from '../../fixtures/caveats';
import { tinyDataset } from '../../fixtures/factory';

const FILE = 'fast.arrow';
const META = { origin: 'user' as const, hash: 'a'.repeat(64), bytes: 123, importedAt: 5 };

/** Every record as the bytes of its structured clone (V8's serializer, which IndexedDB's clone is). */
function bytesOf(s: StoredDataset): Buffer[] {
  return [serialize(s.record), ...materialize(s.jurisdictionBlocks).map((b) => serialize(b)), ...materialize(s.metricBlocks).map((b) => serialize(b))];
}

const jsonCopy = (ds: Dataset) => JSON.parse(JSON.stringify(ds)) as Dataset;

/** A generated dataset with derived figures, notes, caveats, ranges and figures left out added on some rows. */
function generated(seed: number): Dataset {
  const ds = generateDataset({ jurisdictions: 12, years: 3, metrics: 10, seed }).dataset;
  const o = ds.observations;
  for (let i = 0; i < o.length; i += 17) o[i] = { ...o[i]!, note: { zh: `说明${i}`, en: `note ${i}` } };
  for (let i = 5; i < o.length; i += 23)
    o[i] = { ...o[i]!, caveats: [{ kind: 'cumulative', since: 2018, note: { zh: '累计', en: 'cumulative' } }] };
  for (let i = 3; i < o.length; i += 29)
    if (o[i]!.derived === undefined && o[i]!.figure !== undefined) {
      const { figure: _f, ...rest } = o[i]!;
      o[i] = { ...rest, derived: { formula: 'sum', inputs: [o[i - 1]!.id, o[i - 2]!.id] } };
    }
  for (let i = 7; i < o.length; i += 31) if (o[i]!.qualifier === 'exact') o[i] = { ...o[i]!, qualifier: 'range', valueMax: o[i]!.value };
  return ds;
}

function fastRead(ds: Dataset) {
  const r = readArrowDataset(datasetToArrow(ds), FILE);
  expect(r.ok ? [] : r.errors).toEqual([]);
  if (!r.ok) throw new Error('not read');
  expect(r.value.table).not.toBeNull();
  return r.value;
}

describe('the Arrow fast path: blocks from columns', () => {
  const cases: [string, () => Dataset][] = [
    ['generated, seed 1', () => generated(1)],
    ['generated, seed 2', () => generated(2)],
    ['caveats', () => caveatDataset()],
    ['tiny', () => tinyDataset('tiny', { jurisdictions: 5, periods: [2021, 2022, 2023] })],
  ];
  for (const [name, make] of cases)
    it(`stores the same bytes as the JSON path (${name})`, () => {
      const ds = make();
      const kinds = new Set(ds.observations.map((o) => o.qualifier));
      if (name.startsWith('generated')) {
        // what the comparison covers: derived figures, notes, caveats, ranges, several qualifiers
        expect(ds.observations.some((o) => o.derived)).toBe(true);
        expect(ds.observations.some((o) => o.note)).toBe(true);
        expect(ds.observations.some((o) => o.caveats)).toBe(true);
        expect(ds.observations.some((o) => o.valueMax !== undefined)).toBe(true);
        expect(ds.observations.some((o) => o.figure === undefined)).toBe(true);
        expect(kinds.size).toBeGreaterThanOrEqual(3);
      }
      const { dataset, table } = fastRead(ds);
      expect(dataset.observations).toEqual([]);
      // as the app's JSON import validates: the parsed file's own elements kept where valid
      const json = validateParsed(jsonCopy(ds), 'same.json', { reuseInput: true });
      expect(json.ok).toBe(true);
      if (!json.ok) return;
      const fromColumns = bytesOf(toBlocks(dataset, META, table!));
      const fromObjects = bytesOf(toBlocks(json.value, META));
      expect(fromColumns.length).toBe(fromObjects.length);
      fromColumns.forEach((b, i) => expect(b.equals(fromObjects[i]!), `record ${i}`).toBe(true));
    });

  it('a table of observation objects makes the same blocks as the objects (−0 and all)', () => {
    const ds = generated(3);
    const fromTable = bytesOf(toBlocks(ds, META, observationTable(ds.observations)));
    const fromObjects = bytesOf(toBlocks(ds, META));
    fromTable.forEach((b, i) => expect(b.equals(fromObjects[i]!), `record ${i}`).toBe(true));
  });

  it('stores −0 as 0, as the JSON path does', () => {
    const ds = tinyDataset('zero', { jurisdictions: 3 });
    ds.observations[1] = { ...ds.observations[1]!, value: -0 };
    const { dataset, table } = fastRead(ds);
    expect(Object.is(table!.value[1], 0)).toBe(true);
    const json = validateParsed(ds, 'zero.json', { reuseInput: true });
    if (!json.ok) throw new Error('invalid');
    expect(bytesOf(toBlocks(dataset, META, table!)).map((b) => b.toString('hex'))).toEqual(bytesOf(toBlocks(json.value, META)).map((b) => b.toString('hex')));
  });
});

/** The problems of the Arrow file and of the same dataset as JSON, each as [code, path, message]. */
function bothWays(ds: Dataset) {
  const r = readArrowDataset(datasetToArrow(ds), FILE);
  const j = validateParsed(jsonCopy(ds), FILE);
  expect(r.ok).toBe(false);
  expect(j.ok).toBe(false);
  const arrow = r.ok ? [] : r.errors;
  const json = j.ok ? [] : j.errors;
  return { arrow, json, same: (x: typeof arrow) => x.map((e) => [e.file, e.code, e.path.join('.'), e.message]) };
}

describe('the Arrow fast path: problems as the JSON file’s', () => {
  const rules: [string, (o: Observation[], ds: Dataset) => void][] = [
    ['a duplicate id', (o) => (o[4] = { ...o[4]!, id: o[1]!.id })],
    ['an unknown report', (o) => (o[2] = { ...o[2]!, report: 'no.such.report' })],
    ['an unknown metric', (o) => (o[3] = { ...o[3]!, metric: 'no.such.metric' })],
    ['a quote not at its offset', (o) => (o[2] = { ...o[2]!, offset: o[2]!.offset + 1 })],
    ['a range without maximum', (o) => (o[1] = { ...o[1]!, qualifier: 'range' })],
    ['a maximum without range', (o) => (o[1] = { ...o[1]!, valueMax: o[1]!.value + 1 })],
    ['an inverted range', (o) => (o[1] = { ...o[1]!, qualifier: 'range', valueMax: o[1]!.value - 1 })],
    ['a figure not in its quote', (o) => (o[5] = { ...o[5]!, figure: '九千九百' })],
    ['a derived input that is no observation', (o) => (o[6] = { ...o[6]!, derived: { formula: 'sum', inputs: [o[0]!.id, 'no.such.obs'] } })],
    ['a value out of bounds', (o) => (o[0] = { ...o[0]!, value: -5 })],
    ['a maximum out of bounds', (o) => (o[0] = { ...o[0]!, qualifier: 'range', valueMax: 1e13 })],
    ['a derived figure of no known formula', (o) => (o[6] = { ...o[6]!, derived: { formula: 'median' as never, inputs: [o[0]!.id] } })],
    ['a derived figure without inputs', (o) => (o[6] = { ...o[6]!, derived: { formula: 'sum', inputs: [] } })],
    ['a caveat of no known kind', (o) => (o[6] = { ...o[6]!, caveats: [{ kind: 'someday' as never, note: { zh: '某', en: 'some' } }] })],
    ['a bad note cell', (o) => (o[3] = { ...o[3]!, note: { zh: '只有中文' } as never })],
    ['an empty caveats list', (o) => (o[3] = { ...o[3]!, caveats: [] })],
    ['a bad id', (o) => (o[0] = { ...o[0]!, id: 'bad id!' })],
    ['a period out of range', (o) => (o[2] = { ...o[2]!, period: 2200 })],
    ['an unknown qualifier', (o) => (o[2] = { ...o[2]!, qualifier: 'about' as never })],
    ['a negative offset', (o) => (o[2] = { ...o[2]!, offset: -1 })],
    ['an empty figure', (o) => (o[2] = { ...o[2]!, figure: '' })],
    ['a quote too long', (o) => (o[2] = { ...o[2]!, quote: '长'.repeat(5001) })],
    ['a metric of the wrong kind', (_o, ds) => (ds.metrics[0] = { ...ds.metrics[0]!, kind: ds.metrics[0]!.kind === 'count' ? 'rate' : 'count' })],
  ];
  for (const [name, spoil] of rules)
    it(`${name}: the JSON file's problems, at its row and column`, () => {
      const ds = tinyDataset('rules', { jurisdictions: 10 });
      spoil(ds.observations, ds);
      const { arrow, json, same } = bothWays(ds);
      expect(arrow.length).toBeGreaterThan(0);
      expect(same(arrow)).toEqual(same(json));
      for (const e of arrow)
        if (e.path[0] === 'observations') expect(e.params).toMatchObject({ row: (e.path[1] as number) + 1, ...(typeof e.path[2] === 'string' ? { column: e.path[2] } : {}) });
    });

  it('bad cells in many columns and broken rules at once: every problem, in the JSON file’s order and words', () => {
    const ds = generated(4);
    const o = ds.observations;
    o[3] = { ...o[3]!, id: 'bad id!' };
    o[10] = { ...o[10]!, period: 1900 };
    o[20] = { ...o[20]!, qualifier: 'about' as never };
    o[30] = { ...o[30]!, offset: o[30]!.offset + 2 };
    o[40] = { ...o[40]!, metric: 'no.such.metric' };
    o[50] = { ...o[50]!, note: { en: 'english only' } as never };
    o[60] = { ...o[60]!, id: o[61]!.id };
    o[70] = { ...o[70]!, figure: '' };
    const { arrow, json, same } = bothWays(ds);
    expect(arrow.length).toBeGreaterThanOrEqual(5);
    expect(same(arrow)).toEqual(same(json));
    expect(new Set(arrow.map((e) => e.params?.column))).toEqual(new Set(['id', 'period', 'qualifier', 'note', 'figure']));
  });
});
