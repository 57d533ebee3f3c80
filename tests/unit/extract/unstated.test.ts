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

describe('what the noun after a count says', () => {
  it('a count of reforms counts the reforms, whatever the words before them name', () => {
    expect(read('全面推行“一窗受理”“容缺受理”和“帮办代办”三项改革,群众满意。')['三项']).toBe('-');
  });

  it('items that did something are a part the noun alone does not name; the verb’s words may; all of them are the whole', () => {
    const r = read('全县1064项政务服务事项实现标准化办理。全县865项政务服务事项实现跨省通办。全县2474项政务服务事项全部纳入平台办理。');
    expect(r['1064项']).toBe('-');
    expect(r['865项']).toBe('licensing.cross_region_items');
    expect(r['2474项']).toBe('licensing.service_items');
  });
});

describe('a part or another act of what an indicator counts', () => {
  it('an object named with 对 before the verb is a part; the filing of inspections is not the inspections', () => {
    const r = read('全年办理公证1200件。对国有土地出让招投标公证36件。全县开展行政检查540次,行政检查执法报备860次。');
    expect(r['1200件']).toBe('legal_services.notarizations');
    expect(r['36件']).toBe('-');
    expect(r['540次']).toBe('enforcement.inspections');
    expect(r['860次']).toBe('-');
  });
});
