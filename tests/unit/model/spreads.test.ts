import { describe, expect, it } from 'vitest';
import { metricSpreads, spreadOf } from '../../../src/model/spreads';
import type { Catalog } from '../../../src/model/catalog';
import type { MetricPeriodBlock } from '../../../src/model/dataset-tables';
import type { Metric } from '../../../src/model/schema';

const metric: Metric = { id: 'm', category: 'mediation', name: { zh: '调解数', en: 'Mediated' }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'neutral' };
const rate: Metric = { ...metric, id: 'r', unit: { zh: '%', en: '%' }, kind: 'rate' };
const catalog = { metricById: new Map([['m', metric], ['r', rate]]) } as unknown as Pick<Catalog, 'metricById'>;

const block = (period: number, figures: Record<string, number>, m = 'm'): MetricPeriodBlock => {
  const ids = Object.keys(figures);
  return {
    dataset: 'd', metric: m, period, jurisdiction: ids, observation: ids.map((j) => `${j}.${period}`),
    value: Float64Array.from(Object.values(figures)), qualifier: new Uint8Array(ids.length), valueMax: new Float64Array(ids.length).fill(Number.NaN), derived: new Uint8Array(ids.length),
  };
};
// 2022: a, b; 2023: b, c, d; 2021: e
const blocks = [block(2022, { a: 10, b: 20 }), block(2023, { b: 99, c: 30, d: 40 }), block(2021, { e: 50 })];

describe('the spread of a metric over the stored places', () => {
  it('the year asked only: two places, no distribution', () => {
    const s = spreadOf(blocks, 'm', 2022, catalog, { members: null, populations: undefined })!;
    expect(s.values.sort()).toEqual([10, 20]);
    expect(s.dist).toBeNull();
    expect(s.adjacent).toBe(0);
  });

  it('nearest year: a place without the year asked counts with the year after, else the year before, and says how many', () => {
    const s = spreadOf(blocks, 'm', 2022, catalog, { members: null, populations: undefined, near: true })!;
    // b keeps its 2022 figure (20, not 99); c and d from 2023, e from 2021
    expect([...s.values].sort((x, y) => x - y)).toEqual([10, 20, 30, 40, 50]);
    expect(s.adjacent).toBe(3);
    expect(s.dist).toEqual({ n: 5, median: 30, q1: 20, q3: 40 });
  });

  it('leaves out the place placed among the others, and keeps to a peer group', () => {
    const s = spreadOf(blocks, 'm', 2022, catalog, { members: new Set(['a', 'b', 'c', 'd']), populations: undefined, near: true, exclude: 'a' })!;
    expect([...s.values].sort((x, y) => x - y)).toEqual([20, 30, 40]);
  });

  it('per 10,000 residents for counts (places without population left out), rates as they are', () => {
    const pop = (n: number) => ({ population: n, year: 2020, source: 'census-2020' as const });
    const populations = new Map([['b', pop(20_000)], ['c', pop(30_000)], ['d', pop(10_000)], ['e', null]]);
    const s = spreadOf(blocks, 'm', 2023, catalog, { members: null, populations })!;
    expect(s.perCapita).toBe(true);
    expect([...s.values].sort((x, y) => x - y)).toEqual([10, 40, 49.5]);
    const r = spreadOf([block(2023, { b: 90, c: 80, d: 70 }, 'r')], 'r', 2023, catalog, { members: null, populations })!;
    expect(r.perCapita).toBe(false);
    expect(r.dist?.median).toBe(80);
  });

  it('one spread per request, in order; none for a metric the catalogue does not know', () => {
    const out = metricSpreads([{ metric: 'm', year: null }, { metric: 'x', year: null }], [blocks, []], catalog, { members: null, populations: undefined });
    // each place's latest: a 10, b 99, c 30, d 40, e 50
    expect(out[0]!.dist?.median).toBe(40);
    expect(out[1]).toBeNull();
  });
});
