import { describe, expect, it } from 'vitest';
import { buildCompareOption, uniqueNames, type CompareLabels } from '../../../src/charts/compare-option';
import { buildPanels, type LocatedObservation } from '../../../src/model/compare';
import type { Jurisdiction, Metric } from '../../../src/model/schema';

const metric: Metric = { id: 'm', category: 'mediation', name: { zh: '调解数', en: 'Mediated' }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'neutral' };
const jur = (id: string, short: string): Jurisdiction => ({ id, name: { zh: short, en: short }, short: { zh: short, en: short }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' } });
const obs = (j: string, value: number): LocatedObservation => ({
  id: `${j}.m`, report: `r.${j}`, metric: 'm', period: 2022, value, qualifier: 'exact', quote: 'q', offset: 0, jurisdiction: j, dataset: 'd',
});
const labels: CompareLabels = { title: 't', subtitle: 's', notReported: '未报告', derived: '推算', period: (y) => `${y}年`, caveat: (c) => c.kind };

describe('compare option: two places of one name', () => {
  it('gives two series keyed by id and two legend entries', () => {
    const jurisdictions = new Map([['a', jur('a', '新区')], ['b', jur('b', '新区')]]);
    const [panel] = buildPanels([obs('a', 1), obs('b', 2)], { jurisdictions: ['a', 'b'], metrics: [metric], year: null, sameYear: false });
    const option = buildCompareOption(panel!, jurisdictions, 'zh', labels) as unknown as { series: { id: string; name: string }[]; legend: { data: string[] } };
    expect(option.series.map((s) => s.id)).toEqual(['a', 'b']);
    expect(new Set(option.series.map((s) => s.name)).size).toBe(2);
    expect(new Set(option.legend.data).size).toBe(2);
    expect(option.legend.data).toEqual(option.series.map((s) => s.name));
  });
  it('uniqueNames leaves distinct names alone', () => {
    expect(uniqueNames(['甲', '乙'], ['a', 'b'])).toEqual(['甲', '乙']);
    expect(uniqueNames(['甲', '甲', '乙'], ['a', 'b', 'c'])).toEqual(['甲 (a)', '甲 (b)', '乙']);
  });
});
