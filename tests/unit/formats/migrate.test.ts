import { describe, expect, it } from 'vitest';
import { migrateV1Document, planV1Metrics } from '../../../src/formats/migrate';
import { validateParsed } from '../../../src/formats/parse-dataset';
import { validateDataset } from '../../../src/formats/validate';
import { tinyDataset } from '../../fixtures/factory';

const metric = (id: string, kind = 'count') => ({
  id,
  category: id.split('.')[0]!,
  name: { zh: id, en: id },
  unit: { zh: kind === 'count' ? '件' : '%', en: kind === 'count' ? 'cases' : '%' },
  kind,
  better: 'neutral',
});

/** A version 1 file: the app's metric ids before the catalogue. */
function v1File() {
  const ds = tinyDataset('old', { jurisdictions: 2 });
  const [a, b] = ds.observations;
  return {
    ...ds,
    version: 1,
    metrics: [
      metric('mediation.disputes_mediated'),
      metric('licensing.one_thing_items'),
      metric('licensing.one_thing_reduction_change', 'change'),
      metric('publicity.column_fazhi_lvliang_episodes'),
      metric('publicity.column_pufa_zaixian_episodes'),
    ],
    observations: [
      a!,
      { ...b!, id: 'x1', metric: 'licensing.one_thing_items' },
      { ...a!, id: 'x2', metric: 'publicity.column_fazhi_lvliang_episodes' },
      { ...b!, id: 'x3', metric: 'publicity.column_pufa_zaixian_episodes' },
    ],
  };
}

describe('dataset format version 1 → 2', () => {
  it('maps version 1 ids to the catalogue when the kinds agree, and keeps the rest as report-specific metrics', () => {
    const plan = planV1Metrics(v1File().metrics);
    expect(Object.fromEntries(plan)).toEqual({
      'mediation.disputes_mediated': { id: 'mediation.disputes_mediated', specific: false },
      'licensing.one_thing_items': { id: 'licensing.one_thing_packages', specific: false },
      // a change under v1 is a reduction rate in the catalogue: the kinds differ, so it is not moved
      'licensing.one_thing_reduction_change': { id: 'licensing.one_thing_reduction_change', specific: true },
      // two metrics that would become the same indicator both stay what they were
      'publicity.column_fazhi_lvliang_episodes': { id: 'publicity.column_fazhi_lvliang_episodes', specific: true },
      'publicity.column_pufa_zaixian_episodes': { id: 'publicity.column_pufa_zaixian_episodes', specific: true },
    });
  });

  it('imports a version 1 file: migrated, then validated as version 2, the observations following their metric', () => {
    const r = validateParsed(JSON.parse(JSON.stringify(v1File())), 'old.json');
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    if (!r.ok) return;
    expect(r.value.version).toBe(2);
    expect(r.value.observations.find((o) => o.id === 'x1')!.metric).toBe('licensing.one_thing_packages');
    expect(r.value.metrics.filter((m) => m.specific).map((m) => m.id)).toHaveLength(3);
  });

  it('leaves a malformed version 1 file for the validator, which names the field', () => {
    const bad = { ...v1File(), metrics: [{ id: 3 }, 'x'], observations: 'no' };
    const out = migrateV1Document(bad as unknown as Record<string, unknown>);
    expect(out.metrics).toEqual([{ id: 3 }, 'x']);
    const r = validateParsed(bad, 'bad.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.file === 'bad.json' && e.path[0] === 'metrics')).toBe(true);
  });
});

describe('metrics against the catalogue (format 2)', () => {
  const codes = (doc: unknown) => {
    const r = validateDataset(doc);
    return r.ok ? [] : r.errors.map((e) => `${e.code} ${e.path.join('.')}`);
  };
  it('refuses a metric that is neither an indicator nor report-specific, naming the metric', () => {
    const ds = { ...tinyDataset(), metrics: [metric('mediation.disputes_mediated'), metric('mediation.my_own')] };
    expect(codes(ds)).toEqual(['unknown_indicator metrics.1.id']);
    expect(codes({ ...ds, metrics: [ds.metrics[0], { ...ds.metrics[1], specific: true }] })).toEqual([]);
  });
  it('refuses "specific" on a catalogue indicator, and a kind that is not the indicator\'s', () => {
    const ds = tinyDataset();
    expect(codes({ ...ds, metrics: [{ ...ds.metrics[0], specific: true }] })).toEqual(['specific_is_indicator metrics.0.specific']);
    expect(codes({ ...ds, metrics: [{ ...ds.metrics[0], kind: 'rate', unit: { zh: '%', en: '%' } }] })).toEqual(['indicator_kind_mismatch metrics.0.kind']);
  });
  it('accepts the reserved change ids of an indicator', () => {
    const ds = tinyDataset();
    const change = { ...metric('mediation.disputes_mediated.change', 'change') };
    const o = { ...ds.observations[0]!, id: 'c1', metric: change.id };
    expect(codes({ ...ds, metrics: [...ds.metrics, change], observations: [...ds.observations, o] })).toEqual([]);
    expect(codes({ ...ds, metrics: [...ds.metrics, { ...change, id: 'mediation.nothing.change' }], observations: [...ds.observations, { ...o, metric: 'mediation.nothing.change' }] })).toEqual(['unknown_indicator metrics.1.id']);
  });
});
