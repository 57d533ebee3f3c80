import { describe, expect, it } from 'vitest';
import { peerLine, peerRanking } from '../../../../src/features/rank/peer-ranking';
import { shownRanking } from '../../../../src/features/rank/per-capita-ranking';
import { rankChartOption } from '../../../../src/features/rank/rank-chart';
import { rankingEntry } from '../../../../src/features/rank/rank-export';
import { translator } from '../../../../src/i18n';
import { rankingOf } from '../../../../src/model/metric-values';
import type { Catalog } from '../../../../src/model/catalog';
import type { Jurisdiction, Metric } from '../../../../src/model/schema';
import { FOCUS_COLOR } from '../../../../src/charts/rank-option';

const metric: Metric = { id: 'm', category: 'mediation', name: { zh: '调解数', en: 'Mediated' }, unit: { zh: '件', en: 'cases' }, kind: 'count', better: 'higher' };
const jur = (id: string, short: string): Jurisdiction => ({ id, name: { zh: short, en: short }, short: { zh: short, en: short }, level: 'district', province: { zh: '江苏', en: 'Jiangsu' } });
const ids = ['a', 'b', 'c', 'd'];
const catalog = { jurisdictionById: new Map(ids.map((id, i) => [id, jur(id, '甲乙丙丁'[i]!)])), metricById: new Map([['m', metric]]), datasets: [] } as unknown as Catalog;
const block = {
  dataset: 'd', metric: 'm', period: 2022, jurisdiction: ids, observation: ids.map((j) => `o.${j}`),
  value: Float64Array.from([30, 90, 10, 50]), qualifier: new Uint8Array(4), valueMax: new Float64Array(4).fill(Number.NaN), derived: new Uint8Array(4),
};
const all = shownRanking(rankingOf([block], null, 'higher'), metric, undefined);
const describe_ = { province: { zh: '江苏省', en: 'Jiangsu' }, level: 'county' as const };

describe('a ranking within a peer group', () => {
  it('ranks the members among themselves and says where the focus stands, in the group’s words', () => {
    // all: b 90 (1), d 50 (2), a 30 (3), c 10 (4); the group a, c, d
    const group = new Set(['a', 'c', 'd']);
    const r = peerRanking(all, group, { describe: describe_, focus: 'a', size: 3 });
    expect(r.rows.map((x) => [x.jurisdiction, x.rank])).toEqual([['d', 1], ['a', 2], ['c', 3]]);
    expect(peerRanking(all, group, { describe: describe_, focus: 'a', size: 3 })).toBe(r);
    expect(peerLine(r, catalog, 'zh')).toBe('甲:第 2 / 3 名,江苏省 区县');
    expect(peerLine(r, catalog, 'en')).toBe('甲: 2 of 3, Jiangsu, county-level units');
    expect(peerLine(all, catalog, 'zh')).toBeNull();
  });

  it('a focus that does not report the figure is said so, not ranked last', () => {
    const r = peerRanking(all, new Set(['b', 'd', 'x']), { describe: describe_, focus: 'x', size: 3 });
    expect(r.rows.map((x) => x.jurisdiction)).toEqual(['b', 'd']);
    expect(peerLine(r, catalog, 'zh')).toBe('x未报告此项;江苏省 区县中 2 个地区有数字。');
  });

  it('the chart names the group and marks the focus bar; the export carries the standing as a note', () => {
    const r = peerRanking(all, new Set(['a', 'b', 'c', 'd']), { describe: describe_, focus: 'd', size: 4 });
    type O = { title: { subtext: string }[]; series: { data: { itemStyle: { color: string } }[] }[] };
    const o = rankChartOption(r, metric, catalog, 'zh', translator('zh')) as unknown as O;
    expect(o.title[0]!.subtext).toContain('丁:第 2 / 4 名,江苏省 区县');
    expect(o.series[0]!.data.map((d) => d.itemStyle.color === FOCUS_COLOR)).toEqual([false, true, false, false]);
    const entry = rankingEntry(r, metric, catalog, 'zh', translator('zh'))!;
    expect(entry.notes).toContain('丁:第 2 / 4 名,江苏省 区县');
    expect(entry.rows.map((x) => x.jurisdictionId)).toEqual(['b', 'd', 'a', 'c']);
  });
});
