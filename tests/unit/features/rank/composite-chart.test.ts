import { describe, expect, it } from 'vitest';
import { compositeCaveatFigures, compositeChartOption, compositeEntry, scoreCaveatLines, tierLabel } from '../../../../src/features/rank/composite-chart';
import { translator } from '../../../../src/i18n';
import type { Catalog } from '../../../../src/model/catalog';
import type { CompositeResult } from '../../../../src/model/composite';
import type { Jurisdiction, Metric } from '../../../../src/model/schema';

const metric = (id: string, zh: string): Metric => ({ id, category: 'mediation', name: { zh, en: id }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'higher' });
const jur = (id: string, short: string): Jurisdiction => ({ id, name: { zh: short, en: short }, short: { zh: short, en: short }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' } });
const catalog = {
  datasets: [],
  jurisdictionById: new Map([['a', jur('a', '甲')], ['b', jur('b', '乙')]]),
  metricById: new Map([['m1', metric('m1', '调解')], ['m2', metric('m2', '复议')]]),
} as unknown as Catalog;
const row = (jurisdiction: string, rank: number, tier: 1 | 2 | 3) => ({ jurisdiction, score: 100 - rank, rank, coverage: 1, reported: 2, bandMin: rank, bandMax: rank, tier });
const result: CompositeResult = { rows: [row('a', 1, 1), row('b', 2, 3)], excluded: [] };
type O = { title: { text: string; subtext?: string }[] };

describe('the composite chart', () => {
  it('names its metrics in the subtitle; the export entry carries the same option with a footer, and the scores', () => {
    const zh = translator('zh');
    const option = compositeChartOption({ result, catalog, ids: ['m1', 'm2'], tiers: false, lang: 'zh', t: zh }) as unknown as O;
    expect(JSON.stringify(option.title)).toContain('调解 · 复议');
    const entry = compositeEntry({ result, catalog, ids: ['m1', 'm2'], tiers: false, lang: 'zh', t: zh })!;
    expect(entry).toMatchObject({ id: 'composite', order: 1, description: '调解 · 复议' });
    expect(entry.filenameParts).toEqual([zh('composite.title'), '调解', '复议']);
    expect(JSON.stringify(entry.buildOption({ footer: 'source line', lang: 'zh' }))).toContain('source line');
    expect(entry.rows.map((r) => [r.jurisdictionId, r.value, r.display])).toEqual([['a', 99, '99 (#1, 1–1, 100%)'], ['b', 98, '98 (#2, 2–2, 100%)']]);
  });

  it('has no export entry without rows; tiers are 第一…第三梯队 in Chinese', () => {
    expect(compositeEntry({ result: { rows: [], excluded: ['a'] }, catalog, ids: ['m1'], tiers: true, lang: 'en', t: translator('en') })).toBeNull();
    expect(tierLabel(3, 'zh', translator('zh'))).toBe('第三梯队');
    expect(tierLabel(3, 'en', translator('en'))).toBe('Tier 3');
  });
});

describe('the composite chart with caveated inputs', () => {
  const caveat = { kind: 'partial' as const, note: { zh: '仅成功调处<b>', en: 'settled only' } };
  const shown = {
    result: { ...result, inputCaveats: new Map([['b', [{ metric: 'm1', caveats: [caveat] }]]]) },
    catalog, ids: ['m1', 'm2'], tiers: false, lang: 'zh' as const, t: translator('zh'),
  };
  type C = { series: { label: { formatter: (p: { dataIndex: number }) => string } }[]; tooltip: { formatter: (p: { dataIndex: number }) => string } };
  it('marks the score † and says in the tooltip which figure and why, escaped', () => {
    const o = compositeChartOption(shown) as unknown as C;
    expect(o.series[0]!.label.formatter({ dataIndex: 1 })).toBe('#2 (2–2)†');
    expect(o.series[0]!.label.formatter({ dataIndex: 0 })).toBe('#1 (1–1)');
    const html = o.tooltip.formatter({ dataIndex: 1 });
    expect(html).toContain('98†');
    expect(html).toContain('† 调解: 部分口径: 仅成功调处&#60;b&#62;');
    expect(o.tooltip.formatter({ dataIndex: 0 })).not.toContain('†');
  });
  it('carries them into the rows and the image notes', () => {
    expect(scoreCaveatLines(shown, 'b')).toEqual(['调解: 部分口径: 仅成功调处<b>']);
    expect(scoreCaveatLines(shown, 'a')).toEqual([]);
    const entry = compositeEntry(shown)!;
    expect(entry.rows.map((r) => [r.jurisdictionId, r.caveats, r.display.endsWith('†')])).toEqual([['a', '', false], ['b', '调解: 部分口径: 仅成功调处<b>', true]]);
    expect(entry.notes).toEqual(['† 口径说明:标 † 的数字与指标定义不完全可比,原因如下。', '† 乙 · 调解: 部分口径: 仅成功调处<b>']);
    expect(compositeCaveatFigures(shown)).toEqual([{ place: '乙', metric: '调解', caveats: [caveat] }]);
  });
});

describe('the composite chart while its band is computed', () => {
  type C = { series: { label: { formatter: (p: { dataIndex: number }) => string } }[]; tooltip: { formatter: (p: { dataIndex: number }) => string } };
  const pending = { result: { ...result, bandPending: true as const }, catalog, ids: ['m1', 'm2'], tiers: false, lang: 'zh' as const, t: translator('zh') };
  it('labels each bar with its rank alone and says in the tooltip that the band is being computed', () => {
    const o = compositeChartOption(pending) as unknown as C;
    expect(o.series[0]!.label.formatter({ dataIndex: 1 })).toBe('#2');
    expect(o.tooltip.formatter({ dataIndex: 1 })).toContain('稳定区间 计算中…');
    expect(o.tooltip.formatter({ dataIndex: 1 })).not.toContain('2–2');
  });
  it('offers no export until the band is there', () => {
    expect(compositeEntry(pending)).toBeNull();
    expect(compositeEntry({ ...pending, result })).not.toBeNull();
  });
});
