import { describe, expect, it } from 'vitest';
import { buildCompareOption, compareTooltip, type CompareLabels } from '../../../src/charts/compare-option';
import { buildRankOption } from '../../../src/charts/rank-option';
import { buildTimeOption } from '../../../src/charts/profile-option';
import { buildPanels, type LocatedObservation } from '../../../src/model/compare';
import type { Jurisdiction, Metric } from '../../../src/model/schema';
import { rankMetric } from '../../../src/model/rank';
import type { Catalog } from '../../../src/model/catalog';

const EVIL = '<img src=x onerror="window.__pwned=1">{a}|{b}';
const metric: Metric = { id: 'm', category: 'mediation', name: { zh: '调解数', en: 'Mediated' }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'neutral' };
const jur = (id: string, short: string): Jurisdiction => ({ id, name: { zh: short, en: short }, short: { zh: short, en: short }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' } });
const obs = (j: string, value: number, extra: Partial<LocatedObservation> = {}): LocatedObservation => ({
  id: `${j}.m`, report: `r.${j}`, metric: 'm', period: 2022, value, qualifier: 'exact', quote: EVIL, offset: 0, jurisdiction: j, dataset: 'd', ...extra,
});
const labels: CompareLabels = { title: '矛盾纠纷调解', subtitle: 's', notReported: '未报告', derived: '推算', period: (y) => `${y}年` };
const jurisdictions = new Map([['a', jur('a', '甲')], ['b', jur('b', EVIL)], ['c', jur('c', '丙')]]);
const [panel] = buildPanels([obs('a', 15000, { qualifier: 'at_least' }), obs('b', 6068, { period: 2020, derived: { formula: 'sum', inputs: ['x'] } })], {
  jurisdictions: ['a', 'b', 'c'], metrics: [metric], year: null, sameYear: false,
});

type Item = { value: number; label: { formatter: string }; itemStyle: { opacity?: number; borderType?: string } };
type Opt = { series: { name: string; data: Item[] }[]; legend: { data: string[] }; aria: { enabled: boolean } };

describe('compare option', () => {
  const option = buildCompareOption(panel!, jurisdictions, 'zh', labels) as unknown as Opt;
  it('labels every bar with its year, marks lower bounds and derived figures, and writes "not reported"', () => {
    const [a, b, c] = option.series.map((s) => s.data[0]!);
    expect(a!.label.formatter).toBe('≥1.5万\n2022年');
    expect(a!.itemStyle.opacity).toBeLessThan(1);
    expect(b!.label.formatter).toBe('6068*\n2020年');
    expect(b!.itemStyle.borderType).toBe('dashed');
    expect(c!.label.formatter).toBe('未报告');
    expect(option.aria.enabled).toBe(true);
  });
  it('keeps rich-text syntax out of names and escapes HTML in the tooltip', () => {
    expect(option.legend.data[1]).not.toMatch(/[{}|]/);
    const html = compareTooltip({ seriesIndex: 1, dataIndex: 0 }, panel!, option.legend.data, 'zh', labels);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img');
  });
});

describe('rank and time options', () => {
  it('orders bars by rank and shows values with their year', () => {
    const rows = rankMetric([
      { jurisdiction: 'a', value: 5, qualifier: 'exact', period: 2021, observation: 'o1', derived: false },
      { jurisdiction: 'b', value: 9, qualifier: 'at_least', period: 2022, observation: 'o2', derived: false },
    ], 'higher');
    const o = buildRankOption(rows, { title: 't', subtitle: 's', name: (j) => j, value: (e) => `${e.qualifier === 'at_least' ? '≥' : ''}${e.value}`, period: (y) => `${y}` }) as unknown as {
      xAxis: { data: string[] }; series: { label: { formatter: (p: { dataIndex: number }) => string } }[];
    };
    expect(o.xAxis.data).toEqual(['1. b', '2. a']);
    expect(o.series[0]!.label.formatter({ dataIndex: 0 })).toBe('≥9\n2022');
  });
  it('hands a long ranking to ECharts as interleaved [index, value] pairs in rank order (large mode)', () => {
    const entries = Array.from({ length: 300 }, (_, i) => ({
      jurisdiction: `j${i}`, value: (i * 37) % 101, qualifier: 'exact' as const, period: 2022, observation: `o${i}`, derived: false,
    }));
    const rows = rankMetric(entries, 'higher');
    const o = buildRankOption(rows, { title: 't', subtitle: 's', name: (j) => j, value: (e) => `${e.value}`, period: (y) => `${y}` }) as unknown as {
      xAxis: { data: string[] }; series: { large: boolean; data: Float64Array }[];
    };
    const data = o.series[0]!.data;
    expect(o.series[0]!.large).toBe(true);
    expect(data).toBeInstanceOf(Float64Array);
    expect(data.length).toBe(600);
    for (let i = 0; i < rows.length; i++) {
      expect(data[2 * i]).toBe(i);
      expect(data[2 * i + 1]).toBe(rows[i]!.value);
    }
    // category i is the bar at x = i
    expect(o.xAxis.data[0]).toBe(`1. ${rows[0]!.jurisdiction}`);
    expect(rows[0]!.value).toBe(100);
  });
  it('draws missing years as gaps, never joined', () => {
    const o = buildTimeOption([2019, 2020, 2021], [{ name: 'x', values: [1, null, 3] }], { title: 't', subtitle: 's', unit: '件' }) as unknown as {
      series: { connectNulls: boolean; data: (number | string)[] }[];
    };
    expect(o.series[0]!.connectNulls).toBe(false);
    expect(o.series[0]!.data).toEqual([1, '-', 3]);
  });
});

describe('the ranking view’s chart option', () => {
  it('is built once per ranking and language (what the view draws and builds ahead), a new one with a footer', async () => {
    const { rankChartOption } = await import('../../../src/features/rank/rank-chart');
    const { translator } = await import('../../../src/i18n');
    const { rankingOf } = await import('../../../src/model/metric-values');
    const catalog = { jurisdictionById: jurisdictions } as unknown as Catalog;
    const block = {
      dataset: 'd', metric: 'm', period: 2022, jurisdiction: ['a', 'b', 'c'], observation: ['o1', 'o2', 'o3'],
      value: Float64Array.from([3, 9, 1]), qualifier: new Uint8Array(3), valueMax: new Float64Array(3).fill(Number.NaN), derived: new Uint8Array(3),
    };
    const ranking = rankingOf([block], null, 'higher');
    type O = { title: { text: string }[]; xAxis: { data: string[] } };
    const zh = rankChartOption(ranking, metric, catalog, 'zh', translator('zh')) as unknown as O;
    expect(rankChartOption(ranking, metric, catalog, 'zh', translator('zh'))).toBe(zh);
    expect(zh.xAxis.data).toEqual([`1. ${labelSafeName('b')}`, '2. 甲', '3. 丙']);
    const en = rankChartOption(ranking, metric, catalog, 'en', translator('en')) as unknown as O;
    expect(en).not.toBe(zh);
    expect(en.title[0]!.text).toContain('Mediated');
    const withFooter = rankChartOption(ranking, metric, catalog, 'zh', translator('zh'), 'source line') as unknown as O;
    expect(withFooter).not.toBe(zh);
    expect(JSON.stringify(withFooter.title)).toContain('source line');
    // a newly computed ranking (another year, a re-import) gets its own option
    expect(rankChartOption(rankingOf([block], 2022, 'higher'), metric, catalog, 'zh', translator('zh'))).not.toBe(zh);
  });
});

/** The short name of jurisdiction `b` (EVIL) as a label: rich-text braces and bars removed. */
function labelSafeName(j: string): string {
  return jurisdictions.get(j)!.short.zh.replace(/[{}|]/g, ' ');
}
