import { describe, expect, it } from 'vitest';
import { matchFigures, matchMentions, matchObservations, sumFigureScores, type FigureAt, type Scored } from '../../../../scripts/lib/extract-score';
import { hashId, jurisdictionFor, toDataset, unclassifiedMetric } from '../../../../src/extract/to-dataset';
import { extractReport } from '../../../../src/extract/index';
import { validateDataset } from '../../../../src/formats/validate';
import type { Jurisdiction, Mention } from '../../../../src/model/schema';

const o = (category: Scored['category'], value: number, qualifier: Scored['qualifier'] = 'exact'): Scored => ({ category, value, qualifier, quote: 'q' });

describe('eval matching', () => {
  it('matches on category, value and qualifier, each curated observation once', () => {
    const curated = [o('mediation', 100), o('mediation', 100), o('hotline', 99.19), o('licensing', 50, 'at_least')];
    const extracted = [o('mediation', 100), o('mediation', 100), o('mediation', 100), o('hotline', 99.19 + 1e-12), o('licensing', 50), o('credit', 7)];
    const m = matchObservations(curated, extracted);
    expect(m).toMatchObject({ curated: 4, extracted: 6, matched: 3, precision: 0.5, recall: 0.75 });
    expect(m.missed).toEqual([o('licensing', 50, 'at_least')]);
    expect(m.spurious.map((s) => [s.category, s.value])).toEqual([
      ['mediation', 100],
      ['licensing', 50],
      ['credit', 7],
    ]);
  });

  it('figures match on value, qualifier and overlapping spans, each label once; area and indicator are scored on the matched', () => {
    const f = (start: number, value: number, area: FigureAt['area'], indicator: string | null, qualifier: FigureAt['qualifier'] = 'exact'): FigureAt => ({
      start, end: start + 4, value, qualifier, area, indicator, figure: 'x',
    });
    const labels = [f(0, 12, 'mediation', 'mediation.a'), f(10, 12, 'mediation', null), f(20, 5, 'hotline', 'hotline.b'), f(30, 7, 'credit', 'credit.c')];
    const got = [
      f(2, 12, 'mediation', 'mediation.a'), // matches the first label
      f(11, 12, 'mediation', 'mediation.a'), // matches the second, whose indicator is null: a wrong indicator
      f(20, 5, 'hotline', null), // matched, no indicator given
      f(30, 7, 'credit', null, 'at_least'), // another qualifier: no match
      f(50, 12, 'mediation', null), // no label there
    ];
    const m = matchFigures(labels, got);
    expect(m).toMatchObject({ labelled: 4, extracted: 5, matched: 3, recall: 0.75, precision: 0.6, areaRight: 3, area: 1 });
    expect(m).toMatchObject({ indicatorLabelled: 3, indicatorRight: 1, indicatorRate: 0.3333, indicatorGiven: 2, indicatorGivenRight: 1, indicatorPrecision: 0.5 });
    expect(m.missed.map((l) => l.start)).toEqual([30]);
    expect(m.spurious.map((l) => l.start)).toEqual([30, 50]);
    expect(sumFigureScores([m, m])).toMatchObject({ labelled: 8, matched: 6, recall: 0.75, indicatorPrecision: 0.5 });
  });

  it('counts a labelled indicator in reach when it was given or is among the suggestions, never a suggestion for a label without one', () => {
    const f = (start: number, indicator: string | null, suggested?: string[]): FigureAt => ({
      start, end: start + 4, value: 1, qualifier: 'exact', area: 'mediation', indicator, figure: 'x', ...(suggested ? { suggested } : {}),
    });
    const labels = [f(0, 'mediation.a'), f(10, 'mediation.b'), f(20, 'mediation.c'), f(30, null)];
    const got = [f(0, 'mediation.a'), f(10, null, ['mediation.x', 'mediation.b']), f(20, 'mediation.x', ['mediation.y']), f(30, null, ['mediation.a'])];
    const m = matchFigures(labels, got);
    expect(m).toMatchObject({ indicatorLabelled: 3, indicatorRight: 1, indicatorReached: 2, indicatorReach: 0.6667, indicatorGiven: 2, indicatorGivenRight: 1 });
    expect(sumFigureScores([m, m])).toMatchObject({ indicatorReached: 4, indicatorReach: 0.6667 });
  });

  it("counts an area as right when it is the labelled area or the area of the labelled indicator, and keeps the strict share", () => {
    const f = (start: number, area: FigureAt['area'], indicator: string | null): FigureAt => ({ start, end: start + 4, value: 1, qualifier: 'exact', area, indicator, figure: 'x' });
    // 学法 labelled under publicity, its indicator filed under capacity
    const labels = [f(0, 'publicity', 'capacity.law_lectures'), f(10, 'publicity', null), f(20, 'mediation', 'mediation.a')];
    const m = matchFigures(labels, [f(0, 'capacity', 'capacity.law_lectures'), f(10, 'capacity', null), f(20, 'hotline', null)]);
    expect(m).toMatchObject({ matched: 3, areaRight: 1, areaStrictRight: 0, areaStrict: 0 });
    expect(m.wrong.map((w) => w.label.start)).toEqual([10, 20]);
  });

  it('mentions match on report, practice and offset', () => {
    const m = (practice: string, offset: number): Mention => ({ id: `${practice}.${offset}`, report: 'r', practice, quote: 'q', offset });
    const s = matchMentions([m('a', 1), m('b', 5)], [m('a', 1), m('b', 6), m('c', 9)]);
    expect(s).toMatchObject({ matched: 1, precision: 0.3333, recall: 0.5 });
  });
});

