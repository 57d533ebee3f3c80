import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { LocatedObservation } from '../../../../src/model/compare';
import type { Indicator, IndicatorCatalogue } from '../../../../src/model/indicators';
import type { Dataset } from '../../../../src/model/schema';
import { allRows, buildFrameworkMatrix, latestFigure, visibleTasks } from '../../../../src/features/framework/framework-matrix';
import { parseIndicatorFile } from '../../../../src/features/framework/indicator-file';

const ind = (id: string, task: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  area: id.split('.')[0] as Indicator['area'],
  task,
  name: { zh: id, en: id },
  definition: { zh: 'd', en: 'd' },
  unit: { zh: '件', en: 'cases' },
  kind: 'count',
  better: 'neutral',
  comparability: { scope: 'whole_area', period: 'annual', basis: null },
  aliases: [],
  ...extra,
});

const catalogue: IndicatorCatalogue = {
  tasks: [
    { id: 'disputes', name: { zh: '矛盾纠纷化解', en: 'Disputes' }, description: { zh: 'x', en: 'x' } },
    { id: 'digital', name: { zh: '数字法治政府', en: 'Digital' }, description: { zh: 'x', en: 'x' } },
  ],
  indicators: [
    ind('reconsideration.cases_received', 'disputes'),
    ind('mediation.disputes_mediated', 'disputes'),
    ind('reconsideration.correction_rate', 'disputes', { kind: 'rate', unit: { zh: '%', en: '%' } }),
    ind('digital_government.online_rate', 'digital', { kind: 'rate', unit: { zh: '%', en: '%' } }),
    ind('reconsideration.old_count', 'disputes', { deprecated: true, replaced_by: 'reconsideration.cases_received' }),
  ],
};

let n = 0;
const obs = (jurisdiction: string, metric: string, period: number, value: number, extra: Partial<LocatedObservation> = {}): LocatedObservation => ({
  id: `o${++n}`,
  report: `${jurisdiction}-${period}`,
  metric,
  period,
  value,
  qualifier: 'exact',
  quote: 'q',
  offset: 0,
  jurisdiction,
  dataset: 'd',
  ...extra,
});

describe('latestFigure', () => {
  it('takes the latest year, and in one year the figure as written over a derived one', () => {
    const a = obs('a', 'm', 2021, 1);
    const b = obs('a', 'm', 2022, 2, { derived: { formula: 'sum', inputs: ['x'] } });
    const c = obs('a', 'm', 2022, 3);
    expect(latestFigure([a, b, c])).toBe(c);
    expect(latestFigure([a, b])).toBe(b);
    expect(latestFigure([])).toBeNull();
  });
});

