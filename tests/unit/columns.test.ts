import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeObservations, encodeObservations, packStrings, unpackStrings } from '../../src/domain/columns';
import { QUALIFIERS } from '../../src/domain/constants';
import type { Observation } from '../../src/domain/schema';

const str = (min = 1) => fc.string({ unit: 'binary', minLength: min, maxLength: 30 });
const bilingual = fc.record({ zh: str(), en: str() });

/** Observations in schema key order, optional keys present or absent (never `undefined`). */
const observation: fc.Arbitrary<Observation> = fc
  .record(
    {
      id: str(),
      report: fc.constantFrom('r1', 'r2', 'r3'),
      metric: fc.constantFrom('m.a', 'm.b', '调解'),
      period: fc.integer({ min: 1949, max: 2100 }),
      value: fc.double({ noNaN: true, noDefaultInfinity: true }),
      qualifier: fc.constantFrom(...QUALIFIERS),
      valueMax: fc.double({ noNaN: true, noDefaultInfinity: true }),
      quote: str(),
      offset: fc.nat(),
      figure: str(),
      derived: fc.record({ formula: fc.constantFrom('ratio_pct', 'difference', 'sum'), inputs: fc.array(str(), { minLength: 1, maxLength: 3 }) }),
      note: bilingual,
    },
    { requiredKeys: ['id', 'report', 'metric', 'period', 'value', 'qualifier', 'quote', 'offset'] },
  )
  .map((o) => {
    // the record arbitrary keeps declaration order; drop keys it left out
    const out: Record<string, unknown> = {};
    for (const k of ['id', 'report', 'metric', 'period', 'value', 'qualifier', 'valueMax', 'quote', 'offset', 'figure', 'derived', 'note'])
      if (k in o) out[k] = (o as Record<string, unknown>)[k];
    return out as Observation;
  });

describe('packed strings', () => {
  it('give back every string, empty and astral ones included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { maxLength: 50 }), (list) => {
        expect(unpackStrings(packStrings(list))).toEqual(list);
      }),
    );
  });
});

describe('observation columns', () => {
  it('decode(encode(x)) is x, key order included, also after a structured clone (what IndexedDB stores)', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 40 }), (list) => {
        const stored = structuredClone(encodeObservations(list));
        const back = decodeObservations(stored);
        expect(back).toEqual(list);
        expect(JSON.stringify(back)).toBe(JSON.stringify(list));
      }),
    );
  });

  it('keeps no per-row objects except the rare derived figures and notes', () => {
    const list: Observation[] = Array.from({ length: 500 }, (_, i) => ({
      id: `o${i}`,
      report: `r${i % 3}`,
      metric: `m${i % 7}`,
      period: 2020 + (i % 3),
      value: i,
      qualifier: 'exact',
      quote: `收案${i}件`,
      offset: i,
      figure: `${i}件`,
      ...(i === 7 ? { note: { zh: '注', en: 'note' } } : {}),
    }));
    const c = encodeObservations(list);
    expect(c.n).toBe(500);
    expect(c.report.values).toEqual(['r0', 'r1', 'r2']);
    expect(c.metric.values.length).toBe(7);
    expect(c.extras).toEqual([{ row: 7, note: { zh: '注', en: 'note' } }]);
    expect(typeof c.quote.text).toBe('string');
    expect(decodeObservations(c)[7]!.note).toEqual({ zh: '注', en: 'note' });
    expect('figure' in decodeObservations(encodeObservations([{ ...list[0]!, figure: undefined as never }]))[0]!).toBe(false);
  });
});
