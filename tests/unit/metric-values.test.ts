import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { valuesByJurisdiction, valuesInto } from '../../src/domain/metric-values';
import { decodeMetricBlock, encodeMetricBlock, type MetricPeriodBlock } from '../../src/domain/blocks';

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
        for (const e of valuesByJurisdiction(blocks, year).entries) if (index.has(e.jurisdiction)) want[index.get(e.jurisdiction)!] = e.value;
        const got = new Float64Array(4);
        valuesInto(blocks, year, index, got);
        expect([...got]).toEqual([...want]);
        valuesInto(blocks, year, index, got); // again, with the column indexes cached
        expect([...got]).toEqual([...want]);
      }),
    );
  });
});
