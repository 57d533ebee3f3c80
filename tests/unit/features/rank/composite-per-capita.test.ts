import { describe, expect, it } from 'vitest';
import { compositeInput, perCapitaColumn, type Populations } from '../../../../src/features/rank/composite-input';
import { timedComposite, type CompositeSettings } from '../../../../src/features/rank/composite-result';
import { compositeChartOption, compositeEntry, compositePerCapitaNotes } from '../../../../src/features/rank/composite-chart';
import { translator } from '../../../../src/i18n';
import type { Catalog } from '../../../../src/model/catalog';
import type { MetricPeriodBlock } from '../../../../src/model/dataset-tables';
import { composite } from '../../../../src/model/composite';
import type { Population } from '../../../../src/model/per-capita';
import type { Jurisdiction, Metric } from '../../../../src/model/schema';

const metric = (id: string, kind: Metric['kind'], better: Metric['better'] = 'higher'): Metric => ({
  id, category: 'mediation', name: { zh: id === 'count' ? '调解数' : '复议纠错率', en: id }, unit: { zh: kind === 'rate' ? '%' : '件', en: kind === 'rate' ? '%' : 'cases' }, kind, better,
});
const metrics = [metric('count', 'count'), metric('rate', 'rate')];
const jur = (id: string, short: string): Jurisdiction => ({ id, name: { zh: short, en: short }, short: { zh: short, en: short }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' } });
const jurisdictions = [jur('a', '甲'), jur('b', '乙'), jur('c', '丙'), jur('d', '丁')];
const catalog = {
  datasets: [],
  jurisdictions,
  jurisdictionById: new Map(jurisdictions.map((j) => [j.id, j])),
  metricById: new Map(metrics.map((m) => [m.id, m])),
} as unknown as Catalog;
const ids = ['a', 'b', 'c', 'd'];
const block = (m: string, values: number[]): MetricPeriodBlock => ({
  dataset: 'd', metric: m, period: 2022, jurisdiction: ids, observation: ids.map((j) => `o-${m}-${j}`),
  value: Float64Array.from(values), qualifier: new Uint8Array(4), valueMax: new Float64Array(4).fill(Number.NaN), derived: new Uint8Array(4),
});
const census = (population: number): Population => ({ population, year: 2020, source: 'census-2020' });
// c has no code (no population); d a population of 10,000
const populations: Populations = new Map([['a', census(1_000_000)], ['b', census(200_000)], ['c', null], ['d', census(10_000)]]);
const settings: CompositeSettings = { weights: { count: 1, rate: 1 }, normalisation: 'minmax', missing: 'partial', rankYear: null };
// a reports 100 cases, b 50, c 30, d none; the rate: 10, 20, 30, 40
const countBlock: MetricPeriodBlock = { ...block('count', [100, 50, 30]), jurisdiction: ['a', 'b', 'c'], observation: ['x', 'y', 'z'], qualifier: new Uint8Array(3), valueMax: new Float64Array(3).fill(Number.NaN), derived: new Uint8Array(3) };
const blocks = new Map([['count', [countBlock]], ['rate', [block('rate', [10, 20, 30, 40])]]]);

describe('the composite per 10,000 residents', () => {
  it('divides a count by the population: 100 cases for 1,000,000 residents are 1 per 10k', () => {
    const input = compositeInput(catalog, settings, blocks, populations);
    expect(input.values[0]![0]).toBeCloseTo(1, 12);
    expect(input.values[0]![1]).toBeCloseTo(2.5, 12);
  });

  it('never divides a rate', () => {
    const input = compositeInput(catalog, settings, blocks, populations);
    expect([...input.values[1]!]).toEqual([10, 20, 30, 40]);
    expect(input.perCapita?.divided).toEqual(['count']);
  });

  it('treats a place without population as missing for counts, never as 0, and lists it', () => {
    const input = compositeInput(catalog, settings, blocks, populations);
    expect(Number.isNaN(input.values[0]![2]!)).toBe(true);
    // a place that reports no count is missing too, and not listed as without population
    expect(Number.isNaN(input.values[0]![3]!)).toBe(true);
    expect(input.perCapita?.noPopulation).toEqual(['c']);
    expect(input.perCapita?.sources).toEqual([census(1_000_000)]);
    // under "exclude" the place without population drops out; under "partial" it is scored on the rate alone
    expect(composite({ ...input, missing: 'exclude' }).excluded).toContain('c');
    const partial = composite(input).rows.find((r) => r.jurisdiction === 'c')!;
    expect(partial.coverage).toBe(0.5);
  });

  it('ranks by the per-head value: b (2.5 per 10k) above a (1 per 10k), which reported more', () => {
    const countOnly = { ...settings, weights: { count: 1 } };
    const rows = composite(compositeInput(catalog, countOnly, blocks, populations)).rows;
    expect(rows.map((r) => r.jurisdiction)).toEqual(['b', 'a']);
    const raw = composite(compositeInput(catalog, countOnly, blocks)).rows;
    expect(raw.map((r) => r.jurisdiction)).toEqual(['a', 'b', 'c']);
  });

  it('without populations (cpc=0) is the raw composite, with no per-head notes', () => {
    const raw = compositeInput(catalog, settings, blocks, null);
    expect(raw.perCapita).toBeUndefined();
    expect([...raw.values[0]!].slice(0, 3)).toEqual([100, 50, 30]);
    const timed = timedComposite(catalog, settings, ['count', 'rate'], [blocks.get('count')!, blocks.get('rate')!], null);
    expect(timed.perCapita).toBeUndefined();
    expect(timed.rows).toEqual(composite(raw).rows);
    const per = timedComposite(catalog, settings, ['count', 'rate'], [blocks.get('count')!, blocks.get('rate')!], populations);
    expect(per).not.toBe(timed);
    expect(per.perCapita?.noPopulation).toEqual(['c']);
    expect(per.rows).toEqual(composite(compositeInput(catalog, settings, blocks, populations)).rows);
  });

  it('has no per-head part when only rates are chosen', () => {
    expect(compositeInput(catalog, { ...settings, weights: { rate: 1 } }, blocks, populations).perCapita).toBeUndefined();
  });

  it('divides a column in place, NaN where the population is', () => {
    const v = Float64Array.from([100, 7, Number.NaN]);
    perCapitaColumn(v, Float64Array.from([1_000_000, Number.NaN, 5]));
    expect(v[0]).toBeCloseTo(1, 12);
    expect(Number.isNaN(v[1]!)).toBe(true);
    expect(Number.isNaN(v[2]!)).toBe(true);
  });
});

describe('what the composite says about its counts per 10k residents', () => {
  const zh = translator('zh');
  const result = timedComposite(catalog, settings, ['count', 'rate'], [blocks.get('count')!, blocks.get('rate')!], populations);
  const shown = { result, catalog, ids: ['count', 'rate'], tiers: false, lang: 'zh' as const, t: zh };
  type O = { title: { text: string; subtext?: string }[] };

  it('the notes name the divided metrics, the population source and the places without population', () => {
    expect(compositePerCapitaNotes(shown)).toEqual([
      '计数和金额类指标(调解数)先按常住人口折算为每万人数值,再标准化;比率、变化、时长和指数保持原值。人口:2020年第七次全国人口普查',
      '无人口数据,计数和金额类指标按缺失处理(1 个地区):丙',
    ]);
    expect(compositePerCapitaNotes({ ...shown, result: { ...result, perCapita: undefined } })).toEqual([]);
  });

  it('the chart subtitle says counts are per 10k and gives the population source on a line of its own', () => {
    const subtitle = (compositeChartOption(shown) as unknown as O).title[0]!.subtext!;
    expect(subtitle).toBe('调解数 · 复议纠错率\n计数按每万人 · 人口:2020年第七次全国人口普查');
    const en = (compositeChartOption({ ...shown, lang: 'en', t: translator('en') }) as unknown as O).title[0]!.subtext!;
    expect(en).toBe('count · rate\ncounts per 10k residents · Population: 2020 census (7th national population census)');
  });

  it('the export carries the notes and, by row, the population and its source (无人口数据 where none)', () => {
    const entry = compositeEntry(shown)!;
    expect(entry.notes!.slice(0, 2)).toEqual(compositePerCapitaNotes(shown));
    expect(entry.description).toBe('调解数(每万人) · 复议纠错率');
    const byPlace = new Map(entry.rows.map((r) => [r.jurisdictionId, r]));
    expect(byPlace.get('a')).toMatchObject({ population: 1_000_000, populationSource: '人口:2020年第七次全国人口普查', perCapita: null });
    expect(byPlace.get('c')).toMatchObject({ population: null, perCapitaDisplay: '无人口数据' });
    const raw = compositeEntry({ ...shown, result: timedComposite(catalog, settings, ['count', 'rate'], [blocks.get('count')!, blocks.get('rate')!], null) })!;
    expect(raw.rows[0]!.population).toBeUndefined();
    // no note on population; the one note is the low-coverage warning (a place is ranked on 1 of the 2 metrics)
    expect(raw.notes).toEqual(['注意:1 个参与排名的地区覆盖率低于三分之二,最低为 50%(1/2 指标);其得分只反映所报的部分指标。']);
  });

  it('names a population the dataset gives by its own source and year, next to the census', () => {
    const own: Population = { population: 200_000, year: 2023, source: 'dataset', sourceText: { zh: '某市统计局', en: 'City statistics bureau' } };
    const mixed: Populations = new Map([...populations, ['b', own]]);
    const r = timedComposite(catalog, settings, ['count', 'rate'], [blocks.get('count')!, blocks.get('rate')!], mixed);
    expect(r.perCapita?.sources).toEqual([census(1_000_000), own]);
    const note = compositePerCapitaNotes({ ...shown, result: r })[0]!;
    expect(note).toContain('人口:2020年第七次全国人口普查');
    expect(note).toContain('某市统计局');
    expect(note).toContain('2023');
  });
});
