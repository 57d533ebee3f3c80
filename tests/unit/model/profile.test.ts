import { describe, expect, it } from 'vitest';
import { categoryScores, percentiles, profileScores, timeSeries, yearSpan } from '../../../src/model/profile';
import type { LocatedObservation } from '../../../src/model/compare';
import type { MetricPeriodBlock } from '../../../src/model/dataset-tables';
import type { Metric } from '../../../src/model/schema';

const block = (metric: string, period: number, rows: [string, number][]): MetricPeriodBlock => ({
  dataset: 'd', metric, period,
  jurisdiction: rows.map((r) => r[0]), observation: rows.map((r) => `${r[0]}.${metric}.${period}`),
  value: Float64Array.from(rows.map((r) => r[1])), qualifier: new Uint8Array(rows.length),
  valueMax: new Float64Array(rows.length).fill(NaN), derived: new Uint8Array(rows.length),
});
const metric = (id: string, category: Metric['category'], better: Metric['better']): Metric => ({
  id, category, better, kind: 'rate', name: { zh: id, en: id }, unit: { zh: '%', en: '%' },
});

describe('categoryScores', () => {
  it('scores the target against the mean of the others, in each metric direction, skipping neutral ones', () => {
    const metrics = [metric('a', 'mediation', 'higher'), metric('b', 'mediation', 'lower'), metric('c', 'licensing', 'neutral')];
    const blocks = new Map([
      ['a', [block('a', 2022, [['x', 10], ['y', 20], ['z', 30]])]],
      ['b', [block('b', 2022, [['x', 1], ['y', 5]])]],
      ['c', [block('c', 2022, [['x', 1], ['y', 5]])]],
    ]);
    // a: x is lowest of 3 (16.7; the others 50 and 83.3); b: x is better of 2 (75; the other 25)
    expect(categoryScores('x', metrics, blocks)).toEqual([{ category: 'mediation', score: 45.8, othersMean: 45.8, metrics: 2, places: { min: 2, max: 3 } }]);
  });
});

describe('percentiles', () => {
  it('are (mid-rank − ½) / n: never 0 or 100, a small gap between two places one step, ties the mean rank', () => {
    expect([...percentiles(Float64Array.from([99, 99.7]), 'higher')]).toEqual([25, 75]);
    expect([...percentiles(Float64Array.from([99, 99.7]), 'lower')]).toEqual([75, 25]);
    expect([...percentiles(Float64Array.from([100, 98.88, 100]), 'higher')].map((x) => Math.round(x * 10) / 10)).toEqual([66.7, 16.7, 66.7]);
    expect([...percentiles(Float64Array.from([5, 5]), 'higher')]).toEqual([50, 50]);
    const p = percentiles(Float64Array.from([3, 1, 4, 1, 5, 9, 2, 6]), 'higher');
    expect(p.reduce((a, b) => a + b, 0) / p.length).toBeCloseTo(50, 9);
  });
});

describe('the radar’s axes', () => {
  const blocks = new Map([
    ['r1', [block('r1', 2022, [['x', 99], ['y', 99.7]])]],
    ['r2', [block('r2', 2022, [['x', 100], ['y', 98.88], ['z', 100]])]],
    ['r3', [block('r3', 2022, [['x', 5], ['z', 7]])]],
    ['r4', [block('r4', 2022, [['x', 5]])]],
    ['n', [block('n', 2022, [['x', 1], ['y', 2]])]],
  ]);
  it('are the areas when the shared directed metrics fall in three areas', () => {
    const metrics = [metric('r1', 'mediation', 'higher'), metric('r2', 'litigation', 'higher'), metric('r3', 'licensing', 'lower'), metric('r4', 'licensing', 'higher')];
    const r = profileScores('x', metrics, blocks);
    expect(r).toMatchObject({ by: 'category', shared: 3, categories: 3 });
    expect(r.axes.map((a) => [a.category, a.metric, a.score, a.places])).toEqual([
      ['mediation', undefined, 25, { min: 2, max: 2 }],
      ['litigation', undefined, 66.7, { min: 3, max: 3 }],
      ['licensing', undefined, 75, { min: 2, max: 2 }],
    ]);
  });
  it('are the metrics when three shared metrics fall in two areas (counted per metric)', () => {
    const metrics = [metric('r1', 'mediation', 'higher'), metric('r2', 'litigation', 'higher'), metric('r3', 'litigation', 'lower'), metric('n', 'mediation', 'neutral')];
    const r = profileScores('x', metrics, blocks);
    expect(r).toMatchObject({ by: 'metric', shared: 3, categories: 2 });
    expect(r.axes.map((a) => a.metric)).toEqual(['r1', 'r2', 'r3']);
  });
  it('are too few for a radar under three shared metrics (a neutral or unshared one does not count)', () => {
    const metrics = [metric('r1', 'mediation', 'higher'), metric('r2', 'litigation', 'higher'), metric('n', 'mediation', 'neutral'), metric('r4', 'licensing', 'higher')];
    const r = profileScores('y', metrics, blocks);
    expect(r).toMatchObject({ shared: 2, categories: 2 });
    expect(r.axes.map((a) => [a.metric, a.score])).toEqual([['r1', 75], ['r2', 16.7]]);
  });
});

