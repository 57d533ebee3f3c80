/** The compare view's content with years and coverage: gaps that name the year they have, adjacent years, single-reporter figures. */
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../../src/store/codecs/blocks';
import { mergeCatalog } from '../../../../src/model/catalog';
import type { LocatedObservation } from '../../../../src/model/compare';
import { compareContent } from '../../../../src/features/compare/compare-panels';
import { panelEntry, panelOption, panelText } from '../../../../src/features/compare/panel-chart';
import { singleEntry, SINGLE_ENTRY_ID } from '../../../../src/features/compare/single-entry';
import { caveatDataset } from '../../../fixtures/caveats';

const ds = caveatDataset();
const catalog = mergeCatalog([toBlocks(ds, { origin: 'user', hash: 'h'.repeat(64), bytes: 1, importedAt: 1 }).record]);
const juris = ds.reports.map((r) => r.jurisdiction);
const jurOf = (report: string) => ds.reports.find((r) => r.id === report)!.jurisdiction;
// 测2 reports in 2023; the success rate is 测0's alone
const located: LocatedObservation[] = ds.observations
  .map((o) => ({ ...o, jurisdiction: jurOf(o.report), dataset: ds.id }))
  .map((o) => (o.jurisdiction === 'cav.j2' ? { ...o, period: 2023 } : o))
  .filter((o) => o.metric !== 'mediation.success_rate' || o.jurisdiction === 'cav.j0');
const url = { metrics: [] as string[], categories: ['mediation' as const], year: 2022 as number | null, sameYear: true, nearYear: false };
type Opt = { series: { data: { label: { formatter: string } }[] }[]; title: { subtext: string }[] };

describe('years in the compare view', () => {
  it('same year: the gap of a place with another year says which, in the chart and the CSV; one year, no warning', () => {
    const [p] = compareContent(located, catalog, url, juris).panels;
    expect(p!.metrics.map((m) => m.id)).toEqual(['mediation.disputes_mediated']);
    expect(p!.mixedPeriods).toBe(false);
    const zh = panelOption(p!, catalog, 'zh') as unknown as Opt;
    expect(zh.series[2]!.data[0]!.label.formatter).toBe('2022年无数据(有2023年)');
    const en = panelOption(p!, catalog, 'en') as unknown as Opt;
    expect(en.series[2]!.data[0]!.label.formatter).toBe('no 2022 figure (2023 available)');
    const entry = panelEntry({ chartId: 'c', order: 0, unitInName: false, panel: p!, catalog, reports: ds.reports, lang: 'zh' });
    expect(entry.rows.map((r) => r.display)).toEqual(['100件†', '200件†', '2022年无数据(有2023年)']);
  });

  it('nearest year: the adjacent figure is drawn with its own year, the subtitle and the image notes say so', () => {
    const [p] = compareContent(located, catalog, { ...url, sameYear: false, nearYear: true }, juris).panels;
    const opt = panelOption(p!, catalog, 'zh') as unknown as Opt;
    expect(opt.series[2]!.data[0]!.label.formatter).toBe('300\n2023年');
    expect(panelText(p!, catalog, 'zh').subtitle).toContain('含相邻年份(±1)的数字');
    expect(opt.title[0]!.subtext).toContain('含相邻年份(±1)的数字');
    expect(p!.mixedPeriods).toBe(true);
    const entry = panelEntry({ chartId: 'c', order: 0, unitInName: false, panel: p!, catalog, reports: ds.reports, lang: 'zh' });
    expect(entry.notes![0]).toBe('含相邻年份(±1)的数字:所选2022年无数据时,用前一年或后一年的数字代替(柱上标注其年份):测2 · 调解矛盾纠纷数 · 2023年。');
    const en = panelEntry({ chartId: 'c', order: 0, unitInName: false, panel: p!, catalog, reports: ds.reports, lang: 'en' });
    expect(en.notes![0]).toContain('Includes figures of the adjacent year (±1): where 2022 has no figure');
    expect((en.buildOption({ footer: 'f', lang: 'en' }) as unknown as Opt).title[0]!.subtext).toContain('includes figures of the adjacent year (±1)');
  });
});

describe('figures only one place reports', () => {
  const content = compareContent(located, catalog, { ...url, year: null, sameYear: false }, juris);
  it('are not drawn with the automatic choice, but listed; a metric picked is drawn as asked, gaps included', () => {
    expect(content.panels.flatMap((p) => p.metrics.map((m) => m.id))).toEqual(['mediation.disputes_mediated']);
    expect(content.single.map((f) => [f.cell.observation.jurisdiction, f.metric.id, f.cell.value])).toEqual([['cav.j0', 'mediation.success_rate', 90]]);
    const asked = compareContent(located, catalog, { ...url, year: null, metrics: ['mediation.success_rate'] }, juris);
    expect(asked.panels[0]!.jurisdictions).toEqual(juris);
    expect(asked.panels[0]!.cells[0]!.map((c) => c.status)).toEqual(['reported', 'not_reported', 'not_reported']);
    expect(asked.single.map((f) => f.metric.id)).toEqual([]);
  });
  it('travel into the view’s CSV and an image of their own, after the charts', () => {
    const entry = singleEntry({ figures: content.single, jurisdictions: juris, order: 1, catalog, reports: ds.reports, lang: 'zh' });
    expect(entry.id).toBe(SINGLE_ENTRY_ID);
    expect(entry.order).toBe(1);
    expect(entry.rows).toHaveLength(1);
    expect(entry.rows[0]).toMatchObject({ jurisdiction: '测0', metricId: 'mediation.success_rate', display: '90%', period: 2022, quote: '调解成功率90%' });
    const opt = entry.buildOption({ footer: '来源', lang: 'zh' }) as unknown as { title: { text: string; subtext: string }[] };
    expect(opt.title[0]!.text).toBe('仅一地报告的数字');
    expect(opt.title[0]!.subtext).toContain('测0 · 调解成功率 · 90% · 2022年');
    expect(entry.sources.length).toBe(1);
  });
});
