import { describe, expect, it } from 'vitest';
import { compositeInput } from '../../../../src/features/rank/composite-input';
import { timedComposite, type CompositeSettings } from '../../../../src/features/rank/composite-result';
import { compositeChartOption, compositeEntry, compositePeerLine } from '../../../../src/features/rank/composite-chart';
import { FOCUS_COLOR } from '../../../../src/charts/rank-option';
import { translator } from '../../../../src/i18n';
import type { Catalog } from '../../../../src/model/catalog';
import type { MetricPeriodBlock } from '../../../../src/model/dataset-tables';
import type { Jurisdiction, Metric } from '../../../../src/model/schema';

const metric: Metric = { id: 'rate', category: 'mediation', name: { zh: '调解成功率', en: 'success rate' }, unit: { zh: '%', en: '%' }, kind: 'rate', better: 'higher' };
const jur = (id: string, short: string): Jurisdiction => ({ id, name: { zh: short, en: short }, short: { zh: short, en: short }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' } });
const jurisdictions = [jur('a', '甲'), jur('b', '乙'), jur('c', '丙'), jur('d', '丁')];
const catalog = {
  datasets: [],
  jurisdictions,
  jurisdictionById: new Map(jurisdictions.map((j) => [j.id, j])),
  metricById: new Map([[metric.id, metric]]),
} as unknown as Catalog;
const ids = jurisdictions.map((j) => j.id);
// a 10, b 20, c 30, d 90
const block: MetricPeriodBlock = {
  dataset: 'd', metric: 'rate', period: 2022, jurisdiction: ids, observation: ids.map((j) => `o-${j}`),
  value: Float64Array.from([10, 20, 30, 90]), qualifier: new Uint8Array(4), valueMax: new Float64Array(4).fill(Number.NaN), derived: new Uint8Array(4),
};
const settings: CompositeSettings = { weights: { rate: 1 }, normalisation: 'minmax', missing: 'partial', rankYear: null };
const group = new Set(['a', 'b', 'c']);
const describe_ = { province: { zh: '江苏省', en: 'Jiangsu' }, level: 'county' as const };

describe('the composite of a peer group', () => {
  it('takes the members alone: each metric is normalised among them', () => {
    const input = compositeInput(catalog, settings, new Map([['rate', [block]]]), null, group);
    expect(input.jurisdictions).toEqual(['a', 'b', 'c']);
    expect([...input.values[0]!]).toEqual([10, 20, 30]);
    const r = timedComposite(catalog, { ...settings, members: group }, ['rate'], [[block]]);
    // min–max among a, b, c: c (30) scores 100, b 50; over all four places c would score 25
    expect(r.rows.map((x) => [x.jurisdiction, x.score])).toEqual([['c', 100], ['b', 50], ['a', 0]]);
    expect(timedComposite(catalog, settings, ['rate'], [[block]]).rows.find((x) => x.jurisdiction === 'c')!.score).toBe(25);
  });

  it('names the group and where the focus stands, on the chart, its focus bar, and the export', () => {
    const t = translator('zh');
    const result = timedComposite(catalog, { ...settings, members: group }, ['rate'], [[block]]);
    const shown = { result, catalog, ids: ['rate'], tiers: false, lang: 'zh' as const, t, peer: { describe: describe_, focus: 'b' } };
    expect(compositePeerLine(shown)).toBe('乙:第 2 / 3 名,江苏省 区县');
    const o = compositeChartOption(shown) as unknown as { title: { subtext: string }[]; series: { data: { itemStyle: { color: string } }[] }[] };
    expect(o.title[0]!.subtext).toContain('乙:第 2 / 3 名,江苏省 区县');
    expect(o.series[0]!.data.map((d) => d.itemStyle.color === FOCUS_COLOR)).toEqual([false, true, false]);
    expect(compositeEntry(shown)!.notes).toContain('乙:第 2 / 3 名,江苏省 区县');
    expect(compositePeerLine({ ...shown, peer: undefined })).toBeNull();
  });
});