describe('time series', () => {
  const obs = (metric: string, period: number, value: number, extra: Partial<LocatedObservation> = {}): LocatedObservation => ({
    id: `${metric}.${period}.${value}`, report: `r${period}`, metric, period, value, qualifier: 'exact', quote: 'q', offset: 0,
    jurisdiction: 'x', dataset: 'bundled', ...extra,
  });
  it('leaves gaps for missing years instead of joining them, and keeps metrics with two or more years', () => {
    const years = yearSpan([2019, 2021, 2022]);
    expect(years).toEqual([2019, 2020, 2021, 2022]);
    const series = timeSeries([obs('a', 2021, 3), obs('b', 2022, 7), obs('a', 2019, 1), obs('a', 2022, 4)], ['bundled']);
    expect(series).toEqual([{ metric: 'a', years: [2019, 2020, 2021, 2022], values: [1, null, 3, 4] }]);
  });
  it('takes, within a year, a figure from the text over a derived one, then the dataset listed first', () => {
    const derived = { derived: { formula: 'sum', inputs: ['y'] } } as Partial<LocatedObservation>;
    const series = timeSeries(
      [
        obs('a', 2021, 99, { dataset: 'user' }),
        obs('a', 2021, 3),
        obs('a', 2022, 50, derived),
        obs('a', 2022, 4, { dataset: 'user' }),
        obs('b', 2020, 1, { dataset: 'user' }),
        obs('b', 2021, 2, { dataset: 'user' }),
      ],
      ['bundled', 'user'],
    );
    expect(series).toEqual([
      { metric: 'a', years: [2021, 2022], values: [3, 4] },
      { metric: 'b', years: [2020, 2021], values: [1, 2] },
    ]);
    expect(timeSeries([obs('a', 2021, 1), obs('a', 2022, 2), obs('b', 2021, 1), obs('b', 2022, 2)], ['bundled'], 1)).toHaveLength(1);
  });
});

describe('time series with caveats', () => {
  const caveat = { kind: 'year_assumed' as const, note: { zh: '报告未写年份', en: 'no year in the text' } };
  const obs = (period: number, value: number, caveats?: LocatedObservation['caveats']): LocatedObservation => ({
    id: `a.${period}`, report: `r${period}`, metric: 'a', period, value, qualifier: 'exact', quote: 'q', offset: 0, jurisdiction: 'x', dataset: 'bundled',
    ...(caveats ? { caveats } : {}),
  });
  it('keeps each year’s caveats beside its value, only when some figure has any', () => {
    const [s] = timeSeries([obs(2020, 1), obs(2022, 3, [caveat])], ['bundled']);
    expect(s).toEqual({ metric: 'a', years: [2020, 2021, 2022], values: [1, null, 3], caveats: [undefined, undefined, [caveat]] });
    expect('caveats' in timeSeries([obs(2020, 1), obs(2021, 2)], ['bundled'])[0]!).toBe(false);
  });
});

describe('categoryScores with caveats', () => {
  it('names the target’s caveated figures behind each category score, and only when there are some', () => {
    const caveat = { kind: 'own_level' as const, note: { zh: '仅本级', en: 'own level' } };
    const a = { ...block('a', 2022, [['x', 10], ['y', 20]]), caveats: { row: [0, 1], caveats: [[caveat], [caveat]] } };
    const blocks = new Map([['a', [a]], ['b', [block('b', 2022, [['x', 1], ['y', 5]])]]]);
    const metrics = [metric('a', 'mediation', 'higher'), metric('b', 'licensing', 'lower')];
    expect(categoryScores('x', metrics, blocks)).toEqual([
      { category: 'mediation', score: 25, othersMean: 75, metrics: 1, places: { min: 2, max: 2 }, caveats: [{ metric: 'a', caveats: [caveat] }] },
      { category: 'licensing', score: 75, othersMean: 25, metrics: 1, places: { min: 2, max: 2 } },
    ]);
  });
});
