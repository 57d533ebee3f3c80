import { describe, expect, it } from 'vitest';
import type { LocatedObservation } from '../../../src/model/compare';
import { singleReporterFigures } from '../../../src/model/single-reporter';
import type { Metric } from '../../../src/model/schema';

const metric = (id: string, category: Metric['category']): Metric => ({
  id, category, name: { zh: id, en: id }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'neutral',
});
const obs = (jurisdiction: string, m: string, period: number, value: number): LocatedObservation => ({
  id: `${jurisdiction}.${m}.${period}`, report: `r.${jurisdiction}`, metric: m, period, value, qualifier: 'exact', quote: 'q', offset: 0, jurisdiction, dataset: 'd',
});
const M = [metric('med.a', 'mediation'), metric('med.b', 'mediation'), metric('lic.a', 'licensing'), metric('lic.b', 'licensing')];
const data = [
  obs('x', 'med.a', 2022, 1),
  obs('y', 'med.a', 2022, 2), // two places: comparable, never listed
  obs('y', 'med.b', 2023, 3),
  obs('x', 'lic.a', 2022, 4),
  obs('x', 'lic.b', 2021, 5),
  obs('q', 'lic.b', 2022, 6), // not a chosen place
];
const q = { jurisdictions: ['x', 'y'], categories: ['mediation', 'licensing'] as const, year: null, sameYear: false, drawn: new Set(['med.a']) };
const rows = (f: ReturnType<typeof singleReporterFigures>) => f.map((x) => [x.cell.observation.jurisdiction, x.metric.id, x.cell.value, x.cell.period]);

describe('singleReporterFigures', () => {
  it('lists the figures of indicators one chosen place reports, by place, then area, then metric', () => {
    expect(rows(singleReporterFigures(data, M, q))).toEqual([
      ['x', 'lic.a', 4, 2022],
      ['x', 'lic.b', 5, 2021],
      ['y', 'med.b', 3, 2023],
    ]);
  });
  it('never lists a metric drawn, one of an area not chosen, or anything with one place chosen', () => {
    expect(rows(singleReporterFigures(data, M, { ...q, drawn: new Set(['med.a', 'lic.a']), categories: ['licensing'] }))).toEqual([['x', 'lic.b', 5, 2021]]);
    expect(singleReporterFigures(data, M, { ...q, jurisdictions: ['x'] })).toEqual([]);
    // med.a is reported by two places: not listed even when not drawn
    expect(rows(singleReporterFigures(data, M, { ...q, drawn: new Set() })).map((r) => r[1])).not.toContain('med.a');
  });
  it('with a year asked, only that year; with the nearest year, the year next to it, marked', () => {
    expect(rows(singleReporterFigures(data, M, { ...q, year: 2022 }))).toEqual([['x', 'lic.a', 4, 2022]]);
    const near = singleReporterFigures(data, M, { ...q, year: 2022, nearYear: true });
    expect(rows(near)).toEqual([
      ['x', 'lic.a', 4, 2022],
      ['x', 'lic.b', 5, 2021],
      ['y', 'med.b', 3, 2023],
    ]);
    expect(near.map((f) => f.cell.adjacent === true)).toEqual([false, true, true]);
  });
});
