/**
 * The department a report is by, and what it does to the mapping: a bureau's figures outside its remit are its part
 * of the place's figure, no whole-area indicator. Texts written for these tests, in the style of the reports.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportingDepartment } from '../../../src/extract/department';
import { extractReport } from '../../../src/extract/index';
import { loadIndicatorCatalogue } from '../../../scripts/lib/indicators';

const indicators = loadIndicatorCatalogue(join(__dirname, '..', '..', '..', 'data', 'indicators')).indicators;
const remit = (text: string) => {
  const d = reportingDepartment(text);
  return d === null ? 'government' : d.remit === null ? 'all' : [...d.remit].sort().join(',') || 'none';
};

describe('the reporting department', () => {
  it('is read from the title or the subject of the opening sentence', () => {
    expect(remit('杭州市公安局2022年法治政府建设年度报告 2022年,市公安局坚持以习近平法治思想为指导')).toBe('none');
    expect(remit('2023年,市市场监管局在市委市政府的坚强领导下,深入学习贯彻习近平法治思想')).toBe('credit,regulation');
    expect(remit('县行政审批局2024年法治政府建设情况报告')).toBe('digital_government,hotline,licensing,regulation');
    expect(remit('武汉市司法局2022年度推进法治政府建设情况报告 2022年,市司法局坚持')).toBe('all');
    expect(remit('区政府办公室关于2023年法治政府建设情况的报告')).toBe('all');
  });
  it('is none for a government’s report, and words ending in 局 are no department', () => {
    expect(remit('某市人民政府关于2023年度法治政府建设情况的报告 2023年,市政府坚持')).toBe('government');
    expect(remit('2023年,全区坚持以习近平法治思想为引领,优化工作布局,推进法治政府建设')).toBe('government');
  });
});

describe('a department’s figures', () => {
  const read = (text: string) =>
    Object.fromEntries(extractReport({ text, reportId: 't', period: 2023, metrics: [], practices: [], indicators }).observations.map((c) => [c.figure, c.indicator]));
  const sentence = '全年办理行政处罚案件1520件。';
  it('outside its remit are no whole-area indicator; a government’s are', () => {
    expect(read(`某市人民政府2023年法治政府建设情况报告 2023年,市政府坚持依法行政。${sentence}`)['1520件']).toBe('enforcement.penalty_cases');
    expect(read(`某市公安局2023年法治政府建设情况报告 2023年,市公安局坚持依法行政。${sentence}`)['1520件']).toBe('enforcement.unclassified');
  });
  it('in its remit keep their indicator', () => {
    const text = '某市司法局2023年法治政府建设情况报告 2023年,市司法局坚持依法行政。全年办理法律援助案件1200件。';
    expect(read(text)['1200件']).toBe('legal_services.legal_aid_cases');
  });
});
