import { describe, expect, it } from 'vitest';
import { buildCompareOption, compareTooltip, type CompareLabels } from '../../../src/charts/compare-option';
import { buildPanels, type LocatedObservation } from '../../../src/model/compare';
import type { Jurisdiction, Metric } from '../../../src/model/schema';
import { perCapitaPanel } from '../../../src/model/per-capita';

const EVIL = '<img src=x onerror="window.__pwned=1">{a}|{b}';
const metric: Metric = { id: 'm', category: 'mediation', name: { zh: '调解数', en: 'Mediated' }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'neutral' };
const jur = (id: string, short: string): Jurisdiction => ({ id, name: { zh: short, en: short }, short: { zh: short, en: short }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' } });
const obs = (j: string, value: number, extra: Partial<LocatedObservation> = {}): LocatedObservation => ({
  id: `${j}.m`, report: `r.${j}`, metric: 'm', period: 2022, value, qualifier: 'exact', quote: EVIL, offset: 0, jurisdiction: j, dataset: 'd', ...extra,
});
const labels: CompareLabels = { title: '矛盾纠纷调解', subtitle: 's', notReported: '未报告', derived: '推算', period: (y) => `${y}年`, caveat: (c) => `${c.kind}: ${c.note.zh}` };
const jurisdictions = new Map([['a', jur('a', '甲')], ['b', jur('b', EVIL)], ['c', jur('c', '丙')]]);
const [panel] = buildPanels([obs('a', 15000, { qualifier: 'at_least' }), obs('b', 6068, { period: 2020, derived: { formula: 'sum', inputs: ['x'] } })], {
  jurisdictions: ['a', 'b', 'c'], metrics: [metric], year: null, sameYear: false,
});

type Item = { value: number; label: { formatter: string }; itemStyle: { opacity?: number; borderType?: string } };
type Opt = { series: { name: string; data: Item[] }[]; legend: { data: string[] }; aria: { enabled: boolean; label: { description: string } } };

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
  it('tells a screen reader each figure as drawn and a gap as 未报告, never as 0', () => {
    const d = option.aria.label.description;
    expect(d).toBe(`矛盾纠纷调解. 调解数: 甲 ≥1.5万 2022年,${option.legend.data[1]} 6068* 2020年,丙 未报告`);
    expect(d).not.toMatch(/\b0\b/);
  });
  it('keeps rich-text syntax out of names and escapes HTML in the tooltip', () => {
    expect(option.legend.data[1]).not.toMatch(/[{}|]/);
    const html = compareTooltip({ seriesIndex: 1, dataIndex: 0 }, panel!, option.legend.data, 'zh', labels);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img');
  });
});

describe('compare option with caveats', () => {
  const caveat = { kind: 'partial' as const, note: { zh: `仅成功调处${EVIL}`, en: 'settled only' } };
  const [p] = buildPanels([obs('a', 15000, { caveats: [caveat] }), obs('b', 6068)], {
    jurisdictions: ['a', 'b'], metrics: [metric], year: null, sameYear: false,
  });
  const option = buildCompareOption(p!, jurisdictions, 'zh', labels) as unknown as Opt;

  it('marks the caveated bar’s label with † and leaves the others alone', () => {
    expect(option.series[0]!.data[0]!.label.formatter).toBe('1.5万†\n2022年');
    expect(option.series[1]!.data[0]!.label.formatter).toBe('6068\n2022年');
  });
  it('lists the caveat in the tooltip, escaped', () => {
    const html = compareTooltip({ seriesIndex: 0, dataIndex: 0 }, p!, option.legend.data, 'zh', labels);
    expect(html).toContain('1.5万件†');
    expect(html).toContain('† partial: 仅成功调处&#60;img src=x onerror=&#34;window.__pwned=1&#34;&#62;');
    expect(html).not.toContain('<img');
    const plain = compareTooltip({ seriesIndex: 1, dataIndex: 0 }, p!, option.legend.data, 'zh', labels);
    expect(plain).not.toContain('†');
  });
});

describe('compare option per 10,000 residents', () => {
  const pops = new Map([['a', { population: 1697380, year: 2020 as const, source: 'census-2020' as const }], ['b', null], ['c', null]]);
  const [raw] = buildPanels([obs('a', 79, { qualifier: 'at_least' }), obs('b', 6068)], { jurisdictions: ['a', 'b', 'c'], metrics: [metric], year: null, sameYear: false });
  const p = perCapitaPanel(raw!, pops);
  const option = buildCompareOption(p, jurisdictions, 'zh', { ...labels, noPopulation: '无人口数据', population: (x) => `人口${x.population}` }) as unknown as Opt & { yAxis: { name: string } };

  it('draws the per-head value marked derived (*), the per-head unit, and "no population" as a gap', () => {
    const [a, b, c] = option.series.map((s) => s.data[0]!);
    expect(a!.value).toBeCloseTo((79 * 10000) / 1697380, 12);
    expect(a!.label.formatter).toBe('≥0.465*\n2022年');
    expect(a!.itemStyle.borderType).toBe('dashed');
    expect(b!.label.formatter).toBe('无人口数据');
    expect(b!.value).toBe(0);
    expect(c!.label.formatter).toBe('未报告');
    expect(option.yAxis.name).toBe('件/万人');
  });

  it('says the figure reported and the population in the tooltip', () => {
    const html = compareTooltip({ seriesIndex: 0, dataIndex: 0 }, p, option.legend.data, 'zh', { ...labels, population: (x) => `人口${x.population}` });
    expect(html).toContain('≥0.465件/万人');
    expect(html).toContain('≥79件');
    expect(html).toContain('人口1697380');
  });
});

describe('compare option: gaps with another year, colours kept per place', () => {
  it('a gap names the year the place has, when the labels can say it; the tooltip too', () => {
    const [p] = buildPanels([obs('a', 1), obs('b', 2, { period: 2023 })], { jurisdictions: ['a', 'b', 'c'], metrics: [metric], year: 2022, sameYear: false });
    const noFigureIn = (y: number, ys: readonly number[]) => `${y}年无数据(有${ys.join('、')}年)`;
    const opt = buildCompareOption(p!, jurisdictions, 'zh', { ...labels, noFigureIn }) as unknown as Opt;
    expect(opt.series.map((s) => s.data[0]!.label.formatter)).toEqual(['1\n2022年', '2022年无数据(有2023年)', '未报告']);
    expect(compareTooltip({ seriesIndex: 1, dataIndex: 0 }, p!, ['甲', '乙', '丙'], 'zh', { ...labels, noFigureIn })).toContain('2022年无数据(有2023年)');
    // without the text, a bare "not reported"
    expect((buildCompareOption(p!, jurisdictions, 'zh', labels) as unknown as Opt).series[1]!.data[0]!.label.formatter).toBe('未报告');
  });
  it('a panel that leaves a place out keeps each place’s colour', () => {
    const [p] = buildPanels([obs('b', 1), obs('c', 2)], { jurisdictions: ['a', 'b', 'c'], metrics: [metric], year: null, sameYear: false, dropSilent: true });
    const [full] = buildPanels([obs('a', 1), obs('b', 1), obs('c', 2)], { jurisdictions: ['a', 'b', 'c'], metrics: [metric], year: null, sameYear: false });
    const colours = (x: typeof p) => (buildCompareOption(x!, jurisdictions, 'zh', labels) as unknown as { color: string[] }).color;
    expect(colours(p)).toEqual(colours(full).slice(1));
  });
});
