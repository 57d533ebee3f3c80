import { describe, expect, it } from 'vitest';
import { isSpecific, sharedMetrics, specificFigures } from '../../../src/model/specific';
import type { LocatedObservation } from '../../../src/model/compare';
import type { Metric } from '../../../src/model/schema';

const metric = (id: string, category: Metric['category'], specific?: true): Metric => ({
  id, category, name: { zh: id, en: id }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'neutral', ...(specific ? { specific } : {}),
});
const shared = metric('mediation.disputes_mediated', 'mediation');
const roomsA = metric('mediation.rooms_a', 'mediation', true);
const aidB = metric('legal_services.aid_b', 'legal_services', true);
const reconC = metric('reconsideration.c', 'reconsideration', true);
const metrics = new Map([shared, roomsA, aidB, reconC].map((m) => [m.id, m]));
const obs = (id: string, m: Metric, j: string, period = 2022): LocatedObservation => ({
  id, report: `r.${j}`, metric: m.id, period, value: 1, qualifier: 'exact', quote: 'q', offset: 0, jurisdiction: j, dataset: 'd',
});

describe('report-specific figures', () => {
  it('tells specific metrics from shared ones', () => {
    expect(isSpecific(roomsA)).toBe(true);
    expect(isSpecific(shared)).toBe(false);
    expect(sharedMetrics([roomsA, shared, aidB])).toEqual([shared]);
  });
  it('lists the specific figures of the chosen places, by place in the order given, then by area', () => {
    const list = specificFigures(
      [obs('1', aidB, 'a'), obs('2', shared, 'a'), obs('3', roomsA, 'b'), obs('4', roomsA, 'a'), obs('5', roomsA, 'z')],
      metrics,
      { jurisdictions: ['b', 'a'], year: null },
    );
    expect(list.map((f) => f.observation.id)).toEqual(['3', '4', '1']);
    expect(list[0]!.metric).toBe(roomsA);
  });
  it('keeps to the chosen areas (in the catalogue’s order of areas) and year', () => {
    const all = [obs('1', aidB, 'a'), obs('2', roomsA, 'a', 2021), obs('3', reconC, 'a')];
    expect(specificFigures(all, metrics, { jurisdictions: ['a'], categories: ['mediation', 'reconsideration'], year: null }).map((f) => f.observation.id)).toEqual(['3', '2']);
    expect(specificFigures(all, metrics, { jurisdictions: ['a'], year: 2022 }).map((f) => f.observation.id)).toEqual(['3', '1']);
  });
  it('leaves out figures whose metric the catalogue does not know', () => {
    expect(specificFigures([obs('1', metric('x.unknown', 'mediation', true), 'a')], metrics, { jurisdictions: ['a'], year: null })).toEqual([]);
  });
});
