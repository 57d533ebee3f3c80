import { describe, expect, it } from 'vitest';
import { compositeInput } from '../../../../src/features/rank/composite-input';
import { BAND_PART_WORK, bandPartDraws, compositeJob, timedComposite, type CompositeSettings } from '../../../../src/features/rank/composite-result';
import { DRAWS } from '../../../../src/features/rank/composite-input';
import type { Catalog } from '../../../../src/model/catalog';
import type { MetricPeriodBlock } from '../../../../src/model/dataset-tables';
import { composite } from '../../../../src/model/composite';
import type { Caveat, Metric } from '../../../../src/model/schema';

const metric = (id: string, better: Metric['better']): Metric => ({
  id, category: 'mediation', name: { zh: id, en: id }, unit: { zh: '件', en: 'cases' }, kind: 'count', better,
});
const metrics = [metric('m1', 'higher'), metric('m2', 'lower')];
const catalog = {
  jurisdictions: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
  metricById: new Map(metrics.map((m) => [m.id, m])),
} as unknown as Catalog;
const block = (m: string, values: number[]): MetricPeriodBlock => ({
  dataset: 'd', metric: m, period: 2022, jurisdiction: ['a', 'b', 'c', 'd'], observation: ['o1', 'o2', 'o3', 'o4'],
  value: Float64Array.from(values), qualifier: new Uint8Array(4), valueMax: new Float64Array(4).fill(Number.NaN), derived: new Uint8Array(4),
});
const settings: CompositeSettings = { weights: { m1: 1, m2: 2 }, normalisation: 'minmax', missing: 'partial', rankYear: null };

describe('the timed composite', () => {
  it('is the composite of the chosen metrics, with its computing time', () => {
    const blocks = [[block('m1', [1, 5, 3, 2])], [block('m2', [4, 1, 2, 3])]];
    const got = timedComposite(catalog, settings, ['m1', 'm2'], blocks);
    const want = composite(compositeInput(catalog, settings, new Map([['m1', blocks[0]!], ['m2', blocks[1]!]])));
    expect(got.rows).toEqual(want.rows);
    expect(got.excluded).toEqual(want.excluded);
    expect(got.ms).toBeGreaterThanOrEqual(0);
  });

  it('is not computed again for the same input; new blocks or settings are', () => {
    const blocks = [[block('m1', [1, 5, 3, 2])], [block('m2', [4, 1, 2, 3])]];
    const first = timedComposite(catalog, settings, ['m1', 'm2'], blocks);
    expect(timedComposite(catalog, { ...settings }, ['m1', 'm2'], [...blocks])).toBe(first);
    const reread = [[block('m1', [1, 5, 3, 2])], blocks[1]!];
    expect(timedComposite(catalog, settings, ['m1', 'm2'], reread)).not.toBe(first);
    const other = timedComposite(catalog, { ...settings, normalisation: 'rank' }, ['m1', 'm2'], reread);
    expect(other.rows).toEqual(composite(compositeInput(catalog, { ...settings, normalisation: 'rank' }, new Map([['m1', reread[0]!], ['m2', reread[1]!]]))).rows);
  });
});

