import { describe, expect, it } from 'vitest';
import { categoryScores, timeSeries, yearSpan } from '../../../src/model/profile';
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
    expect(categoryScores('x', metrics, blocks)).toEqual([{ category: 'mediation', score: 50, othersMean: 37.5, metrics: 2 }]);
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
      { category: 'mediation', score: 0, othersMean: 100, metrics: 1, caveats: [{ metric: 'a', caveats: [caveat] }] },
      { category: 'licensing', score: 100, othersMean: 0, metrics: 1 },
    ]);
  });
});
