import { describe, expect, it } from 'vitest';
import { axisLabel, radarCaveats, radarEntry, radarOption } from '../../../../src/features/profile/radar-chart';
import { timeCaveats, timeChartEntry, timeChartLabels, timeFigure, type TimeChartData } from '../../../../src/features/profile/time-chart';
import { translator } from '../../../../src/i18n';
import type { Catalog } from '../../../../src/model/catalog';
import type { CategoryScore } from '../../../../src/model/profile';
import { radarAxisLines } from '../../../../src/charts/profile-option';
import type { Jurisdiction, Metric } from '../../../../src/model/schema';

const metric: Metric = { id: 'm', category: 'mediation', name: { zh: '调解数', en: 'Mediated' }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'higher' };
const jur: Jurisdiction = { id: 'a', name: { zh: '甲市', en: 'A City' }, short: { zh: '甲', en: 'A' }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' } };
const catalog = { datasets: [], jurisdictionById: new Map([['a', jur]]), metricById: new Map([['m', metric]]) } as unknown as Catalog;
const score = (category: CategoryScore['category'], s: number): CategoryScore => ({ category, score: s, othersMean: 50, metrics: 1 });
const scores = [score('mediation', 80), score('reconsideration', 40), score('litigation', 60)];

describe('the profile radar', () => {
  it('is titled with the full name; its export entry needs three categories', () => {
    const en = translator('en');
    expect(JSON.stringify(radarOption(scores, catalog, 'a', 'en', en))).toContain('A City');
    const entry = radarEntry(scores, catalog, 'a', [2022], 'en', en)!;
    expect(entry).toMatchObject({ id: 'profile-radar', order: 0, description: 'A City' });
    expect(entry.rows.map((r) => [r.metricId, r.value, r.display])).toEqual([
      ['category:mediation', 80, '80 / 50'],
      ['category:reconsideration', 40, '40 / 50'],
      ['category:litigation', 60, '60 / 50'],
    ]);
    expect(radarEntry(scores.slice(0, 2), catalog, 'a', [2022], 'en', en)).toBeNull();
  });
});

describe('a profile time chart', () => {
  const series: TimeChartData = { jurisdiction: 'a', metric, years: [2020, 2021, 2022], values: [3, null, 5], order: 2 };
  it('names who and what over which years; a missing year is not reported', () => {
    const zh = translator('zh');
    expect(timeChartLabels(series, catalog, 'zh')).toEqual({ who: '甲', title: '甲 · 调解数', span: '2020–2022' });
    expect(timeFigure(null, metric, 'zh', zh)).toBe('未报告');
    const entry = timeChartEntry(series, catalog, 'zh', zh);
    expect(entry).toMatchObject({ id: 'time-m', order: 12, filenameParts: ['甲', '调解数', '2020-2022'] });
    expect(entry.rows.map((r) => [r.period, r.value, r.display])).toEqual([[2020, 3, timeFigure(3, metric, 'zh', zh)], [2021, null, '未报告'], [2022, 5, timeFigure(5, metric, 'zh', zh)]]);
    expect(JSON.stringify(entry.buildOption({ footer: 'source line', lang: 'zh' }))).toContain('source line');
  });
});

describe('a profile time chart with a caveated year', () => {
  const caveat = { kind: 'as_of' as const, note: { zh: '截至9月底', en: 'to the end of September' } };
  const series: TimeChartData = { jurisdiction: 'a', metric, years: [2021, 2022], values: [3, 5], caveats: [undefined, [caveat]], order: 0 };
  it('names the caveated year and carries the caveat into the rows and the image notes', () => {
    expect(timeCaveats(series, catalog, 'zh')).toEqual([{ place: '甲', metric: '调解数', period: 2022, caveats: [caveat] }]);
    const entry = timeChartEntry(series, catalog, 'zh', translator('zh'));
    expect(entry.rows.map((r) => [r.period, r.caveats, r.display.endsWith('†')])).toEqual([[2021, '', false], [2022, '截至年内某日: 截至9月底', true]]);
    expect(entry.notes).toEqual(['† 口径说明:标 † 的数字与指标定义不完全可比,原因如下。', '† 甲 · 调解数 · 2022年: 截至年内某日: 截至9月底']);
  });
  it('has no notes without caveats', () => {
    expect(timeChartEntry({ ...series, caveats: undefined }, catalog, 'zh', translator('zh')).notes).toEqual([]);
  });
});

describe('the profile radar with a caveated figure', () => {
  const caveat = { kind: 'basis' as const, note: { zh: '分母未说明', en: 'denominator not stated' } };
  const withCaveat = [{ ...score('mediation', 80), caveats: [{ metric: 'm', caveats: [caveat] }] }, score('reconsideration', 40), score('litigation', 60)];
  it('marks the category † and notes the figure', () => {
    const zh = translator('zh');
    expect(JSON.stringify(radarOption(withCaveat, catalog, 'a', 'zh', zh))).toContain('"矛盾纠纷调解†"');
    expect(radarCaveats(withCaveat, catalog, 'a', 'zh')).toEqual([{ place: '甲', metric: '调解数', caveats: [caveat] }]);
    const entry = radarEntry(withCaveat, catalog, 'a', [2022], 'zh', zh)!;
    expect(entry.rows[0]!.caveats).toBe('调解数: 统计口径不同: 分母未说明');
    expect(entry.notes).toEqual(['† 口径说明:标 † 的数字与指标定义不完全可比,原因如下。', '† 甲 · 调解数: 统计口径不同: 分母未说明']);
  });
});

describe('the radar’s axis labels', () => {
  const zh = translator('zh');
  it('name the area or the metric, how many metrics and how many places report them', () => {
    expect(axisLabel({ ...score('mediation', 25), places: { min: 2, max: 2 } }, catalog, 'zh', zh)).toBe('矛盾纠纷调解 (n=2)');
    expect(axisLabel({ ...score('mediation', 25), metrics: 2, places: { min: 2, max: 5 } }, catalog, 'zh', zh)).toBe('矛盾纠纷调解 (2 项 · n=2–5)');
    expect(axisLabel({ ...score('mediation', 25), metric: 'm', places: { min: 3, max: 3 } }, catalog, 'zh', zh)).toBe('调解数 (n=3)');
    const byMetric = [{ ...score('mediation', 25), metric: 'm' }, score('reconsideration', 40), score('litigation', 60)];
    expect(JSON.stringify(radarOption(byMetric, catalog, 'a', 'zh', zh))).toContain('甲市:各项指标得分与其他地区平均');
    expect(radarEntry(byMetric, catalog, 'a', [2022], 'zh', zh)!.rows[0]!.metricId).toBe('m');
  });
});

describe('a radar axis on lines', () => {
  it('puts what it counts on a line of its own and wraps a long name', () => {
    expect(radarAxisLines('矛盾纠纷调解 (n=2)')).toBe('矛盾纠纷调解\n(n=2)');
    expect(radarAxisLines('行政机关负责人出庭应诉率 (2 项 · n=2–3)')).toBe('行政机关负责人出\n庭应诉率\n(2 项 · n=2–3)');
    expect(radarAxisLines('行政应诉')).toBe('行政应诉');
  });
});
