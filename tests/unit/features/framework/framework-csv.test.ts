import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { LocatedObservation } from '../../../../src/model/compare';
import type { Indicator, IndicatorCatalogue } from '../../../../src/model/indicators';
import { mergeCatalog } from '../../../../src/model/catalog';
import { translator } from '../../../../src/i18n';
import { buildFrameworkMatrix } from '../../../../src/features/framework/framework-matrix';
import { matrixCsv, matrixTable, matrixTsv, NOT_REPORTED } from '../../../../src/features/framework/framework-csv';
import { exportNotes, matrixLabels, matrixNotes } from '../../../../src/features/framework/framework-labels';

const ind = (id: string, kind: Indicator['kind'], unit: string): Indicator => ({
  id,
  area: id.split('.')[0] as Indicator['area'],
  task: 'disputes',
  name: { zh: `名${id}`, en: `name ${id}` },
  definition: { zh: 'd', en: 'd' },
  unit: { zh: unit, en: unit },
  kind,
  better: 'neutral',
  comparability: { scope: 'whole_area', period: 'annual', basis: null },
  aliases: [],
});

const catalogue: IndicatorCatalogue = {
  tasks: [{ id: 'disputes', name: { zh: '矛盾纠纷化解', en: 'Disputes' }, description: { zh: 'x', en: 'x' } }],
  indicators: [ind('reconsideration.cases_received', 'count', '件'), ind('legal_services.legal_aid_funds', 'amount', '万元')],
};

const o: LocatedObservation = {
  id: 'obs-1',
  report: 'r',
  metric: 'reconsideration.cases_received',
  period: 2022,
  value: 1500,
  qualifier: 'at_least',
  quote: '受理行政复议案件超1500件',
  offset: 0,
  jurisdiction: 'a',
  dataset: 'd',
};

const m = buildFrameworkMatrix({ catalogue, observations: [o], jurisdictions: ['a', 'b'], storedCoverage: new Map(), storedPlaces: 2 });
const catalog = mergeCatalog([]);

describe('the matrix as a table', () => {
  const labels = matrixLabels(catalog, 'zh', translator('zh'));

  it('has the fixed columns, then four per place', () => {
    const { header, rows } = matrixTable(m, labels);
    expect(header).toEqual(['指标编号', '指标', '任务', '领域', '单位', 'a 数值', 'a 限定', 'a 年份', 'a 观测编号', 'b 数值', 'b 限定', 'b 年份', 'b 观测编号']);
    expect(rows[0]).toEqual(['reconsideration.cases_received', '名reconsideration.cases_received', '矛盾纠纷化解', '行政复议', '件', 1500, 'at_least', 2022, 'obs-1', null, NOT_REPORTED, null, null]);
    // amounts are stored in 元
    expect(rows[1]!.slice(4, 6)).toEqual(['元', null]);
  });

  it('writes not reported as an empty value, never 0, and the notes after the table', () => {
    const csv = matrixCsv(m, labels, matrixNotes(m, translator('zh')));
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data;
    expect(parsed[1]!.slice(9, 13)).toEqual(['', 'not_reported', '', '']);
    expect(parsed[2]!.slice(5, 9)).toEqual(['', 'not_reported', '', '']);
    expect(parsed[3]).toEqual(['']);
    expect(parsed[4]![0]).toBe('1 个指标所选地区都未报告(其中 1 个全部已存地区都未报告);未报告不等于零。');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('speaks English in English, and the TSV has no notes', () => {
    const en = matrixLabels(catalog, 'en', translator('en'));
    const tsv = matrixTsv(m, en).split('\r\n');
    expect(tsv[0]!.split('\t').slice(0, 6)).toEqual(['Indicator id', 'Indicator', 'Task', 'Area', 'Unit', 'a value']);
    expect(tsv[2]!.split('\t')[4]).toBe('yuan');
    expect(tsv).toHaveLength(4);
    expect(matrixNotes(m, translator('en'))[0]).toBe('Indicators none of the chosen places reports: 1 (of them, reported by no stored place: 1); not reported is not zero.');
  });
});

describe('the notes of the CSV', () => {
  it('list the figures computed from others (*) and every caveat (†), after the view’s notes', () => {
    const caveated: LocatedObservation = { ...o, id: 'obs-2', jurisdiction: 'b', caveats: [{ kind: 'cumulative', since: 2019, note: { zh: '自2019年起累计', en: 'since 2019' } }] };
    const derived: LocatedObservation = { ...o, id: 'obs-3', metric: 'legal_services.legal_aid_funds', derived: { formula: 'sum', inputs: ['x', 'y'] } };
    const mm = buildFrameworkMatrix({ catalogue, observations: [o, caveated, derived], jurisdictions: ['a', 'b'], storedCoverage: new Map(), storedPlaces: 2 });
    const notes = exportNotes(mm, catalog, 'zh', translator('zh'));
    expect(notes.slice(0, 3)).toEqual(matrixNotes(mm, translator('zh')));
    expect(notes[3]).toBe('* 根据报告中的数字计算:a · 名legal_services.legal_aid_funds · 2022年。');
    expect(notes[4]).toMatch(/^† 口径说明/);
    expect(notes[5]).toBe('† b · 名reconsideration.cases_received · 2022年: 累计(自2019年): 自2019年起累计');
    expect(notes).toHaveLength(6);
    expect(exportNotes(m, catalog, 'zh', translator('zh'))).toHaveLength(3);
  });
});
