/** The id index of large arrays (src/formats/integrity.ts IdTable) answers as a Map of first positions does. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdTable, checkIntegrity } from '../../../src/formats/integrity';
import { ByteIds } from '../../../src/formats/arrow-dataset/id-bytes';
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

  it('adds a whole list as add does one id at a time: the same first positions, every repeat told, or a stop at the first', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 50 }), (ids, probes) => {
        const map = new Map<string, number>();
        const repeats: [number, number][] = [];
        ids.forEach((id, i) => {
          const first = map.get(id);
          if (first === undefined) map.set(id, i);
          else repeats.push([i, first]);
        });
        const all = new IdTable(ids.length);
        const told: [number, number][] = [];
        expect(all.addAll(ids.length, (i) => ids[i]!, (i, first) => (told.push([i, first]), true))).toBe(true);
        expect(told).toEqual(repeats);
        for (const p of [...ids, ...probes]) expect(all.get(p)).toBe(map.get(p));
        // without a callback (or one that says stop), false at the first repeat
        expect(new IdTable(ids.length).addAll(ids.length, (i) => ids[i]!)).toBe(repeats.length === 0);
        const stopped: number[] = [];
        new IdTable(ids.length).addAll(ids.length, (i) => ids[i]!, (i) => (stopped.push(i), false));
        expect(stopped).toEqual(repeats.slice(0, 1).map(([i]) => i));
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

describe('ByteIds (an Arrow id column read from its bytes)', () => {
  const column = (ids: readonly string[]) => {
    const parts = ids.map((id) => new TextEncoder().encode(id));
    const offsets = new Int32Array(ids.length + 1);
    parts.forEach((b, i) => (offsets[i + 1] = offsets[i]! + b.length));
    const bytes = new Uint8Array(offsets[ids.length]!);
    parts.forEach((b, i) => bytes.set(b, offsets[i]!));
    return { bytes, offsets };
  };
  it('addAll says whether the ids are unique, as add one row at a time does, and has answers as a Set', () => {
    const ascii = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', '1', '2'), maxLength: 4 });
    fc.assert(
      fc.property(fc.array(ascii, { maxLength: 300 }), fc.array(ascii, { maxLength: 40 }), (ids, probes) => {
        const all = new ByteIds(column(ids), ids.length);
        const one = new ByteIds(column(ids), ids.length);
        const unique = new Set(ids).size === ids.length;
        expect(all.addAll(ids.length)).toBe(unique);
        let repeated = false;
        for (let i = 0; i < ids.length && !repeated; i++) repeated = one.add(i) !== i;
        expect(!repeated).toBe(unique);
        if (unique) for (const p of [...ids, ...probes]) expect(all.has(p)).toBe(ids.includes(p));
      }),
      { numRuns: 200 },
    );
  });
});