describe('buildFrameworkMatrix', () => {
  const observations = [
    obs('a', 'reconsideration.cases_received', 2021, 10),
    obs('a', 'reconsideration.cases_received', 2022, 0),
    obs('b', 'mediation.disputes_mediated', 2022, 5, { qualifier: 'at_least' }),
    obs('c', 'reconsideration.cases_received', 2022, 7), // a place not chosen
    obs('a', 'reconsideration.cases_received.change', 2022, -3), // a change, not the indicator
  ];
  const m = buildFrameworkMatrix({
    catalogue,
    observations,
    jurisdictions: ['a', 'b'],
    storedCoverage: new Map([['reconsideration.cases_received', 3], ['mediation.disputes_mediated', 1], ['digital_government.online_rate', 4]]),
    storedPlaces: 2900,
  });

  it('groups tasks → areas → indicators in catalogue order, without deprecated indicators', () => {
    expect(m.tasks.map((t) => t.task.id)).toEqual(['disputes', 'digital']);
    expect(m.tasks[0]!.areas.map((a) => [a.area, a.rows.map((r) => r.indicator.id)])).toEqual([
      ['reconsideration', ['reconsideration.cases_received', 'reconsideration.correction_rate']],
      ['mediation', ['mediation.disputes_mediated']],
    ]);
    expect(m.size).toBe(4);
  });

  it('fills each cell with the place’s latest figure — a reported 0 stays a figure — or null', () => {
    const row = allRows(m.tasks[0]!)[0]!;
    expect(row.cells.map((c) => c?.value ?? null)).toEqual([0, null]);
    expect(row.cells[0]!.period).toBe(2022);
    expect(allRows(m.tasks[0]!)[2]!.cells[1]!.qualifier).toBe('at_least');
  });

  it('counts coverage per place (per task and in total) and per indicator', () => {
    expect(m.tasks[0]!.coverage).toEqual([1, 1]);
    expect(m.tasks[0]!.size).toBe(3);
    expect(m.tasks[1]!.coverage).toEqual([0, 0]);
    expect(m.coverage).toEqual([1, 1]);
    const rows = m.tasks.flatMap(allRows);
    expect(rows.map((r) => [r.indicator.id, r.reporting, r.stored])).toEqual([
      ['reconsideration.cases_received', 1, 3],
      ['reconsideration.correction_rate', 0, 0],
      ['mediation.disputes_mediated', 1, 1],
      ['digital_government.online_rate', 0, 4],
    ]);
    expect(m.unreported).toBe(2);
    expect(m.unreportedAnywhere).toBe(1);
    expect(m.storedPlaces).toBe(2900);
  });

  it('hides the indicators none of the chosen places reports, and says how many', () => {
    const shown = visibleTasks(m, true);
    expect(shown.hidden).toBe(2);
    expect(shown.tasks.map((t) => t.areas.flatMap((a) => a.rows.map((r) => r.indicator.id)))).toEqual([
      ['reconsideration.cases_received', 'mediation.disputes_mediated'],
      [],
    ]);
    // the task stays, with its coverage of all its indicators
    expect(shown.tasks[1]!.size).toBe(1);
    expect(visibleTasks(m, false)).toEqual({ tasks: m.tasks, hidden: 0 });
  });
});

describe('the shipped catalogue against the bundled dataset', () => {
  const read = (p: string): unknown => JSON.parse(readFileSync(new URL(`../../../../public/data/${p}`, import.meta.url), 'utf8'));
  const cat = parseIndicatorFile(read('indicators.json'));
  const bundled = read('bundled.json') as Dataset;
  const place = new Map(bundled.reports.map((r) => [r.id, r.jurisdiction]));
  const observations = bundled.observations.map((o) => ({ ...o, jurisdiction: place.get(o.report)!, dataset: 'bundled' }));
  const ids = bundled.jurisdictions.map((j) => j.id);
  const m = buildFrameworkMatrix({ catalogue: cat, observations, jurisdictions: ids, storedCoverage: new Map(), storedPlaces: ids.length });

  it('has the nine tasks and every indicator', () => {
    expect(m.tasks.map((t) => t.task.name.zh)).toEqual(['机构职能', '制度体系', '行政决策', '行政执法', '突发事件应对', '矛盾纠纷化解', '权力制约监督', '数字法治政府', '组织保障']);
    expect(m.size).toBe(cat.indicators.length);
  });

  it('counts per place the catalogue indicators its figures are of', () => {
    const known = new Set(cat.indicators.map((i) => i.id));
    const expected = ids.map((j) => new Set(observations.filter((o) => o.jurisdiction === j && known.has(o.metric)).map((o) => o.metric)).size);
    expect(m.coverage).toEqual(expected);
    expect(m.tasks.reduce((s, t) => s + t.size, 0)).toBe(m.size);
  });
});

describe('parseIndicatorFile', () => {
  it('refuses another format or version, and names what is not a task or an indicator', () => {
    const good = { format: 'rol-compare/indicators', version: 1, tasks: catalogue.tasks, indicators: catalogue.indicators };
    expect(parseIndicatorFile(good).indicators).toHaveLength(5);
    expect(() => parseIndicatorFile(null)).toThrow(/not a rol-compare\/indicators file/);
    expect(() => parseIndicatorFile({ ...good, version: 2 })).toThrow(/version 2/);
    expect(() => parseIndicatorFile({ ...good, tasks: [{ id: 1 }] })).toThrow('tasks[0] is not a task');
    expect(() => parseIndicatorFile({ ...good, indicators: [{ ...catalogue.indicators[0], task: undefined }] })).toThrow('indicators[0] is not an indicator');
  });
});
