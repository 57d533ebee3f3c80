import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeObservations, encodeObservations, packStrings, unpackStrings, type TextOf } from '../../../../src/store/codecs/columns';
import { QUALIFIERS } from '../../../../src/model/constants';
import type { Observation } from '../../../../src/model/schema';

const str = (min = 1, max = 30) => fc.string({ unit: 'binary', minLength: min, maxLength: max });
const bilingual = fc.record({ zh: str(), en: str() });
const KEYS = ['id', 'report', 'metric', 'period', 'value', 'qualifier', 'valueMax', 'quote', 'offset', 'figure', 'derived', 'note'];

/** Report texts; report r3 has none (its quotes must be kept whole). */
const TEXTS: Record<string, string> = {
  r1: '2023年,全年调解矛盾纠纷1.5万余件,同比下降34.01%。行政复议收案120件。',
  r2: '𠀀 astral 文字 and ascii, 收到行政复议申请146件',
};
const textOf: TextOf = (r) => TEXTS[r];

/** Observations in schema key order, optional keys present or absent (never `undefined`). Most quotes stand in
 *  their report's text at their offset (as validated data does); some do not, and must survive all the same. */
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
      offset: fc.oneof(fc.nat(60), fc.nat(), fc.constant(2 ** 33)),
      figure: str(1, 300),
      derived: fc.record({ formula: fc.constantFrom('ratio_pct', 'difference', 'sum'), inputs: fc.array(str(), { minLength: 1, maxLength: 3 }) }),
      note: bilingual,
    },
    { requiredKeys: ['id', 'report', 'metric', 'period', 'value', 'qualifier', 'quote', 'offset'] },
  )
  .chain((o) =>
    fc.record({ inText: fc.boolean(), len: fc.integer({ min: 1, max: 12 }), figureIn: fc.boolean(), fs: fc.nat(20), fl: fc.integer({ min: 1, max: 5 }) }).map((k) => {
      const text = TEXTS[o.report];
      const r: Record<string, unknown> = { ...o };
      if (k.inText && text) {
        const offset = (o.offset as number) % text.length;
        r.offset = offset;
        r.quote = text.slice(offset, offset + k.len) || text.slice(0, 1);
        if (k.figureIn && 'figure' in o) {
          const q = r.quote as string;
          const s = k.fs % q.length;
          r.figure = q.slice(s, s + k.fl);
        }
      }
      const out: Record<string, unknown> = {};
      for (const key of KEYS) if (key in r) out[key] = r[key];
      return out as Observation;
    }),
  );

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
        const stored = structuredClone(encodeObservations(list, textOf));
        const back = decodeObservations(stored, textOf);
        expect(back).toEqual(list);
        expect(JSON.stringify(back)).toBe(JSON.stringify(list));
      }),
      { numRuns: 300 },
    );
  });

  it('encodes a chosen subset of rows in their order', () => {
    fc.assert(
      fc.property(fc.array(observation, { minLength: 1, maxLength: 20 }), fc.array(fc.nat(), { maxLength: 10 }), (list, picks) => {
        const rows = Uint32Array.from(picks.map((p) => p % list.length));
        expect(decodeObservations(encodeObservations(list, textOf, rows), textOf)).toEqual([...rows].map((r) => list[r]));
      }),
    );
  });

  it('stores quotes and figures as positions in the report text, and keeps per-row objects only for rare parts', () => {
    const text = TEXTS.r1!;
    const at = text.indexOf('全年');
    const list: Observation[] = Array.from({ length: 500 }, (_, i) => ({
      id: `o${i}`,
      report: 'r1',
      metric: `m${i % 7}`,
      period: 2020 + (i % 3),
      value: i,
      qualifier: i === 3 ? 'range' : 'exact',
      ...(i === 3 ? { valueMax: 9 } : {}),
      quote: text.slice(at, at + 14),
      offset: at,
      figure: '1.5万余件',
      ...(i === 7 ? { note: { zh: '注', en: 'note' } } : {}),
    }));
    const c = encodeObservations(list, textOf);
    expect(c.n).toBe(500);
    expect(c.report.values).toEqual(['r1']);
    expect(c.metric.values.length).toBe(7);
    expect(c.quoteLength[0]).toBe(14);
    expect(c.figureLength[0]).toBe(6);
    expect([...c.ranges.rows]).toEqual([3]);
    expect(c.extras).toEqual([{ row: 7, note: { zh: '注', en: 'note' } }]);
    // nothing in the columns holds the quote text again
    expect(JSON.stringify(Object.values(c).filter((v) => typeof v === 'object'))).not.toContain('调解');
    const back = decodeObservations(c, textOf);
    expect(back[0]!.quote).toBe('全年调解矛盾纠纷1.5万余件');
    expect(back[3]!.valueMax).toBe(9);
    expect(back[7]!.note).toEqual({ zh: '注', en: 'note' });
  });
});
