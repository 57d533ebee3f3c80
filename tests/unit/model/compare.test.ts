import { describe, expect, it } from 'vitest';
import { buildPanels, comparableMetrics, defaultMetrics, metricReporters, type LocatedObservation } from '../../../src/model/compare';
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

describe('years, honestly', () => {
  const data = [
    obs('x', 'a.count', 2022, 5),
    obs('y', 'a.count', 2023, 9),
    obs('z', 'a.count', 2021, 4),
    obs('z', 'a.count', 2024, 8),
  ];
  const q = { jurisdictions: ['x', 'y', 'z', 'w'], metrics: [A], year: 2022, sameYear: true };

  it('a gap with a year asked names the years the place does report; a place without any figure has none', () => {
    const [p] = buildPanels(data, q);
    expect(p!.cells[0]!.map((c) => (c.status === 'not_reported' ? (c.otherYears ?? []) : c.period))).toEqual([2022, [2023], [2021, 2024], []]);
    expect(p!.mixedPeriods).toBe(false);
    expect(p!.periods).toEqual([2022]);
    expect(p!.adjacent).toBe(false);
  });

  it('drops the mixed-years warning whenever the figures are of one year, with or without a year asked', () => {
    const one = [obs('x', 'a.count', 2023, 1), obs('y', 'a.count', 2023, 2)];
    for (const opts of [{ year: null, sameYear: false }, { year: null, sameYear: true }, { year: 2023, sameYear: false }])
      expect(buildPanels(one, { jurisdictions: ['x', 'y', 'z'], metrics: [A], ...opts })[0]!.mixedPeriods).toBe(false);
    expect(buildPanels(data, { jurisdictions: ['x', 'y'], metrics: [A], year: null, sameYear: false })[0]!.mixedPeriods).toBe(true);
  });

  it('nearest year: the year after, then the year before stands in, marked, and the panel says so', () => {
    const [p] = buildPanels([...data, obs('w', 'a.count', 2021, 3)], { ...q, sameYear: false, nearYear: true });
    const cells = p!.cells[0]!;
    // x has 2022; y only 2023 (after); z 2021 and 2024 (2021 is the one within a year); w only 2021
    expect(cells.map((c) => (c.status === 'reported' ? [c.value, c.period, c.adjacent === true] : c.status))).toEqual([
      [5, 2022, false],
      [9, 2023, true],
      [4, 2021, true],
      [3, 2021, true],
    ]);
    const [both] = buildPanels([obs('x', 'a.count', 2021, 1), obs('x', 'a.count', 2023, 2)], { jurisdictions: ['x'], metrics: [A], year: 2022, sameYear: false, nearYear: true });
    expect(both!.cells[0]![0]).toMatchObject({ status: 'reported', period: 2023, adjacent: true });
    expect(p!.adjacent).toBe(true);
    expect(p!.periods).toEqual([2021, 2022, 2023]);
    expect(p!.mixedPeriods).toBe(true);
    // without a year asked, the option does nothing
    const [latest] = buildPanels(data, { ...q, year: null, sameYear: false, nearYear: true });
    expect(latest!.adjacent).toBe(false);
  });

  it('dropSilent leaves out the places that report none of the panel’s metrics in any year, and keeps colours', () => {
    const [p] = buildPanels(data, { ...q, dropSilent: true });
    expect(p!.jurisdictions).toEqual(['x', 'y', 'z']);
    expect(p!.placeIndex).toEqual([0, 1, 2]);
    expect(p!.absent).toEqual(['w']);
    const [q2] = buildPanels([obs('y', 'a.count', 2022, 1), obs('w', 'a.count', 2022, 1)], { ...q, dropSilent: true });
    expect(q2!.jurisdictions).toEqual(['y', 'w']);
    expect(q2!.placeIndex).toEqual([1, 3]);
    expect(q2!.absent).toEqual(['x', 'z']);
    expect(buildPanels(data, q)[0]!.absent).toEqual([]);
    // a peer group's focus is drawn even without a figure
    const [kept] = buildPanels([obs('y', 'a.count', 2022, 1), obs('w', 'a.count', 2022, 1)], { ...q, dropSilent: true, keep: ['x'] });
    expect(kept!.jurisdictions).toEqual(['x', 'y', 'w']);
    expect(kept!.absent).toEqual(['z']);
  });
});

describe('comparableMetrics', () => {
  it('draws only metrics at least two chosen places report; one place chosen: what it reports', () => {
    const A2 = metric('a2.count', 'mediation');
    const data = [obs('x', 'a.count', 2022, 1), obs('x', 'a2.count', 2022, 1), obs('y', 'a2.count', 2021, 1), obs('x', 'c.count', 2022, 1)];
    expect(comparableMetrics([A, A2, C], ['mediation', 'licensing'], data, ['x', 'y']).map((m) => m.id)).toEqual(['a2.count']);
    expect(comparableMetrics([A, A2, C], ['mediation', 'licensing'], data, ['x']).map((m) => m.id)).toEqual(['a.count', 'a2.count', 'c.count']);
    expect(comparableMetrics([A, C], ['licensing'], data, ['x', 'y'])).toEqual([]);
    expect(metricReporters(data, ['x', 'y']).get('a2.count')).toEqual(new Set(['x', 'y']));
  });
});
