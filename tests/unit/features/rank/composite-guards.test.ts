import { describe, expect, it } from 'vitest';
import { compositeWarnings, emptyReason, insufficientNote, minCoverageLabel } from '../../../../src/features/rank/composite-guards';
import { timedComposite, type CompositeSettings } from '../../../../src/features/rank/composite-result';
import { translator } from '../../../../src/i18n';
import type { Catalog } from '../../../../src/model/catalog';
import type { MetricPeriodBlock } from '../../../../src/model/dataset-tables';
import type { Jurisdiction, Metric } from '../../../../src/model/schema';

const metric = (id: string): Metric => ({ id, category: 'mediation', name: { zh: id, en: id }, unit: { zh: '%', en: '%' }, kind: 'rate', better: 'higher' });
const jur = (id: string, short: string): Jurisdiction => ({ id, name: { zh: short, en: short }, short: { zh: short, en: short }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' } });
const ids = ['a', 'b', 'c'];
const metrics = ['m1', 'm2', 'm3'].map(metric);
const catalog = {
  datasets: [],
  jurisdictions: ids.map((id) => ({ id })),
  jurisdictionById: new Map([jur('a', '甲'), jur('b', '乙'), jur('c', '丙')].map((j) => [j.id, j])),
  metricById: new Map(metrics.map((m) => [m.id, m])),
} as unknown as Catalog;
/** a block of one period: the places given, with their values */
const block = (m: string, period: number, rows: [string, number][]): MetricPeriodBlock => ({
  dataset: 'd', metric: m, period, jurisdiction: rows.map((r) => r[0]), observation: rows.map((r, i) => `${m}-${period}-${i}`),
  value: Float64Array.from(rows.map((r) => r[1])), qualifier: new Uint8Array(rows.length), valueMax: new Float64Array(rows.length).fill(Number.NaN), derived: new Uint8Array(rows.length),
});
// 甲 reports all three (2021, 2022), 乙 two of three, 丙 one of three (in 2020)
const blocks = [
  [block('m1', 2022, [['a', 90], ['b', 80]]), block('m1', 2020, [['c', 99]])],
  [block('m2', 2022, [['a', 70], ['b', 75]])],
  [block('m3', 2021, [['a', 50]])],
];
const settings: CompositeSettings = { weights: { m1: 1, m2: 1, m3: 1 }, normalisation: 'minmax', missing: 'partial', rankYear: null, minCoverage: 50 };
const zh = translator('zh');
const guard = (s: CompositeSettings) => {
  const result = timedComposite(catalog, s, ['m1', 'm2', 'm3'], blocks);
  return { result, catalog, lang: 'zh' as const, t: zh, minCoverage: s.minCoverage ?? 0, missing: s.missing, metrics: result.metrics };
};

describe('the composite guards', () => {
  it('lists a place under the minimum coverage apart, with how many metrics it reports', () => {
    const g = guard(settings);
    expect(g.result.rows.map((r) => r.jurisdiction)).toEqual(['a', 'b']);
    expect(insufficientNote(g)).toBe('数据不足(覆盖率低于 50%),未参与排名:丙(1/3 指标)');
    expect(insufficientNote(guard({ ...settings, minCoverage: 0 }))).toBeNull();
  });

  it('warns of ranked places under two thirds and of mixed years (only those of ranked figures)', () => {
    expect(compositeWarnings(guard(settings))).toEqual(['注意:合成所用数字来自不同年份(2021、2022),各地区各项指标取各自最新年份。']);
    const all = guard({ ...settings, minCoverage: 0 });
    expect(all.result.years).toEqual([2020, 2021, 2022]);
    expect(compositeWarnings(all)[0]).toBe('注意:1 个参与排名的地区覆盖率低于三分之二,最低为 33%(1/3 指标);其得分只反映所报的部分指标。');
    expect(compositeWarnings(guard({ ...settings, rankYear: 2022 }))).toEqual([]);
  });

  it('says why nothing is ranked', () => {
    expect(emptyReason(guard(settings))).toBeNull();
    const none = guard({ ...settings, weights: { m3: 1, m2: 1 }, missing: 'exclude' });
    expect(none.result.rows.map((r) => r.jurisdiction)).toEqual(['a']);
    expect(emptyReason(guard({ ...settings, weights: { m1: 1, m3: 1 }, missing: 'exclude', rankYear: 2022 }))).toBe(
      '没有地区报告全部 2 项指标,“排除有缺失的地区”不留任何地区;可改为“仅按已报告指标计分”并设定最低覆盖率。',
    );
    const high = guard({ ...settings, weights: { m1: 1, m3: 1 }, minCoverage: 100, rankYear: 2022 });
    expect(high.result.rows).toEqual([]);
    expect(emptyReason(high)).toBe('没有地区达到最低覆盖率 100%:覆盖率最高的甲为 50%(1/2 指标);可降低最低覆盖率。');
    expect(emptyReason(guard({ ...settings, weights: { m3: 1 }, rankYear: 2020 }))).toBe('没有地区报告所选的任何一项指标。');
  });

  it('labels the minimum coverages', () => {
    expect([0, 33, 50, 66, 100, 40].map((mc) => minCoverageLabel(mc, zh))).toEqual(['不限', '三分之一', '一半', '三分之二', '全部', '40%']);
  });
});
