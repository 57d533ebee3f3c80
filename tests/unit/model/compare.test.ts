import { describe, expect, it } from 'vitest';
import { buildPanels, defaultMetrics, type LocatedObservation } from '../../../src/model/compare';
import type { Metric } from '../../../src/model/schema';

const metric = (id: string, category: Metric['category'], unit = '件'): Metric => ({
  id, category, name: { zh: id, en: id }, unit: { zh: unit, en: unit }, kind: unit === '%' ? 'rate' : 'count', better: 'neutral',
});
const obs = (jurisdiction: string, m: string, period: number, value: number, extra: Partial<LocatedObservation> = {}): LocatedObservation => ({
  id: `${jurisdiction}.${m}.${period}`, report: `r.${jurisdiction}.${period}`, metric: m, period, value, qualifier: 'exact',
  quote: 'q', offset: 0, jurisdiction, dataset: 'd', ...extra,
});

const A = metric('a.count', 'mediation');
const B = metric('b.rate', 'mediation', '%');
const C = metric('c.count', 'licensing');

describe('buildPanels', () => {
  const data = [
    obs('x', 'a.count', 2021, 5),
    obs('x', 'a.count', 2022, 7),
    obs('y', 'a.count', 2021, 9, { qualifier: 'at_least' }),
    obs('y', 'b.rate', 2022, 50, { derived: { formula: 'ratio_pct', inputs: ['p', 'q'] } }),
  ];

  it('makes one panel per category and unit, with explicit not-reported cells', () => {
    const panels = buildPanels(data, { jurisdictions: ['x', 'y', 'z'], metrics: [A, B, C], year: null, sameYear: false });
    expect(panels.map((p) => p.key)).toEqual(['mediation|件', 'mediation|%', 'licensing|件']);
    const [counts, rates, lic] = panels;
    expect(counts!.cells[0]!.map((c) => (c.status === 'reported' ? [c.value, c.period, c.qualifier] : c.status))).toEqual([
      [7, 2022, 'exact'],
      [9, 2021, 'at_least'],
      'not_reported',
    ]);
    expect(counts!.mixedPeriods).toBe(true);
    expect(rates!.cells[0]![1]).toMatchObject({ status: 'reported', derived: true });
    expect(lic!.cells[0]!.every((c) => c.status === 'not_reported')).toBe(true);
  });

  it('with a fixed year, shows only that year and says what is not reported', () => {
    const [counts] = buildPanels(data, { jurisdictions: ['x', 'y'], metrics: [A], year: 2021, sameYear: false });
    expect(counts!.cells[0]!.map((c) => (c.status === 'reported' ? c.value : c.period))).toEqual([5, 9]);
    expect(counts!.mixedPeriods).toBe(false);
  });

  it('same-year mode picks the year most jurisdictions reported', () => {
    const [counts] = buildPanels(data, { jurisdictions: ['x', 'y'], metrics: [A], year: null, sameYear: true });
    expect(counts!.cells[0]!.map((c) => (c.status === 'reported' ? c.period : null))).toEqual([2021, 2021]);
  });
});

describe('defaultMetrics', () => {
  it('picks, per category, the widest metric and more of its unit: one panel per category', () => {
    const A2 = metric('a2.count', 'mediation');
    const data = [obs('x', 'a.count', 2022, 1), obs('y', 'a.count', 2022, 1), obs('x', 'b.rate', 2022, 1), obs('y', 'a2.count', 2022, 1), obs('q', 'c.count', 2022, 1)];
    expect(defaultMetrics([A, B, A2, C], ['mediation', 'licensing'], data, ['x', 'y']).map((m) => m.id)).toEqual(['a.count', 'a2.count']);
    expect(defaultMetrics([A, B, A2, C], ['mediation'], data, ['x', 'y'], 1).map((m) => m.id)).toEqual(['a.count']);
    expect(defaultMetrics([A, B, C], ['mediation'], [obs('x', 'b.rate', 2022, 1)], ['x']).map((m) => m.id)).toEqual(['b.rate']);
  });
});
