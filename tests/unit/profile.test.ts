import { describe, expect, it } from 'vitest';
import { categoryScores, yearSpan } from '../../src/domain/profile';
import { seriesOf } from '../../src/domain/metric-values';
import type { MetricPeriodBlock } from '../../src/domain/blocks';
import type { Metric } from '../../src/domain/schema';

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
  it('leaves gaps for missing years instead of joining them', () => {
    const blocks = [block('a', 2019, [['x', 1]]), block('a', 2021, [['x', 3]]), block('a', 2022, [['x', 4]])];
    const years = yearSpan([2019, 2021, 2022]);
    expect(years).toEqual([2019, 2020, 2021, 2022]);
    expect(seriesOf(blocks, 'x', years)).toEqual([1, null, 3, 4]);
  });
});
