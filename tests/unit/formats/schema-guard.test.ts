/** The compiled guard (src/formats/schema-guard.ts) never says yes where zod says no, and validation is the same with it. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import {
  jurisdictionSchema,
  mentionSchema,
  metricSchema,
  observationSchema,
  practiceSchema,
  reportSchema,
} from '../../../src/model/schema';
import { compileGuard } from '../../../src/formats/schema-guard';
import { validateDataset } from '../../../src/formats/validate';
import { generateDataset } from '../../../scripts/lib/synth/generate';
import { tinyDataset } from '../../fixtures/factory';

const { dataset } = generateDataset({ jurisdictions: 6, years: 3, metrics: 40, seed: 7 });

/** odd values for a field: wrong types, bounds, -0, non-finite, long strings, prototype keys */
const oddValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(-0, 0, 1.5, -1, 1948, 1949, 2100, 2101, Number.NaN, Infinity, -Infinity, 2 ** 53, ''),
  fc.constantFrom('a b', 'x'.repeat(201), 'é', '__proto__', 'exact', 'range', 'ratio_pct', 'district', null, undefined),
  fc.string({ maxLength: 12 }),
);
const mutated = (base: object) =>
  fc.tuple(fc.constantFrom(...Object.keys(base), 'extra', '__proto__', 'constructor'), oddValue, fc.boolean()).map(([key, value, remove]) => {
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    if (remove) delete copy[key];
    else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  });

const cases: [string, z.ZodType, object[]][] = [
  ['observation', observationSchema, dataset.observations.slice(0, 400)],
  ['report', reportSchema, dataset.reports.slice(0, 5)],
  ['jurisdiction', jurisdictionSchema, dataset.jurisdictions],
  ['metric', metricSchema, dataset.metrics],
  ['mention', mentionSchema, [{ id: 'm1', report: 'r', practice: 'p', quote: '某', offset: 0 }]],
  ['practice', practiceSchema, [{ id: 'p', category: 'mediation', name: { zh: '调解', en: 'Mediation' }, keywords: ['调解'] }]],
];

describe('compileGuard', () => {
  for (const [name, schema, valid] of cases) {
    const guard = compileGuard(schema);

    it(`compiles the ${name} schema and accepts its valid values`, () => {
      expect(guard).not.toBeNull();
      for (const v of valid) {
        expect(schema.safeParse(v).success).toBe(true);
        expect(guard!(v)).toBe(true);
      }
    });

    it(`accepts a ${name} only where zod accepts it unchanged`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...valid).chain(mutated), (value) => {
          if (!guard!(value)) return;
          const r = schema.safeParse(value);
          expect(r.success).toBe(true);
          if (r.success) expect(r.data).toEqual(value);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('gives up (null) on schemas it does not know, so zod alone decides', () => {
    expect(compileGuard(z.string().trim())).toBeNull();
    expect(compileGuard(z.string().email())).toBeNull();
    // a default compiles, but a missing value (which zod would fill in) is left to zod
    const withDefault = compileGuard(z.object({ a: z.string().default('x') }))!;
    expect(withDefault({})).toBe(false);
    expect(withDefault({ a: 'y' })).toBe(true);
    expect(compileGuard(z.string().transform((s) => s.length))).toBeNull();
    expect(compileGuard(z.strictObject({ a: z.number().int().min(1) }))).not.toBeNull();
  });
});

describe('validateDataset with reuseInput', () => {
  it('finds the same issues, in the same order, as without it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('observations', 'reports', 'jurisdictions', 'metrics'),
        fc.nat(),
        fc.constantFrom('id', 'value', 'quote', 'offset', 'period', 'qualifier', 'extra', 'metric'),
        oddValue,
        (k, list, at, key, value) => {
          const ds = JSON.parse(JSON.stringify(tinyDataset('t', { jurisdictions: 3, periods: [2021, 2022] }))) as Record<string, Record<string, unknown>[]>;
          const arr = ds[list]!;
          for (let n = 0; n <= k; n++) {
            const item = arr[(at + n) % arr.length]!;
            Object.defineProperty(item, key, { value, enumerable: true, writable: true, configurable: true });
          }
          const plain = validateDataset(JSON.parse(JSON.stringify(ds)));
          const reused = validateDataset(JSON.parse(JSON.stringify(ds)), 200, { reuseInput: true });
          expect(reused).toEqual(plain);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps valid elements as they are and never changes the input (−0 is copied, then made 0)', () => {
    const ds = tinyDataset('z');
    ds.observations[0]!.value = -0;
    const input = JSON.parse(JSON.stringify(ds)) as typeof ds;
    input.observations[0]!.value = -0;
    const r = validateDataset(input, 200, { reuseInput: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.is(r.value.observations[0]!.value, 0)).toBe(true);
    expect(Object.is(input.observations[0]!.value, -0)).toBe(true);
    expect(r.value.observations[1]).toBe(input.observations[1]);
  });

  it('reports progress up to the total', () => {
    const calls: [number, number][] = [];
    const r = validateDataset(dataset, 200, { reuseInput: true, onProgress: (d, t) => calls.push([d, t]) });
    expect(r.ok).toBe(true);
    const last = calls[calls.length - 1]!;
    expect(last[0]).toBe(last[1]);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThanOrEqual(calls[i - 1]![0]);
  });
});