describe('extraction to a dataset', () => {
  const known: Jurisdiction[] = [
    { id: 'js.nantong', name: { zh: '南通市', en: 'Nantong' }, short: { zh: '南通', en: 'Nantong' }, level: 'city', province: { zh: '江苏', en: 'Jiangsu' } },
  ];

  it('derives a jurisdiction from its name', () => {
    expect(jurisdictionFor('南通市', known).id).toBe('js.nantong');
    expect(jurisdictionFor('江苏省南通市', known).id).toBe('js.nantong');
    const j = jurisdictionFor(' 江苏省某某县 ', known);
    expect(j.id).toBe(`local.${hashId('江苏省某某县')}`);
    expect(j.id).toMatch(/^local\.[0-9a-f]{8}$/);
    expect(j).toMatchObject({ level: 'county', province: { zh: '江苏' }, name: { zh: '江苏省某某县' } });
    expect(jurisdictionFor('某某经济开发区').level).toBe('zone');
    expect(jurisdictionFor('某某区').level).toBe('district');
    expect(hashId('a')).not.toBe(hashId('b'));
  });

  it('builds a valid document with unique ids and the metrics it uses', () => {
    const text = '全年受理法律援助案件1410件。全年办理行政复议案件88件,办理行政复议案件90件。';
    const result = extractReport({ text, reportId: 'local.x-2023', period: 2023, metrics: [], practices: [] });
    const doc = toDataset({
      jurisdiction: jurisdictionFor('某某区'), period: 2023, title: '某某区2023年法治政府建设报告', source: 'a.txt', script: 'simplified',
      text, indicators: [], practices: [], result, reportId: 'local.x-2023',
    });
    const v = validateDataset(doc);
    expect(v.ok).toBe(true);
    const legalAid = unclassifiedMetric('legal_services', '件');
    const reconsideration = unclassifiedMetric('reconsideration', '件');
    expect(doc.observations.map((x) => x.id)).toEqual([
      `local.x-2023.${legalAid.id}.2023`,
      `local.x-2023.${reconsideration.id}.2023`,
      `local.x-2023.${reconsideration.id}.2023.2`,
    ]);
    expect(doc.metrics).toEqual([legalAid, reconsideration]);
  });
});
