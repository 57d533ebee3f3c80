import { describe, expect, it } from 'vitest';
import { buildPanels, type LocatedObservation } from '../../../src/model/compare';
import {
  dividesPerCapita, formatPerCapita, perCapitaFigure, perCapitaPanel, perCapitaUnit, populationOf, populationsOf,
  roundPerCapita, type Population, type PopulationSource,
} from '../../../src/model/per-capita';
import { perCapitaRanking } from '../../../src/model/per-capita-rank';
import type { Jurisdiction, Metric } from '../../../src/model/schema';

const pop = (population: number): Population => ({ population, year: 2020, source: 'census-2020' });
const places: PopulationSource = {
  byCode: (code) => ({ '320412': 1697380, '141100': 3398431, '999999': 0 } as Record<string, number>)[code] !== undefined
    ? { population: ({ '320412': 1697380, '141100': 3398431, '999999': 0 } as Record<string, number>)[code]!, populationYear: 2020, populationSource: 'census-2020' }
    : undefined,
};
const jur = (id: string, code?: string): Jurisdiction => ({
  id, name: { zh: id, en: id }, short: { zh: id, en: id }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' }, ...(code ? { code } : {}),
});
const metric = (kind: Metric['kind'], unit = '件'): Metric => ({
  id: `m.${kind}`, category: 'licensing', name: { zh: '指标', en: 'metric' }, unit: { zh: unit, en: unit === '件' ? 'cases' : unit }, kind, better: 'higher',
});
const obs = (j: string, m: string, value: number, extra: Partial<LocatedObservation> = {}): LocatedObservation => ({
  id: `${j}.${m}`, report: `r.${j}`, metric: m, period: 2022, value, qualifier: 'exact', quote: 'q', offset: 0, jurisdiction: j, dataset: 'd', ...extra,
});

describe('per 10,000 residents', () => {
  it('divides counts and amounts only', () => {
    expect(['count', 'amount', 'rate', 'change', 'duration', 'index'].filter((k) => dividesPerCapita(k as Metric['kind']))).toEqual(['count', 'amount']);
  });

  it('is value ÷ population × 10,000, with full precision, the population and its source', () => {
    const f = perCapitaFigure({ value: 79, qualifier: 'exact' }, pop(1697380));
    expect(f.value).toBeCloseTo((79 / 1697380) * 10000, 12);
    expect(f).toMatchObject({ qualifier: 'exact', derived: 'per_capita', population: { population: 1697380, year: 2020, source: 'census-2020' }, raw: { value: 79 } });
  });

  it('keeps the qualifier: a lower bound stays a lower bound, an approximation approximate, a range divides both ends', () => {
    expect(perCapitaFigure({ value: 15000, qualifier: 'at_least' }, pop(1e6))).toMatchObject({ value: 150, qualifier: 'at_least' });
    expect(perCapitaFigure({ value: 500, qualifier: 'approx' }, pop(1e6))).toMatchObject({ value: 5, qualifier: 'approx' });
    expect(perCapitaFigure({ value: 100, valueMax: 300, qualifier: 'range' }, pop(1e6))).toMatchObject({ value: 1, valueMax: 3, qualifier: 'range' });
  });

  it('rounds for display only: three significant digits under 100, whole numbers above', () => {
    expect(roundPerCapita(0.46542)).toBe(0.465);
    expect(roundPerCapita(12.345)).toBe(12.3);
    expect(roundPerCapita(1234.5)).toBe(1235);
    expect(roundPerCapita(0)).toBe(0);
    expect(formatPerCapita({ value: 0.46542, qualifier: 'at_least' }, { zh: '件', en: 'cases' }, 'zh')).toBe('≥0.465件/万人');
    expect(formatPerCapita({ value: 0.1, valueMax: 0.25, qualifier: 'range' }, { zh: '件', en: 'cases' }, 'en')).toBe('0.1–0.25 cases per 10k');
    expect(formatPerCapita({ value: 2_345_678, qualifier: 'approx' }, { zh: '元', en: 'yuan' }, 'zh', false)).toBe('≈234.57万');
    expect(perCapitaUnit({ zh: '件', en: 'cases' })).toEqual({ zh: '件/万人', en: 'cases per 10k' });
  });

  it('has no population without a code, with an unknown code, or with none living there', () => {
    expect(populationOf(jur('a', '320412'), places)).toEqual(pop(1697380));
    expect(populationOf(jur('b'), places)).toBeNull();
    expect(populationOf(jur('c', '123456'), places)).toBeNull();
    expect(populationOf(jur('d', '999999'), places)).toBeNull();
    expect([...populationsOf([jur('a', '320412'), jur('b')], places)]).toEqual([['a', pop(1697380)], ['b', null]]);
  });
});

