/**
 * Lower-bound (≥) and approximate bars are drawn lighter; their labels must still meet WCAG AA contrast (4.5:1)
 * against the white background. ECharts gives a bar's label the bar's opacity unless the label sets its own, so the
 * effective label colour is the label colour blended at the opacity that applies to it.
 */
import { describe, expect, it } from 'vitest';
import { buildCompareOption, type CompareLabels } from '../../../src/charts/compare-option';
import { buildRankOption } from '../../../src/charts/rank-option';
import { BAR_LABEL_COLOR, MUTED, blend, contrastRatio } from '../../../src/charts/theme';
import { buildPanels, type LocatedObservation } from '../../../src/model/compare';
import { rankMetric } from '../../../src/model/rank';
import type { Jurisdiction, Metric } from '../../../src/model/schema';

const metric: Metric = { id: 'm', category: 'mediation', name: { zh: '调解数', en: 'Mediated' }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'neutral' };
const jur = (id: string): Jurisdiction => ({ id, name: { zh: id, en: id }, short: { zh: id, en: id }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' } });
const obs = (j: string, value: number, extra: Partial<LocatedObservation> = {}): LocatedObservation => ({
  id: `${j}.m`, report: `r.${j}`, metric: 'm', period: 2022, value, qualifier: 'exact', quote: 'q', offset: 0, jurisdiction: j, dataset: 'd', ...extra,
});
const labels: CompareLabels = { title: 't', subtitle: 's', notReported: '未报告', derived: '推算', period: (y) => `${y}年`, caveat: (c) => c.note.zh };

type Style = { color?: string; opacity?: number };
/** The colour a label is seen in: its own colour (else the series'), at its own opacity (else the bar's). */
function seen(item: { label?: Style; itemStyle?: Style }, seriesLabel: Style | undefined): string {
  const color = item.label?.color ?? seriesLabel?.color ?? '#333333';
  const opacity = item.label?.opacity ?? seriesLabel?.opacity ?? item.itemStyle?.opacity ?? 1;
  return blend(color.length === 4 ? `#${[...color.slice(1)].map((c) => c + c).join('')}` : color, opacity);
}

describe('contrast helpers', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(blend('#000000', 0.5)).toBe('#808080');
  });
  it('the pale label of old (near-black at the bar’s 0.55 opacity) fails AA; the label colour passes', () => {
    expect(contrastRatio(blend('#111111', 0.55), '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio(BAR_LABEL_COLOR, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(MUTED, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('lower-bound labels meet AA contrast', () => {
  it('in a compare panel (≥, ≈, exact and not reported)', () => {
    const [panel] = buildPanels(
      [obs('a', 15000, { qualifier: 'at_least' }), obs('b', 300, { qualifier: 'approx' }), obs('c', 6068)],
      { jurisdictions: ['a', 'b', 'c', 'd'], metrics: [metric], year: null, sameYear: false },
    );
    const option = buildCompareOption(panel!, new Map(['a', 'b', 'c', 'd'].map((id) => [id, jur(id)])), 'zh', labels) as unknown as {
      series: { label: Style; data: { label?: Style; itemStyle?: Style }[] }[];
    };
    const bound = option.series[0]!.data[0]!;
    expect(bound.itemStyle?.opacity).toBeLessThan(1); // the bar stays lighter
    for (const s of option.series) for (const item of s.data) expect(contrastRatio(seen(item, s.label), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
  it('in a ranking', () => {
    const rows = rankMetric([
      { jurisdiction: 'a', value: 5, qualifier: 'exact', period: 2021, observation: 'o1', derived: false },
      { jurisdiction: 'b', value: 9, qualifier: 'at_least', period: 2022, observation: 'o2', derived: false },
      { jurisdiction: 'c', value: 7, qualifier: 'approx', period: 2022, observation: 'o3', derived: false },
    ], 'higher');
    const option = buildRankOption(rows, { title: 't', subtitle: 's', name: (j) => j, value: (e) => `${e.value}`, period: (y) => `${y}`, caveat: (c) => c.note.zh, focus: 'c', marked: ['a'] }) as unknown as {
      series: { label: Style; data: { label?: Style; itemStyle?: Style }[] }[];
    };
    const bars = option.series[0]!;
    expect(bars.data.some((d) => (d.itemStyle?.opacity ?? 1) < 1)).toBe(true);
    for (const item of bars.data) expect(contrastRatio(seen(item, bars.label), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