describe('the caveats behind composite scores', () => {
  const caveat = { kind: 'cumulative' as const, since: 2020, note: { zh: '累计数', en: 'cumulative count' } };
  const older = { kind: 'year_assumed' as const, note: { zh: '年份未写', en: 'no year' } };
  const withCaveats = (b: MetricPeriodBlock, rows: number[], c: Caveat = caveat): MetricPeriodBlock => ({ ...b, caveats: { row: rows, caveats: rows.map(() => [c]) } });

  it('names, by jurisdiction, the caveated figures its score is built from, metric by metric', () => {
    const blocks = [[withCaveats(block('m1', [1, 5, 3, 2]), [1])], [withCaveats(block('m2', [4, 1, 2, 3]), [1, 2])]];
    const got = timedComposite(catalog, settings, ['m1', 'm2'], blocks);
    expect([...got.inputCaveats]).toEqual([
      ['b', [{ metric: 'm1', caveats: [caveat] }, { metric: 'm2', caveats: [caveat] }]],
      ['c', [{ metric: 'm2', caveats: [caveat] }]],
    ]);
  });
  it('takes the caveats of the figure the composite uses (the latest, or the year asked for), none without any', () => {
    const old = { ...withCaveats(block('m1', [9, 9, 9, 9]), [0], older), period: 2021 };
    const latest = block('m1', [1, 5, 3, 2]);
    const blocks = [[old, latest], [block('m2', [4, 1, 2, 3])]];
    expect(timedComposite(catalog, settings, ['m1', 'm2'], blocks).inputCaveats.size).toBe(0);
    expect([...timedComposite(catalog, { ...settings, rankYear: 2021 }, ['m1', 'm2'], blocks).inputCaveats]).toEqual([['a', [{ metric: 'm1', caveats: [older] }]]]);
  });
});

describe('the composite job: the ranking at once, a large band in parts', () => {
  const n = 2000;
  const places = Array.from({ length: n }, (_, i) => `p${i}`);
  const big = { jurisdictions: places.map((id) => ({ id })), metricById: catalog.metricById } as unknown as Catalog;
  const column = (m: string, f: (i: number) => number): MetricPeriodBlock => ({
    dataset: 'd', metric: m, period: 2022, jurisdiction: places, observation: places.map((p) => `${m}-${p}`),
    value: Float64Array.from(places, (_, i) => f(i)), qualifier: new Uint8Array(n), valueMax: new Float64Array(n).fill(Number.NaN), derived: new Uint8Array(n),
  });
  // scores close together, so that the perturbed draws move ranks and the band is wider than the rank
  const blocks = [[column('m1', (i) => (i * 37) % 101)], [column('m2', (i) => (i * 53) % 97)]];
  const want = composite(compositeInput(big, settings, new Map([['m1', blocks[0]!], ['m2', blocks[1]!]])));

  it('computes the base ranking when made, each band its rank alone; then the years, caveats and band in parts, shown together', () => {
    expect(n * 2 * DRAWS).toBeGreaterThan(BAND_PART_WORK);
    const job = compositeJob(big, settings, ['m1', 'm2'], blocks);
    expect([job.done, job.version]).toEqual([false, 1]);
    const base = job.result;
    expect(base.bandPending).toBe(true);
    expect(base.rows.map((r) => [r.jurisdiction, r.rank, r.score])).toEqual(want.rows.map((r) => [r.jurisdiction, r.rank, r.score]));
    expect(base.rows.every((r) => r.bandMin === r.rank && r.bandMax === r.rank)).toBe(true);
    expect(base.years).toEqual([]);
    job.step();
    expect(job.result).toBe(base);
    let parts = 1;
    while (!job.step()) parts++;
    expect(parts).toBe(Math.ceil(DRAWS / bandPartDraws(n, 2)));
    expect(parts).toBeGreaterThan(1);
    expect(job.version).toBe(2);
    expect(job.result.years).toEqual([2022]);
    expect(job.result.bandPending).toBeUndefined();
    expect(job.result.rows).toEqual(want.rows);
    expect(want.rows.some((r) => r.bandMax > r.bandMin)).toBe(true);
    // done: asked again, the same result without computing
    expect(compositeJob(big, { ...settings }, ['m1', 'm2'], [...blocks]).result).toBe(job.result);
  });

  it('computes a small band at once: the job is done when made', () => {
    const small = [[block('m1', [1, 5, 3, 2])], [block('m2', [4, 1, 2, 3])]];
    const job = compositeJob(catalog, { ...settings, normalisation: 'zscore' }, ['m1', 'm2'], small);
    expect(job.done).toBe(true);
    expect(job.result.bandPending).toBeUndefined();
  });
});