describe('perCapitaPanel', () => {
  const populations = new Map<string, Population | null>([['a', pop(1697380)], ['b', pop(3398431)], ['c', null]]);
  const count = metric('count');

  it('divides the figures, marks them derived, writes no_population (never 0 or not reported) and keeps not reported', () => {
    const [panel] = buildPanels([obs('a', count.id, 79), obs('b', count.id, 198, { qualifier: 'at_least' }), obs('c', count.id, 5)], {
      jurisdictions: ['a', 'b', 'c', 'd'], metrics: [count], year: null, sameYear: false,
    });
    const p = perCapitaPanel(panel!, populations);
    expect(p.unit).toEqual({ zh: '件/万人', en: 'cases per 10k' });
    expect(p.perCapita).toEqual({ divided: true, populations: [pop(1697380), pop(3398431), null, null] });
    const [a, b, c, d] = p.cells[0]!;
    expect(a).toMatchObject({ status: 'reported', derived: true, qualifier: 'exact' });
    expect(a!.status === 'reported' && a!.value).toBeCloseTo((79 / 1697380) * 1e4, 12);
    expect(b).toMatchObject({ status: 'reported', qualifier: 'at_least' });
    expect(c).toMatchObject({ status: 'no_population', period: 2022, raw: { value: 5 } });
    expect(d).toEqual({ status: 'not_reported', period: null });
    expect(panel!.cells[0]![0]).toMatchObject({ value: 79, derived: false });
  });

  it('leaves rates, changes, durations and indexes as they are, and says so', () => {
    for (const kind of ['rate', 'change', 'duration', 'index'] as const) {
      const m = metric(kind, '%');
      const [panel] = buildPanels([obs('a', m.id, 95.5)], { jurisdictions: ['a'], metrics: [m], year: null, sameYear: false });
      const p = perCapitaPanel(panel!, populations);
      expect(p.perCapita?.divided).toBe(false);
      expect(p.unit).toEqual(panel!.unit);
      expect(p.cells[0]![0]).toMatchObject({ value: 95.5, derived: false });
    }
  });
});

describe('perCapitaRanking', () => {
  const entries = [
    { jurisdiction: 'a', value: 79, qualifier: 'exact' as const, period: 2022, observation: 'oa', derived: false },
    { jurisdiction: 'b', value: 198, qualifier: 'exact' as const, period: 2023, observation: 'ob', derived: false },
    { jurisdiction: 'c', value: 500, qualifier: 'exact' as const, period: 2023, observation: 'oc', derived: false },
    { jurisdiction: 'e', value: 2, qualifier: 'exact' as const, period: 2023, observation: 'oe', derived: false },
  ];
  const populations = new Map<string, Population | null>([['a', pop(1697380)], ['b', pop(3398431)], ['c', null], ['e', pop(40_000)]]);

  it('ranks by the per-head value in the metric’s direction, places without population apart', () => {
    const higher = perCapitaRanking(entries, populations, 'higher');
    expect(higher.rows.map((r) => [r.jurisdiction, r.rank])).toEqual([['b', 1], ['e', 2], ['a', 3]]);
    expect(higher.rows.every((r) => r.derived)).toBe(true);
    expect(higher.rows[0]!.perCapita.raw.value).toBe(198);
    expect(higher.noPopulation.map((r) => r.jurisdiction)).toEqual(['c']);
    const lower = perCapitaRanking(entries, populations, 'lower');
    expect(lower.rows.map((r) => r.jurisdiction)).toEqual(['a', 'e', 'b']);
  });

  it('ties share the best rank (competition ranking)', () => {
    const tied = perCapitaRanking(
      [entries[0]!, { ...entries[1]!, jurisdiction: 'f', value: 158 }],
      new Map([['a', pop(1e6)], ['f', pop(2e6)]]),
      'higher',
    );
    expect(tied.rows.map((r) => [r.jurisdiction, r.rank, r.tied])).toEqual([['a', 1, true], ['f', 1, true]]);
  });
});

describe('a population the dataset gives', () => {
  const own = { value: 1_800_000, year: 2023, source: { zh: '常州市统计局', en: 'Changzhou statistics bureau' } };

  it('is preferred to the census figure of the code, with its own year and source', () => {
    expect(populationOf({ ...jur('w', '320412'), population: own }, places)).toEqual({
      population: 1_800_000,
      year: 2023,
      source: 'dataset',
      sourceText: own.source,
    });
    // without a code too
    expect(populationOf({ ...jur('x'), population: own }, places)?.population).toBe(1_800_000);
    expect(populationOf(jur('w', '320412'), places)).toEqual(pop(1697380));
  });
});
