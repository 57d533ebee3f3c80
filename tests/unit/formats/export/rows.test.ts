import { describe, expect, it } from 'vitest';
import { buildPanels, type LocatedObservation } from '../../../../src/model/compare';
import { EXPORT_COLUMNS, PER_CAPITA_COLUMNS, columnsOf, panelRows, rowCells } from '../../../../src/formats/export/rows';
import { perCapitaPanel } from '../../../../src/model/per-capita';
import type { Jurisdiction, Metric } from '../../../../src/model/schema';
import { caveatKindLabel } from '../../../../src/i18n/caveats';

const metric: Metric = {
  id: 'mediation.disputes',
  category: 'mediation',
  name: { zh: '调解矛盾纠纷数', en: 'Disputes mediated' },
  unit: { zh: '件', en: 'cases' },
  kind: 'count',
  better: 'neutral',
};
const jur = (id: string, zh: string): Jurisdiction => ({
  id,
  name: { zh, en: id },
  short: { zh, en: id.toUpperCase() },
  level: 'district',
  province: { zh: '江苏', en: 'Jiangsu' },
});
const obs: LocatedObservation[] = [
  {
    id: 'o1', report: 'r1', metric: metric.id, period: 2022, value: 15000, qualifier: 'at_least', quote: '=调解超1.5万件', offset: 3,
    figure: '超1.5万件', jurisdiction: 'a', dataset: 'd',
  },
  {
    id: 'o2', report: 'r2', metric: metric.id, period: 2023, value: 12.5, qualifier: 'approx', quote: 'q', offset: 0,
    derived: { formula: 'ratio_pct', inputs: ['x', 'y'] }, jurisdiction: 'b', dataset: 'd',
  },
];
const [panel] = buildPanels(obs, { jurisdictions: ['a', 'b', 'c'], metrics: [metric], year: null, sameYear: false });
const jurisdictions = new Map([['a', jur('a', '武进')], ['b', jur('b', '园区')], ['c', jur('c', '吕梁')]]);
const reports = [
  { id: 'r1', title: '武进报告', source: 'r1.txt' },
  { id: 'r2', title: '园区报告', source: 'r2.txt' },
];

describe('panelRows', () => {
  const rows = panelRows(panel!, jurisdictions, reports, 'zh', { category: '矛盾纠纷调解', notReported: '未报告', caveatKind: caveatKindLabel('zh') });

  it('has one row per figure shown, not-reported cells included (never zero)', () => {
    expect(rows.map((r) => [r.jurisdiction, r.value, r.period, r.display])).toEqual([
      ['武进', 15000, 2022, '≥1.5万件'],
      ['园区', 12.5, 2023, '≈12.5件*'],
      ['吕梁', null, null, '未报告'],
    ]);
  });

  it('carries the source of every reported figure', () => {
    expect(rows[0]).toMatchObject({ reportId: 'r1', reportTitle: '武进报告', source: 'r1.txt', quote: '=调解超1.5万件', observationId: 'o1', qualifier: 'at_least' });
    expect(rows[1]).toMatchObject({ derived: 'ratio_pct', qualifier: 'approx' });
    expect(rows[2]).toMatchObject({ quote: '', reportId: '', qualifier: null });
  });

  it('lays rows out in the column order', () => {
    const cells = rowCells(rows[0]!);
    expect(cells).toHaveLength(EXPORT_COLUMNS.length);
    expect(cells[EXPORT_COLUMNS.indexOf('value')]).toBe(15000);
  });

  it('speaks English when asked', () => {
    const en = panelRows(panel!, jurisdictions, reports, 'en', { category: 'Mediation', notReported: 'not reported', caveatKind: caveatKindLabel('en') });
    expect(en.map((r) => [r.jurisdiction, r.metric, r.unit, r.display])).toEqual([
      ['A', 'Disputes mediated', 'cases', '≥15,000 cases'],
      ['B', 'Disputes mediated', 'cases', '≈12.5 cases*'],
      ['C', 'Disputes mediated', 'cases', 'not reported'],
    ]);
  });
});

describe('panelRows with caveats', () => {
  const caveated: LocatedObservation = {
    ...obs[0]!,
    caveats: [
      { kind: 'cumulative', since: 2019, note: { zh: '自2019年起累计', en: 'since 2019' } },
      { kind: 'own_level', note: { zh: '=仅区本级', en: 'own level' } },
    ],
  };
  const [p] = buildPanels([caveated, obs[1]!], { jurisdictions: ['a', 'b'], metrics: [metric], year: null, sameYear: false });

  it('writes kind and note of every caveat in the caveats column, in the UI language, and marks the figure †', () => {
    const zh = panelRows(p!, jurisdictions, reports, 'zh', { category: '矛盾纠纷调解', notReported: '未报告', caveatKind: caveatKindLabel('zh') });
    expect(zh[0]).toMatchObject({ caveats: '累计(自2019年): 自2019年起累计;仅本级: =仅区本级', display: '≥1.5万件†' });
    expect(zh[1]).toMatchObject({ caveats: '', display: '≈12.5件*' });
    const en = panelRows(p!, jurisdictions, reports, 'en', { category: 'Mediation', notReported: 'not reported', caveatKind: caveatKindLabel('en') });
    expect(en[0]!.caveats).toBe('Cumulative (since 2019): since 2019; Own level only: own level');
  });
  it('puts the column after the derived formula, before the quote', () => {
    expect(EXPORT_COLUMNS.indexOf('caveats')).toBe(EXPORT_COLUMNS.indexOf('derived') + 1);
    expect(EXPORT_COLUMNS.indexOf('quote')).toBe(EXPORT_COLUMNS.indexOf('caveats') + 1);
  });
});

describe('panelRows per 10,000 residents', () => {
  const pops = new Map([['a', { population: 1_000_000, year: 2020 as const, source: 'census-2020' as const }], ['b', null], ['c', null]]);
  const p = perCapitaPanel(panel!, pops);
  const rows = panelRows(p, jurisdictions, reports, 'zh', {
    category: '矛盾纠纷调解', notReported: '未报告', caveatKind: caveatKindLabel('zh'), noPopulation: '无人口数据', populationSource: '人口:2020年第七次全国人口普查',
  });

  it('keeps the figure reported and adds the population, its source and the per-head value', () => {
    expect(rows[0]).toMatchObject({ value: 15000, display: '≥1.5万件', population: 1_000_000, populationSource: '人口:2020年第七次全国人口普查', perCapita: 150, perCapitaDisplay: '≥150件/万人' });
    expect(rows[1]).toMatchObject({ value: 12.5, population: null, perCapita: null, perCapitaDisplay: '无人口数据' });
    expect(rows[2]).toMatchObject({ value: null, display: '未报告' });
  });

  it('has the per-head columns only when some row has them', () => {
    expect(columnsOf(rows)).toEqual([...EXPORT_COLUMNS, ...PER_CAPITA_COLUMNS]);
    expect(rowCells(rows[0]!, columnsOf(rows))[EXPORT_COLUMNS.length]).toBe(1_000_000);
    expect(columnsOf(panelRows(panel!, jurisdictions, reports, 'zh', { category: 'c', notReported: 'n', caveatKind: caveatKindLabel('zh') }))).toBe(EXPORT_COLUMNS);
  });
});
