/** Caveats in metric blocks: sparse, kept through a store round trip, absent (= none) in blocks stored before. */
import { describe, expect, it } from 'vitest';
import { decodeMetricBlock, jurisdictionIds, materialize, toBlocks, type StoredMetricBlock } from '../../../../src/store/codecs/blocks';
import { rankingOf, valuesByJurisdiction } from '../../../../src/model/metric-values';
import { caveatDataset, CUMULATIVE, PARTIAL_EVIL } from '../../../fixtures/caveats';
import { tinyDataset } from '../../../fixtures/factory';

const META = { origin: 'user' as const, hash: 'h'.repeat(64), bytes: 1, importedAt: 1 };

function decoded(ds = caveatDataset()) {
  const stored = toBlocks(ds, META);
  const ids = jurisdictionIds(stored.record);
  // through structured clone, as IndexedDB stores them
  return materialize(stored.metricBlocks).map((b) => decodeMetricBlock(structuredClone(b), ids));
}

describe('metric blocks with caveats', () => {
  it('hold the caveats of the figures that have some, and only those', () => {
    const disputes = decoded().find((b) => b.metric === 'mediation.disputes_mediated')!;
    expect(disputes.caveats).toEqual({ row: [0, 1], caveats: [[CUMULATIVE], [PARTIAL_EVIL]] });
    expect(disputes.observation.slice(0, 2)).toEqual(['cav.r0.2022.m', 'cav.r1.2022.m']);
  });
  it('have no caveats field where no figure has one', () => {
    const rate = decoded().find((b) => b.metric === 'mediation.success_rate')!;
    expect('caveats' in rate).toBe(false);
    expect(decoded(tinyDataset()).every((b) => !('caveats' in b))).toBe(true);
  });
  it('carry the caveats into the ranking entries of the jurisdictions', () => {
    const blocks = decoded().filter((b) => b.metric === 'mediation.disputes_mediated');
    const { entries } = valuesByJurisdiction(blocks, null);
    const by = new Map(entries.map((e) => [e.jurisdiction, e.caveats]));
    expect(by.get('cav.j0')).toEqual([CUMULATIVE]);
    expect(by.get('cav.j1')).toEqual([PARTIAL_EVIL]);
    expect(by.get('cav.j2')).toBeUndefined();
    const ranked = rankingOf(blocks, 2022, 'higher').rows;
    expect(ranked.find((r) => r.jurisdiction === 'cav.j0')!.caveats).toEqual([CUMULATIVE]);
  });
  it('read as having none when stored before caveats existed (no field)', () => {
    const stored = toBlocks(caveatDataset(), META);
    const ids = jurisdictionIds(stored.record);
    const old = materialize(stored.metricBlocks).map((b) => {
      const { caveats: _gone, ...rest } = b as StoredMetricBlock & { caveats?: unknown };
      return decodeMetricBlock(rest, ids);
    });
    const { entries } = valuesByJurisdiction(old.filter((b) => b.metric === 'mediation.disputes_mediated'), null);
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => e.caveats === undefined)).toBe(true);
  });
});
