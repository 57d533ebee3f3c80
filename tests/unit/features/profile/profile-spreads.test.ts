import { describe, expect, it } from 'vitest';
import { figureRequests, figureSpread, figureSpreadParts, spreadColumns } from '../../../../src/features/profile/profile-spreads';
import { spreadChartEntry, spreadChartOption, spreadItems } from '../../../../src/features/profile/spread-chart';
import { distributionOf, percentileAmong, type Spread } from '../../../../src/model/distribution';
import type { Catalog } from '../../../../src/model/catalog';
import type { LocatedObservation } from '../../../../src/model/compare';
import type { Jurisdiction, Metric } from '../../../../src/model/schema';
import { columnsOf } from '../../../../src/formats/export/rows';

const metric: Metric = { id: 'm', category: 'mediation', name: { zh: '调解数', en: 'Mediated' }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'neutral' };
const jur: Jurisdiction = { id: 'w', name: { zh: '武进区', en: 'Wujin' }, short: { zh: '武进', en: 'Wujin' }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' } };
const catalog = { jurisdictionById: new Map([['w', jur]]), metricById: new Map([['m', metric]]), datasets: [] } as unknown as Catalog;
const obs = (value: number, extra: Partial<LocatedObservation> = {}): LocatedObservation => ({ id: `o${value}`, report: 'r', metric: 'm', period: 2022, value, qualifier: 'exact', quote: 'q', offset: 0, jurisdiction: 'w', dataset: 'd', ...extra });
const spread = (values: number[], perCapita = false, adjacent = 0): Spread => ({ dist: distributionOf(values), values, perCapita, adjacent });

describe('the profile’s figures against the other places', () => {
  it('one request per metric and year', () => {
    expect(figureRequests([obs(1), obs(2), obs(3, { period: 2023 })], catalog.metricById)).toEqual([{ metric: 'm', year: 2022 }, { metric: 'm', year: 2023 }]);
  });

  it('places a figure among the others with it, as the distribution module computes it', () => {
    const others = [10, 20, 30, 40];
    const fs = figureSpread(obs(35), spread(others, false, 1), undefined);
    expect(fs.status).toBe('placed');
    if (fs.status !== 'placed') return;
    expect(fs.standing.dist).toEqual(distributionOf([...others, 35]));
    expect(fs.standing.percentile).toBe(percentileAmong(35, [...others, 35]));
    expect(figureSpreadParts(fs, metric, 'zh')).toEqual(['中位数 30件', '中间一半 20–35件', '第 75 百分位(高于 75% 的其他报告地区)', '共 5 个报告地区,其中 1 个为相邻年份']);
    expect(figureSpreadParts(fs, metric, 'zh', '江苏省 区县').at(-1)).toContain('江苏省 区县共 5 个报告地区');
  });

  it('a lower bound is placed at least there, a derived figure is marked, two reporters are not compared', () => {
    const low = figureSpread(obs(35, { qualifier: 'at_least', derived: { formula: 'sum', inputs: ['a', 'b'] } }), spread([10, 20, 30, 40]), undefined);
    expect(figureSpreadParts(low, metric, 'zh')[2]).toBe('至少第 75 百分位(至少高于 75% 的其他报告地区)*');
    const few = figureSpread(obs(35), spread([10]), undefined);
    expect(few).toMatchObject({ status: 'few', n: 2 });
    expect(figureSpreadParts(few, metric, 'zh')).toEqual(['仅 2 个地区报告,无法比较分布']);
    expect(spreadColumns(few, '全部')).toMatchObject({ spreadN: 2, median: null, percentile: null });
  });

  it('per 10,000 residents: the figure divided by the place’s population, none without one', () => {
    const per = spread([1, 2, 3, 4], true);
    const pop = { population: 100_000, year: 2020, source: 'census-2020' as const };
    const fs = figureSpread(obs(25), per, pop);
    expect(fs).toMatchObject({ status: 'placed', value: 2.5, marked: true });
    expect(figureSpreadParts(fs, metric, 'zh')[0]).toBe('中位数 2.5件/万人');
    expect(figureSpread(obs(25), per, null).status).toBe('no_population');
  });

  it('the chart draws each metric’s latest placed figure; the export rows carry median, quartiles and percentile', () => {
    const spreads = new Map([['m|2022', spread([10, 20, 30, 40])], ['m|2023', spread([5])]]);
    const { all, drawn } = spreadItems([obs(35), obs(7, { period: 2023 })], catalog, spreads, undefined);
    expect(all.length).toBe(2);
    expect(drawn.map((d) => d.observation.period)).toEqual([2022]);
    const o = spreadChartOption(drawn, 'zh', { title: 't', subtitle: 's' }) as { series: { data: { value: number }[] }[] };
    expect(o.series[0]!.data.map((d) => d.value)).toEqual([75]);
    const entry = spreadChartEntry({ all, drawn, catalog, jurisdiction: 'w', lang: 'zh' });
    expect(entry.rows.map((r) => [r.median, r.q1, r.q3, r.percentile, r.spreadN])).toEqual([[30, 20, 35, 75, 5], [null, null, null, null, 2]]);
    expect(columnsOf(entry.rows)).toContain('percentile');
    expect(entry.notes?.join('\n')).toContain('调解数 2022:中位数 30件');
  });
});
