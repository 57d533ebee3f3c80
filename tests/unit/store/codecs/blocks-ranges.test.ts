/**
 * The ranges' upper ends in metric blocks: stored sparse (the rows that are ranges and their upper ends, no column of
 * NaN), read back as the full column the reads hand out; blocks stored before, with the full column, read the same.
 */
import { describe, expect, it } from 'vitest';
import { serialize } from 'node:v8';
import { decodeMetricBlock, encodeMetricBlock, jurisdictionIds, materialize, toBlocks, type StoredMetricBlock } from '../../../../src/store/codecs/blocks';
import { rankingOf } from '../../../../src/model/metric-values';
import { tinyDataset } from '../../../fixtures/factory';
import type { Dataset } from '../../../../src/model/schema';

const META = { origin: 'user' as const, hash: 'h'.repeat(64), bytes: 1, importedAt: 1 };

/** Ten places; every third figure a range from its value to value + 5. */
function withRanges(): Dataset {
  const ds = tinyDataset('rng', { jurisdictions: 10 });
  ds.observations = ds.observations.map((o, i) => (i % 3 === 0 ? { ...o, qualifier: 'range' as const, valueMax: o.value + 5 } : o));
  return ds;
}

describe('ranges in metric blocks', () => {
  it('are stored as the rows that are ranges and their upper ends, and read back as the full column', () => {
    const ds = withRanges();
    const stored = toBlocks(ds, META);
    const ids = jurisdictionIds(stored.record);
    const blocks = materialize(stored.metricBlocks);
    expect(blocks.length).toBeGreaterThan(0);
    let ranges = 0;
    for (const b of blocks) {
      expect('valueMax' in b).toBe(false);
      const back = decodeMetricBlock(structuredClone(b), ids);
      expect(back.valueMax).toBeInstanceOf(Float64Array);
      expect(back.valueMax.length).toBe(back.value.length);
      for (let i = 0; i < back.value.length; i++) {
        const o = ds.observations.find((x) => x.id === back.observation[i])!;
        if (o.valueMax === undefined) expect(back.valueMax[i]).toBeNaN();
        else {
          expect(back.valueMax[i]).toBe(o.valueMax);
          ranges++;
        }
      }
      expect(b.ranges!.row.length).toBe(Array.from(back.valueMax).filter((x) => !Number.isNaN(x)).length);
    }
    expect(ranges).toBe(ds.observations.filter((o) => o.valueMax !== undefined).length);
  });

  it('read the same from a block stored before, with the full column', () => {
    const stored = toBlocks(withRanges(), META);
    const ids = jurisdictionIds(stored.record);
    for (const b of materialize(stored.metricBlocks)) {
      const now = decodeMetricBlock(b, ids);
      const { ranges: _r, ...rest } = b;
      const before: StoredMetricBlock = { ...rest, valueMax: now.valueMax.slice() };
      expect(decodeMetricBlock(before, ids)).toEqual(now);
    }
  });

  it('encode and decode back to the same block, and rank ranges as before', () => {
    const stored = toBlocks(withRanges(), META);
    const ids = jurisdictionIds(stored.record);
    const decoded = materialize(stored.metricBlocks).map((b) => decodeMetricBlock(b, ids));
    for (const d of decoded) expect(decodeMetricBlock(structuredClone(encodeMetricBlock(d, ids)), ids)).toEqual(d);
    const ranked = rankingOf(decoded.filter((b) => b.metric === decoded[0]!.metric), null, 'higher').rows;
    expect(ranked.length).toBe(10);
  });

  it('take less room than a full column where few figures are ranges', () => {
    const ds = tinyDataset('big', { jurisdictions: 400 });
    const stored = toBlocks(ds, META);
    const ids = jurisdictionIds(stored.record);
    const b = materialize(stored.metricBlocks)[0]!;
    const { ranges: _r, ...rest } = b;
    const full: StoredMetricBlock = { ...rest, valueMax: decodeMetricBlock(b, ids).valueMax };
    expect(serialize(full).byteLength - serialize(b).byteLength).toBeGreaterThanOrEqual(b.value.length * 8 - 64);
  });
});
