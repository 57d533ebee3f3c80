import { describe, expect, it } from 'vitest';
import { metricSpreads, type SpreadOptions } from '../../../../src/model/spreads';
import { panelSpreads, placePercentiles, type Spread } from '../../../../src/model/distribution';
import { spreadLines } from '../../../../src/features/compare/panel-chart';
import { buildCompareOption } from '../../../../src/charts/compare-option';
import { buildPanels, type LocatedObservation } from '../../../../src/model/compare';
import type { Catalog } from '../../../../src/model/catalog';
import type { MetricPeriodBlock } from '../../../../src/model/dataset-tables';
import type { Jurisdiction, Metric } from '../../../../src/model/schema';
import type { Population } from '../../../../src/model/per-capita';

const metric: Metric = { id: 'm', category: 'mediation', name: { zh: '调解数', en: 'Mediated' }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'neutral' };
const jur = (id: string): Jurisdiction => ({ id, name: { zh: id, en: id }, short: { zh: id, en: id }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' } });
const ids = ['a', 'b', 'c', 'd', 'e'];
const catalog = { jurisdictionById: new Map(ids.map((id) => [id, jur(id)])), metricById: new Map([['m', metric]]) } as unknown as Catalog;
// all five places: 10, 20, 30, 40, 50
const block: MetricPeriodBlock = {
  dataset: 'd', metric: 'm', period: 2022, jurisdiction: ids, observation: ids.map((j) => `o.${j}`),
  value: Float64Array.from([10, 20, 30, 40, 50]), qualifier: new Uint8Array(5), valueMax: new Float64Array(5).fill(Number.NaN), derived: new Uint8Array(5),
};
const obs = (j: string, value: number): LocatedObservation => ({ id: `o.${j}`, report: `r.${j}`, metric: 'm', period: 2022, value, qualifier: 'exact', quote: 'q', offset: 0, jurisdiction: j, dataset: 'd' });
// compared: a (10) and e (50), and x who does not report
const [panel] = buildPanels([obs('a', 10), obs('e', 50)], { jurisdictions: ['a', 'e', 'x'], metrics: [metric], year: null, sameYear: false });

/** The spread of metric m over the five places, keyed as the compare view keys it. */
const spreadsOf = (opts: SpreadOptions): Map<string, Spread> => new Map([['m', metricSpreads([{ metric: 'm', year: null }], [[block]], catalog, opts)[0]!]]);

describe('where the compared places fall among all places', () => {
  it('the spread of every stored place reporting the metric, or of a peer group', () => {
    const all = spreadsOf({ members: null, populations: undefined }).get('m')!;
    expect(all.dist).toEqual({ n: 5, median: 30, q1: 20, q3: 40 });
    const group = spreadsOf({ members: new Set(['a', 'b', 'c']), populations: undefined }).get('m')!;
    expect(group.dist?.median).toBe(20);
    const two = spreadsOf({ members: new Set(['a', 'b']), populations: undefined });
    expect(two.get('m')!.dist).toBeNull();
    expect(panelSpreads(panel!, two)).toEqual([null]);
  });

  it('per 10,000 residents for a divided panel only', () => {
    const pop = (n: number) => ({ population: n, year: 2020, source: 'census-2020' as const });
    const populations = new Map(ids.map((id) => [id, pop(100_000)]));
    const per = spreadsOf({ members: null, populations });
    expect(per.get('m')!.dist?.median).toBe(3);
    expect(per.get('m')!.perCapita).toBe(true);
    // a plain panel is not compared with per-head figures
    expect(panelSpreads(panel!, per)).toEqual([null]);
  });

  it('says each compared place’s percentile and draws the middle half and median behind the bars', () => {
    const spreads = spreadsOf({ members: null, populations: undefined });
    const mine = panelSpreads(panel!, spreads);
    expect(placePercentiles(panel!, 0, mine[0]!)).toEqual([0, 100, null]);
    expect(spreadLines(panel!, catalog, 'zh', mine)).toEqual(['调解数:全部 5 个地区中位数 30件,中间一半 20–40件(图中灰带与虚线);a第 0 百分位、e第 100 百分位']);
    expect(spreadLines(panel!, catalog, 'zh', mine, '江苏省 区县')[0]).toContain('江苏省 区县 5 个地区');
    const labels = { title: 't', subtitle: 's', notReported: '未报告', derived: '推算', period: (y: number) => `${y}年`, caveat: () => '', spreads: mine.map((s) => s?.dist ?? null) };
    const o = buildCompareOption(panel!, catalog.jurisdictionById, 'zh', labels) as unknown as { series: { markArea?: { data: { yAxis: number }[][] } }[] };
    expect(o.series[0]!.markArea!.data.map((pair) => pair.map((p) => p.yAxis))).toEqual([[20, 40], [30, 30]]);
    expect(o.series[1]!.markArea).toBeUndefined();
  });
});

describe('a per-head panel names each population’s source', () => {
  it('the census and a dataset’s own, in the subtitle, the notes and per exported row', async () => {
    const { perCapitaPanel } = await import('../../../../src/model/per-capita');
    const { panelEntry, panelText } = await import('../../../../src/features/compare/panel-chart');
    const census = { population: 100_000, year: 2020, source: 'census-2020' as const };
    const own = { population: 50_000, year: 2023, source: 'dataset' as const, sourceText: { zh: '乙区统计局', en: 'B statistics' } };
    const divided = perCapitaPanel(panel!, new Map<string, Population | null>([['a', census], ['e', own], ['x', null]]));
    const full = { ...catalog, datasets: [] } as unknown as Catalog;
    expect(panelText(divided, full, 'zh').subtitle).toContain('乙区统计局');
    const entry = panelEntry({ chartId: 'c', order: 0, unitInName: false, panel: divided, catalog: full, reports: [], lang: 'zh' });
    expect(entry.notes?.join('\n')).toContain('乙区统计局');
    expect(entry.rows.filter((r) => r.population).map((r) => r.populationSource)).toEqual([expect.stringContaining('普查'), expect.stringContaining('乙区统计局')]);
  });
});
