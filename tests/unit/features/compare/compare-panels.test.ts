/** The compare view's content: report-specific figures listed apart, caveats in the rows and the image notes. */
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../../src/store/codecs/blocks';
import { mergeCatalog } from '../../../../src/model/catalog';
import type { LocatedObservation } from '../../../../src/model/compare';
import { compareContent } from '../../../../src/features/compare/compare-panels';
import { panelCaveats, panelEntry } from '../../../../src/features/compare/panel-chart';
import { caveatDataset } from '../../../fixtures/caveats';

const ds = caveatDataset();
const catalog = mergeCatalog([toBlocks(ds, { origin: 'user', hash: 'h'.repeat(64), bytes: 1, importedAt: 1 }).record]);
const juris = ds.reports.map((r) => r.jurisdiction);
const located: LocatedObservation[] = ds.observations.map((o) => ({
  ...o,
  jurisdiction: ds.reports.find((r) => r.id === o.report)!.jurisdiction,
  dataset: ds.id,
}));
const url = { metrics: [], categories: ['mediation' as const], year: null, sameYear: false };

describe('compare content', () => {
  const { panels, specific } = compareContent(located, catalog, url, juris);
  it('draws no report-specific metric, by default or when asked for one', () => {
    const drawn = panels.flatMap((p) => p.metrics.map((m) => m.id));
    expect(drawn).toContain('mediation.disputes_mediated');
    expect(drawn.some((id) => id.includes('cav_specific'))).toBe(false);
    const asked = compareContent(located, catalog, { ...url, metrics: ['mediation.cav_specific_0', 'mediation.success_rate'] }, juris);
    expect(asked.panels.flatMap((p) => p.metrics.map((m) => m.id))).toEqual(['mediation.success_rate']);
  });
  it('lists each place’s report-specific figure apart, in the order of the places', () => {
    expect(specific.map((f) => [f.observation.jurisdiction, f.metric.id, f.observation.value])).toEqual([
      ['cav.j0', 'mediation.cav_specific_0', 3],
      ['cav.j1', 'mediation.cav_specific_1', 4],
      ['cav.j2', 'mediation.cav_specific_2', 5],
    ]);
    expect(compareContent(located, catalog, { ...url, categories: ['reconsideration'] }, juris).specific).toEqual([]);
  });

  it('names the caveated figures of a panel, and its export entry carries them as rows and image notes', () => {
    const disputes = panels.find((p) => p.metrics.some((m) => m.id === 'mediation.disputes_mediated'))!;
    expect(panelCaveats(disputes, ['测0', '测1', '测2'], 'zh').map((f) => [f.place, f.period, f.caveats[0]!.kind])).toEqual([
      ['测0', 2022, 'cumulative'],
      ['测1', 2022, 'partial'],
    ]);
    const entry = panelEntry({ chartId: 'c', order: 0, unitInName: false, panel: disputes, catalog, reports: ds.reports, lang: 'zh' });
    expect(entry.notes).toEqual([
      '† 口径说明:标 † 的数字与指标定义不完全可比,原因如下。',
      '† 测0 · 调解矛盾纠纷数 · 2022年: 累计(自2019年): 自2019年起累计调解的纠纷,非当年数',
      '† 测1 · 调解矛盾纠纷数 · 2022年: 部分口径: 仅含成功调处<img src=x onerror="window.__pwned=1">{a}|b',
    ]);
    expect(entry.rows.map((r) => r.caveats)).toEqual([
      '累计(自2019年): 自2019年起累计调解的纠纷,非当年数',
      '部分口径: 仅含成功调处<img src=x onerror="window.__pwned=1">{a}|b',
      '',
    ]);
    const en = panelEntry({ chartId: 'c', order: 0, unitInName: false, panel: disputes, catalog, reports: ds.reports, lang: 'en' });
    expect(en.notes![1]).toBe('† T0 · Disputes mediated · 2022: Cumulative (since 2019): disputes mediated since 2019, not in the year');
  });
  it('has no notes for a panel without caveats', () => {
    const [rate] = compareContent(located, catalog, { ...url, metrics: ['mediation.success_rate'] }, juris).panels;
    if (!rate) throw new Error('no panel');
    expect(panelEntry({ chartId: 'r', order: 1, unitInName: false, panel: rate, catalog, reports: ds.reports, lang: 'zh' }).notes).toEqual([]);
  });
});

describe('compare content per 10,000 residents', () => {
  const pop = (population: number) => ({ population, year: 2020 as const, source: 'census-2020' as const });
  const populations = new Map([[juris[0]!, pop(1_000_000)], [juris[1]!, null], [juris[2]!, pop(2_000_000)]]);
  const { panels } = compareContent(located, catalog, url, juris, populations);
  const disputes = panels.find((p) => p.metrics.some((m) => m.id === 'mediation.disputes_mediated'))!;

  it('divides the counts, leaves the rate alone, and a place without population keeps its caveated figure in the notes', () => {
    expect(disputes.perCapita?.divided).toBe(true);
    expect(disputes.cells[0]!.map((c) => c.status)).toEqual(['reported', 'no_population', 'reported']);
    const rate = panels.find((p) => p.metrics.some((m) => m.id === 'mediation.success_rate'));
    if (rate) expect(rate.perCapita?.divided).toBe(false);
    expect(panelCaveats(disputes, ['测0', '测1', '测2'], 'zh').map((f) => f.place)).toEqual(['测0', '测1']);
  });

  it('exports the population and per-head value beside the figure reported, and names the census in the notes', () => {
    const entry = panelEntry({ chartId: 'c', order: 0, unitInName: false, panel: disputes, catalog, reports: ds.reports, lang: 'zh' });
    expect(entry.rows.map((r) => [r.value, r.population, r.perCapita, r.perCapitaDisplay])).toEqual([
      [100, 1_000_000, 1, '1件/万人'],
      [200, null, null, '无人口数据'],
      [300, 2_000_000, 1.5, '1.5件/万人'],
    ]);
    expect(entry.notes![0]).toContain('人口:2020年第七次全国人口普查');
    expect(entry.observations).toHaveLength(3);
  });
});
