import { describe, expect, it } from 'vitest';
import type { LocatedObservation } from '../../../../src/model/compare';
import type { Metric } from '../../../../src/model/schema';
import { comparableByCategory, metricCoverage } from '../../../../src/features/compare/coverage';

const metric = (id: string, category: Metric['category'], specific = false): Metric => ({
  id, category, name: { zh: id, en: id }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'neutral', ...(specific ? { specific: true } : {}),
});
const obs = (jurisdiction: string, m: string, period = 2022): LocatedObservation => ({
  id: `${jurisdiction}.${m}.${period}`, report: 'r', metric: m, period, value: 1, qualifier: 'exact', quote: 'q', offset: 0, jurisdiction, dataset: 'd',
});
const catalog = { metrics: [metric('med.one', 'mediation'), metric('med.all', 'mediation'), metric('med.two', 'mediation'), metric('med.sp', 'mediation', true), metric('lic.two', 'licensing'), metric('lic.none', 'licensing')] };
const data = [
  obs('x', 'med.one'),
  ...['x', 'y', 'z'].map((j) => obs(j, 'med.all')),
  obs('x', 'med.two', 2021),
  obs('z', 'med.two', 2023),
  obs('x', 'med.sp'),
  obs('y', 'lic.two'),
  obs('z', 'lic.two'),
  obs('other', 'lic.none'),
];

describe('coverage in the pickers', () => {
  it('counts, per indicator, the chosen places that report it in any year, most covered first', () => {
    const list = metricCoverage(catalog, data, ['x', 'y', 'z'], ['mediation', 'licensing']);
    expect(list.map((c) => [c.metric.id, c.reporters])).toEqual([
      ['med.all', 3],
      ['med.two', 2],
      ['med.one', 1],
      ['lic.two', 2],
    ]);
    expect(metricCoverage(catalog, data, ['x', 'y', 'z'], ['licensing']).map((c) => c.metric.id)).toEqual(['lic.two']);
  });
  it('counts the comparable indicators of each area (two places; one when a single place is chosen)', () => {
    expect(comparableByCategory(catalog, data, ['x', 'y', 'z'])).toEqual(new Map([['mediation', 2], ['licensing', 1]]));
    expect(comparableByCategory(catalog, data, ['x'])).toEqual(new Map([['mediation', 3]]));
  });
});
