/** The id index of large arrays (src/formats/integrity.ts IdTable) answers as a Map of first positions does. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdTable, checkIntegrity } from '../../../src/formats/integrity';
import { tinyDataset } from '../../fixtures/factory';

describe('IdTable', () => {
  it('gives each id its first position, and no position to an id it was not given (against a Map)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }), (ids, probes) => {
        const table = new IdTable(ids.length);
        const map = new Map<string, number>();
        ids.forEach((id, i) => {
          const first = map.get(id);
          expect(table.add(id, i)).toBe(first ?? i);
          if (first === undefined) map.set(id, i);
        });
        for (const p of [...ids, ...probes]) {
          expect(table.get(p)).toBe(map.get(p));
          expect(table.has(p)).toBe(map.has(p));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds duplicate observation ids and unknown derived inputs in a dataset large enough to use it', () => {
    const ds = tinyDataset('big', { jurisdictions: 2500, periods: [2022, 2023] });
    expect(ds.observations.length).toBeGreaterThan(4096);
    const obs = ds.observations;
    obs[4000] = { ...obs[4000]!, id: obs[17]!.id };
    obs[4001] = { ...obs[4001]!, derived: { formula: 'sum', inputs: [obs[3]!.id, 'nowhere'] } };
    const issues = checkIntegrity(ds);
    expect(issues.map((i) => [i.code, i.path.join('.'), i.params?.first ?? i.params?.id])).toEqual([
      ['duplicate_id', 'observations.4000.id', 17],
      ['unknown_reference', 'observations.4001.derived.inputs.1', 'nowhere'],
    ]);
  });
});
