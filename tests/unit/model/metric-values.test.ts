import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankingOf, valuesByJurisdiction, valuesInto } from '../../../src/model/metric-values';
import { decodeMetricBlock, encodeMetricBlock } from '../../../src/store/codecs/blocks';
import { type MetricPeriodBlock } from '../../../src/model/dataset-tables';

const JURS = ['a', 'b', 'c', 'd', 'x'];
const block = fc
  .record({
    period: fc.integer({ min: 2018, max: 2022 }),
    rows: fc.array(fc.record({ j: fc.constantFrom(...JURS), v: fc.integer({ min: -5, max: 50 }), d: fc.boolean() }), { maxLength: 8 }),
  })
  .map(({ period, rows }): MetricPeriodBlock => ({
    dataset: 'd',
    metric: 'm',
    period,
    jurisdiction: rows.map((r) => r.j),
    observation: rows.map((r, i) => `${r.j}.${period}.${i}`),
    value: Float64Array.from(rows.map((r) => r.v)),
    qualifier: new Uint8Array(rows.length),
    valueMax: new Float64Array(rows.length).fill(Number.NaN),
    derived: Uint8Array.from(rows.map((r) => (r.d ? 1 : 0))),
  }));

describe('valuesInto', () => {
  it('picks what valuesByJurisdiction picks, for a year or each one’s latest, after a store round trip', () => {
    const index = new Map(['a', 'b', 'c', 'd'].map((j, i) => [j, i])); // "x" is not in the catalogue
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), fc.option(fc.integer({ min: 2018, max: 2022 })), (raw, year) => {
        const blocks = raw.map((b) => decodeMetricBlock(structuredClone(encodeMetricBlock(b, JURS)), JURS));
        const want = new Float64Array(4).fill(Number.NaN);
        const wantPeriods = new Int32Array(4);
        for (const e of valuesByJurisdiction(blocks, year).entries)
          if (index.has(e.jurisdiction)) {
            want[index.get(e.jurisdiction)!] = e.value;
            wantPeriods[index.get(e.jurisdiction)!] = e.period;
          }
        const got = new Float64Array(4);
        valuesInto(blocks, year, index, got);
        expect([...got]).toEqual([...want]);
        // again, with the column indexes cached, and the periods asked for (a stale array is overwritten)
        const periods = new Int32Array(4).fill(7);
        valuesInto(blocks, year, index, got, periods);
        expect([...got]).toEqual([...want]);
        expect([...periods]).toEqual([...wantPeriods]);
      }),
    );
  });
});

describe('rankingOf', () => {
  const mk = (period: number, rows: [string, number][]): MetricPeriodBlock => ({
    dataset: 'd',
    metric: 'm',
    period,
    jurisdiction: rows.map((r) => r[0]),
    observation: rows.map((r) => `${r[0]}.${period}`),
    value: Float64Array.from(rows.map((r) => r[1])),
    qualifier: new Uint8Array(rows.length),
    valueMax: new Float64Array(rows.length).fill(Number.NaN),
    derived: new Uint8Array(rows.length),
  });
  const blocks = [mk(2021, [['a', 9], ['b', 1], ['c', 4]]), mk(2023, [['a', 2], ['b', 7]]), mk(2019, [['d', 5]])];
  it('ranks each jurisdiction on its latest figure and says which periods it took', () => {
    const r = rankingOf(blocks, null, 'higher');
    expect(r.rows.map((x) => [x.jurisdiction, x.value, x.period, x.rank])).toEqual([
      ['b', 7, 2023, 1], ['d', 5, 2019, 2], ['c', 4, 2021, 3], ['a', 2, 2023, 4],
    ]);
    expect(r.periods).toEqual([2019, 2021, 2023]);
    expect(r.all).toEqual([2019, 2021, 2023]);
  });
  it('ranks one year only when asked, lower-is-better reversed, and keeps every period for the picker', () => {
    const r = rankingOf(blocks, 2021, 'lower');
    expect(r.rows.map((x) => [x.jurisdiction, x.rank])).toEqual([['b', 1], ['c', 2], ['a', 3]]);
    expect(r.periods).toEqual([2021]);
    expect(r.all).toEqual([2019, 2021, 2023]);
  });
});

describe('inDatasetOrder', () => {
  const mk = (dataset: string, period: number, value: number): MetricPeriodBlock => ({
    dataset, metric: 'm', period, jurisdiction: ['j'], observation: [`${dataset}.${period}`],
    value: Float64Array.from([value]), qualifier: new Uint8Array(1), valueMax: Float64Array.from([Number.NaN]), derived: new Uint8Array(1),
  });
  it('puts blocks in the catalogue order, so the bundled figure wins within a period whatever the imported ids are', async () => {
    const { inDatasetOrder } = await import('../../../src/model/dataset-tables');
    // as the store returns them: by dataset id, and "aaa" sorts before "bundled"
    const stored = [mk('aaa', 2021, 5), mk('aaa', 2022, 7), mk('bundled', 2022, 9)];
    const ordered = inDatasetOrder(stored, [{ id: 'bundled' }, { id: 'aaa' }]);
    expect(ordered.map((b) => `${b.dataset}.${b.period}`)).toEqual(['bundled.2022', 'aaa.2021', 'aaa.2022']);
    expect(rankingOf(ordered, 2022, 'higher').rows[0]!.value).toBe(9);
    expect(rankingOf(stored, 2022, 'higher').rows[0]!.value).toBe(7); // what the store order alone gave
  });
});
