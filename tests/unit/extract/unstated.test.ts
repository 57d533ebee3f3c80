import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractReport } from '../../../src/extract/index';
import { loadIndicatorCatalogue } from '../../../scripts/lib/indicators';

const { indicators } = loadIndicatorCatalogue(join(__dirname, '..', '..', '..', 'data', 'indicators'));

/** figure → indicator or '-' of a text read with the indicator catalogue */
function read(text: string): Record<string, string> {
  const r = extractReport({ text, reportId: 't', period: 2023, metrics: [], practices: [], indicators, level: 'county' });
  return Object.fromEntries(r.observations.map((c) => [c.figure, c.indicator.endsWith('.unclassified') ? '-' : c.indicator]));
}

describe('counts that state no indicator of their own', () => {
  it('a norm is a rule, not a fact', () => {
    const r = read('按照要求,县政府全年至少举办法治专题讲座4期以上。全年举办法治专题讲座6期。');
    expect(r['4期以上']).toBe('-');
    expect(r['6期']).toBe('capacity.law_lectures');
  });

  it('a count closing a list of kinds that name no indicator in common covers several kinds', () => {
    const r = read('全年举办专题培训班、法治报告会和网上公开课等120场次。开展法治专题讲座、专题报告会等35场。');
    expect(r['120场次']).toBe('-');
    expect(r['35场']).toBe('capacity.law_lectures');
  });

  it('events attended that another level held are not the place’s own', () => {
    const r = read('组织干部参加省委法治专题讲座12期。县政府举办法治专题讲座5期。');
    expect(r['12期']).toBe('-');
    expect(r['5期']).toBe('capacity.law_lectures');
  });

  it('one of two ways of doing one thing counted side by side is a part', () => {
    const r = read('全县现场述法86人、书面述法420人。全县开展述法130人。');
    expect(r['86人']).toBe('-');
    expect(r['420人']).toBe('-');
    expect(r['130人']).toBe('capacity.law_reporting_officials');
  });
});
