import { describe, expect, it } from 'vitest';
import { rankChartOption } from '../../../../src/features/rank/rank-chart';
import { shownRanking } from '../../../../src/features/rank/per-capita-ranking';
import { translator } from '../../../../src/i18n';
import { rankingOf } from '../../../../src/model/metric-values';
import type { Catalog } from '../../../../src/model/catalog';
import type { Jurisdiction, Metric } from '../../../../src/model/schema';

const EVIL = '<img src=x onerror="window.__pwned=1">{a}|{b}';
const metric: Metric = { id: 'm', category: 'mediation', name: { zh: '调解数', en: 'Mediated' }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'neutral' };
const jur = (id: string, short: string): Jurisdiction => ({ id, name: { zh: short, en: short }, short: { zh: short, en: short }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' } });
const jurisdictions = new Map([['a', jur('a', '甲')], ['b', jur('b', EVIL)], ['c', jur('c', '丙')]]);

describe('the ranking view’s chart option', () => {
  it('is built once per ranking and language (what the view draws and builds ahead), a new one with a footer', () => {
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

describe('the ranking chart per 10,000 residents', () => {
  it('ranks by per-head value, says the unit and the census, marks bars derived and leaves places without population out', () => {
    const catalog = { jurisdictionById: jurisdictions } as unknown as Catalog;
    const block = {
      dataset: 'd', metric: 'm', period: 2022, jurisdiction: ['a', 'b', 'c'], observation: ['o1', 'o2', 'o3'],
      value: Float64Array.from([79, 198, 5]), qualifier: new Uint8Array(3), valueMax: new Float64Array(3).fill(Number.NaN), derived: new Uint8Array(3),
    };
    const pops = new Map([
      ['a', { population: 1697380, year: 2020 as const, source: 'census-2020' as const }],
      ['b', { population: 3398431, year: 2020 as const, source: 'census-2020' as const }],
      ['c', null],
    ]);
    const shown = shownRanking(rankingOf([block], null, 'higher'), metric, pops);
    expect(shown.perCapita?.noPopulation.map((r) => r.jurisdiction)).toEqual(['c']);
    type O = { title: { text: string; subtext?: string }[]; xAxis: { data: string[] }; series: { data: { value: number }[]; label: { formatter: (p: { dataIndex: number }) => string } }[] };
    const o = rankChartOption(shown, metric, catalog, 'zh', translator('zh')) as unknown as O;
    expect(o.xAxis.data).toEqual([`1. ${labelSafeName('b')}`, '2. 甲']);
    expect(o.series[0]!.data[0]!.value).toBeCloseTo((198 * 10000) / 3398431, 12);
    expect(o.series[0]!.label.formatter({ dataIndex: 1 })).toBe('0.465件/万人*\n2022年');
    const title = JSON.stringify(o.title);
    expect(title).toContain('件/万人');
    expect(title).toContain('人口:2020年第七次全国人口普查');
    // a rate is never divided
    const rate = { ...metric, kind: 'rate' as const, unit: { zh: '%', en: '%' } };
    expect(shownRanking(rankingOf([block], null, 'higher'), rate, pops).perCapita).toBeUndefined();
  });
});

describe('the per-head ranking names where its populations come from', () => {
  it('the census and a dataset’s own source, each once, on the chart and in the export', async () => {
    const { rankingEntry } = await import('../../../../src/features/rank/rank-export');
    const catalog = { jurisdictionById: jurisdictions, metricById: new Map([['m', metric]]), datasets: [] } as unknown as Catalog;
    const block = {
      dataset: 'd', metric: 'm', period: 2022, jurisdiction: ['a', 'c'], observation: ['o1', 'o3'],
      value: Float64Array.from([30, 10]), qualifier: new Uint8Array(2), valueMax: new Float64Array(2).fill(Number.NaN), derived: new Uint8Array(2),
    };
    const populations = new Map([
      ['a', { population: 100_000, year: 2020, source: 'census-2020' as const }],
      ['c', { population: 10_000, year: 2023, source: 'dataset' as const, sourceText: { zh: '丙区统计局', en: 'Bing statistics' } }],
    ]);
    const ranked = shownRanking(rankingOf([block], null, 'higher'), metric, populations);
    const o = rankChartOption(ranked, metric, catalog, 'zh', translator('zh')) as unknown as { title: { subtext: string }[] };
    expect(o.title[0]!.subtext).toContain('2020年第七次全国人口普查');
    expect(o.title[0]!.subtext).toContain('丙区统计局');
    const rows = rankingEntry(ranked, metric, catalog, 'zh', translator('zh'))!.rows;
    expect(rows.map((r) => r.populationSource)).toEqual([expect.stringContaining('丙区统计局'), expect.stringContaining('普查')]);
  });
});
