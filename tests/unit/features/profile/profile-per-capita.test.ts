import { describe, expect, it } from 'vitest';
import { profileFigureTexts, profilePerCapitaNote, profilePerHead } from '../../../../src/features/profile/profile-per-capita';
import { perHeadSeries, timeChartEntry, timeChartOption, type TimeChartData } from '../../../../src/features/profile/time-chart';
import { translator } from '../../../../src/i18n';
import type { Catalog } from '../../../../src/model/catalog';
import type { Population } from '../../../../src/model/per-capita';
import type { Jurisdiction, Metric } from '../../../../src/model/schema';

const count: Metric = { id: 'm', category: 'mediation', name: { zh: '调解数', en: 'Mediated' }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'higher' };
const rate: Metric = { ...count, id: 'r', name: { zh: '纠错率', en: 'Corrected' }, unit: { zh: '%', en: '%' }, kind: 'rate' };
const jur: Jurisdiction = { id: 'a', name: { zh: '甲市', en: 'A City' }, short: { zh: '甲', en: 'A' }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' } };
const catalog = { datasets: [], jurisdictionById: new Map([['a', jur]]), metricById: new Map([['m', count], ['r', rate]]) } as unknown as Catalog;
const million: Population = { population: 1_000_000, year: 2020, source: 'census-2020' };

describe('profile figures per 10,000 residents', () => {
  it('divides a count: 100 cases for 1,000,000 residents are 1 per 10k, marked derived, with the population and its year', () => {
    expect(profilePerHead({ value: 100, qualifier: 'exact' }, count, million)).toMatchObject({ status: 'divided', figure: { value: 1, qualifier: 'exact' } });
    expect(profileFigureTexts({ value: 100, qualifier: 'exact' }, count, million, 'zh')).toEqual({
      reported: '100件',
      population: '100万',
      populationTitle: '常住人口 100万(2020年普查) · 人口:2020年第七次全国人口普查',
      perHead: '1件/万人*',
    });
  });

  it('keeps a lower bound a lower bound', () => {
    const per = profilePerHead({ value: 2500, qualifier: 'at_least' }, count, million);
    expect(per).toMatchObject({ status: 'divided', figure: { value: 25, qualifier: 'at_least' } });
    expect(profileFigureTexts({ value: 2500, qualifier: 'at_least' }, count, million, 'zh').perHead).toBe('≥25件/万人*');
  });

  it('never divides a rate, and says so', () => {
    expect(profilePerHead({ value: 12, qualifier: 'exact' }, rate, million)).toEqual({ status: 'not_divided' });
    expect(profileFigureTexts({ value: 12, qualifier: 'exact' }, rate, million, 'zh')).toEqual({ reported: '12%', population: '—', populationTitle: '', perHead: '不按人口折算' });
    expect(profileFigureTexts({ value: 12, qualifier: 'exact' }, rate, million, 'en').perHead).toBe('not divided by population');
  });

  it('a place without population has no per-head value (无人口数据, never 0)', () => {
    expect(profilePerHead({ value: 100, qualifier: 'exact' }, count, null)).toEqual({ status: 'no_population' });
    const text = profileFigureTexts({ value: 100, qualifier: 'exact' }, count, null, 'zh');
    expect(text).toEqual({ reported: '100件', population: '—', populationTitle: '', perHead: '无人口数据' });
    expect(profilePerCapitaNote(null, 'zh')).toContain('本地区无人口数据');
    expect(profilePerCapitaNote(million, 'zh')).toContain('常住人口 100万(2020年普查) · 人口:2020年第七次全国人口普查');
    // a population the dataset gives is named by its own year and source, never as the 2020 census
    const own: Population = { population: 500_000, year: 2023, source: 'dataset', sourceText: { zh: '某市统计局', en: 'City statistics bureau' } };
    expect(profilePerCapitaNote(own, 'zh')).toContain('某市统计局');
    expect(profilePerCapitaNote(own, 'zh')).not.toContain('2020');
    expect(profileFigureTexts({ value: 100, qualifier: 'exact' }, count, own, 'zh')).toMatchObject({ perHead: '2件/万人*', population: '50万' });
  });
});

describe('a profile time chart per 10,000 residents', () => {
  const series: TimeChartData = { jurisdiction: 'a', metric: count, years: [2020, 2021, 2022], values: [300, null, 500], order: 0 };
  type O = { title: { subtext?: string }[]; yAxis: { name: string }; legend: { top: number }; grid: { top: number }; series: { data: unknown[] }[] };

  it('divides the counts; a gap stays a gap', () => {
    const per = perHeadSeries(series, million);
    expect(per.values).toEqual([3, null, 5]);
    expect(per.perCapita).toEqual({ divided: true, population: million, raw: [300, null, 500] });
  });

  it('draws the per-head values with the per-head unit and the population in the subtitle', () => {
    const o = timeChartOption(perHeadSeries(series, million), catalog, 'zh') as unknown as O;
    expect(o.series[0]!.data).toEqual([3, '-', 5]);
    expect(o.yAxis.name).toBe('件/万人');
    expect(o.title[0]!.subtext).toBe('2020–2022\n常住人口 100万(2020年普查)');
    // the legend and the plot move down by the second line
    const plain = timeChartOption(series, catalog, 'zh') as unknown as O;
    expect(o.legend.top).toBeGreaterThan(plain.legend.top);
    expect(o.grid.top).toBeGreaterThan(plain.grid.top);
  });

  it('keeps a rate as reported and says it is not divided; without population the figures stay as reported', () => {
    const rated = perHeadSeries({ ...series, metric: rate }, million);
    expect(rated.values).toEqual([300, null, 500]);
    expect((timeChartOption(rated, catalog, 'zh') as unknown as O).title[0]!.subtext).toContain('不按人口折算');
    const none = perHeadSeries(series, null);
    expect(none.values).toEqual([300, null, 500]);
    const o = timeChartOption(none, catalog, 'zh') as unknown as O;
    expect(o.yAxis.name).toBe('件');
    expect(o.title[0]!.subtext).toContain('无人口数据');
  });

  it('exports the figure reported, the population and the per-head value; 无人口数据 where there is none', () => {
    const zh = translator('zh');
    const entry = timeChartEntry(perHeadSeries(series, million), catalog, 'zh', zh);
    expect(entry.rows.map((r) => [r.period, r.value, r.population, r.perCapita, r.perCapitaDisplay])).toEqual([
      [2020, 300, 1_000_000, 3, '3件/万人*'],
      [2021, null, undefined, undefined, undefined],
      [2022, 500, 1_000_000, 5, '5件/万人*'],
    ]);
    expect(entry.rows[0]!.populationSource).toBe('人口:2020年第七次全国人口普查');
    expect(entry.notes![0]).toContain('常住人口 100万(2020年普查) · 人口:2020年第七次全国人口普查');
    const none = timeChartEntry(perHeadSeries(series, null), catalog, 'zh', zh);
    expect(none.rows[0]).toMatchObject({ value: 300, population: null, perCapita: null, perCapitaDisplay: '无人口数据' });
  });
});
