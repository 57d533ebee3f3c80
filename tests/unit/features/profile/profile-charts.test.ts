import { describe, expect, it } from 'vitest';
import { radarEntry, radarOption } from '../../../../src/features/profile/radar-chart';
import { timeChartEntry, timeChartLabels, timeFigure, type TimeChartData } from '../../../../src/features/profile/time-chart';
import { translator } from '../../../../src/i18n';
import type { Catalog } from '../../../../src/model/catalog';
import type { CategoryScore } from '../../../../src/model/profile';
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
