import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { extractReport, type Candidate, type ExtractInput } from '../../../src/extract/index';
import type { Metric, Practice } from '../../../src/model/schema';

const metric = (id: string, category: Metric['category'], kind: Metric['kind'] = 'count'): Metric => ({
  id,
  category,
  kind,
  better: 'neutral',
  name: { zh: id, en: id },
  unit: kind === 'rate' ? { zh: '%', en: '%' } : { zh: '件', en: 'cases' },
});
const METRICS: Metric[] = [
  metric('reconsideration.cases_received', 'reconsideration'),
  metric('reconsideration.cases_accepted', 'reconsideration'),
  metric('reconsideration.cases_concluded', 'reconsideration'),
  metric('reconsideration.cases_handled', 'reconsideration'),
  metric('mediation.disputes_mediated', 'mediation'),
  metric('mediation.success_rate', 'mediation', 'rate'),
  metric('legal_services.legal_aid_cases', 'legal_services'),
  metric('litigation.head_appearance_rate', 'litigation', 'rate'),
  metric('hotline.tickets', 'hotline'),
];
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

function run(text: string, extra: Partial<ExtractInput> = {}) {
  const r = extractReport({ text, reportId: 'test-2023', period: 2023, metrics: METRICS, practices: [], ...extra });
  // every candidate quotes the text verbatim, and its figure stands in its quote
  for (const c of r.observations) {
    expect(text.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
    expect(c.quote).toContain(c.figure);
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
  }
  return r;
}
const brief = (cs: Candidate[]) => cs.map((c) => [c.figure, c.value, c.qualifier, c.category, c.metric, c.period]);

describe('extractReport', () => {
  it('reads an annual report and stops at next year’s plans', () => {
    const text = [
      '2023年,某某区深入推进法治政府建设,取得积极成效。',
      '一、主要成效',
      '(一)规范行政复议。全年收到行政复议申请312件,受理287件,办结265件,实质性化解率达56.2%。',
      '(二)化解矛盾纠纷。全区各类调解组织共调解矛盾纠纷2.3万余件,调解成功率98.6%。',
      '(三)优化法律服务。全年受理法律援助案件2168件,为群众挽回经济损失860余万元。',
      '(四)畅通12345热线。全年12345热线共受理群众诉求45.6万件,按时办结率99.2%。',
      '(五)提升法治能力。举办依法行政专题培训12期,培训干部3400余人次。',
      '二、2024年工作安排',
      '2024年,我区将力争办结行政复议案件500件以上,新建法律援助工作站20个。',
    ].join('\n');
    const r = run(text);
    expect(brief(r.observations)).toEqual([
      ['312件', 312, 'exact', 'reconsideration', 'reconsideration.cases_received', 2023],
      ['287件', 287, 'exact', 'reconsideration', 'reconsideration.cases_accepted', 2023],
      ['265件', 265, 'exact', 'reconsideration', 'reconsideration.cases_concluded', 2023],
      ['56.2%', 56.2, 'exact', 'reconsideration', 'reconsideration.unclassified', 2023],
      ['2.3万余件', 23000, 'at_least', 'mediation', 'mediation.disputes_mediated', 2023],
      ['98.6%', 98.6, 'exact', 'mediation', 'mediation.success_rate', 2023],
      ['2168件', 2168, 'exact', 'legal_services', 'legal_services.legal_aid_cases', 2023],
      ['860余万元', 8_600_000, 'at_least', 'legal_services', 'legal_services.unclassified', 2023],
      ['45.6万件', 456_000, 'exact', 'hotline', 'hotline.tickets', 2023],
      ['99.2%', 99.2, 'exact', 'hotline', 'hotline.unclassified', 2023],
      ['12期', 12, 'exact', 'publicity', 'publicity.unclassified', 2023],
      ['3400余人次', 3400, 'at_least', 'publicity', 'publicity.unclassified', 2023],
    ]);
    expect(r.warnings.some((w) => /plans/.test(w))).toBe(true);
  });

  it('matches a traditional text on its simplified rendering, quoting the original', () => {
    const text = '全年我市12345熱線共受理各類訴求36.8萬件,辦結36.1萬件,企業群眾滿意率95.42%。2023年全市調解各類矛盾糾紛8500餘件,成功率達97%。';
    const r = run(text, { textSimplified: t2s(text) });
    expect(brief(r.observations)).toEqual([
      ['36.8萬件', 368_000, 'exact', 'hotline', 'hotline.tickets', 2023],
      ['36.1萬件', 361_000, 'exact', 'hotline', 'hotline.unclassified', 2023],
      ['95.42%', 95.42, 'exact', 'hotline', 'hotline.unclassified', 2023],
      ['8500餘件', 8500, 'at_least', 'mediation', 'mediation.disputes_mediated', 2023],
      ['97%', 97, 'exact', 'mediation', 'mediation.success_rate', 2023],
    ]);
    expect(r.observations[0]!.quote).toContain('熱線');
  });

  it('reads full-width digits and punctuation', () => {
    const r = run('全年受理法律援助案件１２３４件，同比增长１２．５％。');
    expect(brief(r.observations)).toEqual([
      ['１２３４件', 1234, 'exact', 'legal_services', 'legal_services.legal_aid_cases', 2023],
      ['同比增长１２．５％', 12.5, 'exact', 'legal_services', 'legal_services.unclassified', 2023],
    ]);
  });

  it('skips web-page chrome lines', () => {
    const text = [
      '当前位置: 首页 > 政务公开 > 法治政府建设',
      '某某区2023年法治政府建设工作报告',
      '时间: 2024-03-01 10:00:00 |来源: |浏览量:|字号:',
      '2024-03-01 10:00:00',
      '全年办理行政复议案件88件。',
      '分享到:',
      '打印此页|关闭窗口',
    ].join('\n');
    const r = run(text);
    expect(brief(r.observations)).toEqual([['88件', 88, 'exact', 'reconsideration', 'reconsideration.cases_handled', 2023]]);
    expect(r.warnings.join(' ')).toMatch(/5 web-page line/);
  });

  it('keeps year-on-year decreases negative, also for the second of two figures', () => {
    const r = run('2023年,全区行政复议和行政诉讼发案量同比下降12.5%和8.3%,行政机关负责人出庭应诉率100%。');
    expect(brief(r.observations)).toEqual([
      ['同比下降12.5%', -12.5, 'exact', 'reconsideration', 'reconsideration.unclassified', 2023],
      ['8.3%', -8.3, 'exact', 'litigation', 'litigation.unclassified', 2023],
      ['100%', 100, 'exact', 'litigation', 'litigation.head_appearance_rate', 2023],
    ]);
  });

  it('reads ranges and Chinese numerals that carry a measure', () => {
    const r = run('每年选取3至5项重大行政决策开展后评估。行政复议案件连续八年未发生败诉案件。完善三项学法制度。');
    expect(brief(r.observations)).toEqual([
      ['3至5项', 3, 'range', 'rulemaking', 'rulemaking.unclassified', 2023],
      ['八年', 8, 'exact', 'reconsideration', 'reconsideration.unclassified', 2023],
      ['三项', 3, 'exact', 'publicity', 'publicity.unclassified', 2023],
    ]);
    expect(r.observations[0]!.valueMax).toBe(5);
  });

  it('skips dates, document years, ordinals, batches and numbers inside names', () => {
    const text = [
      '10月12日至10月15日,举办第三期法治培训班。',
      '印发《法治政府建设实施纲要(2021-2025年)》,评估2019年至2021年出台的文件。',
      '我区获评第二批全省法治政府建设示范区,位于全市第一方阵。',
      '开展“百名律师进千企”活动,落实“12345”便民热线机制,推广“1+3+N”工作法,推行“三项制度”,建成5G执法平台,发布清单3.0版。',
      '进一步统一执法标准,推行“一件事一次办”。',
      '深入推行行政执法三项制度,落实引进人才的六条措施,统筹推进“五位一体”总体布局,增强四个意识。',
    ].join('\n');
    expect(run(text).observations).toEqual([]);
  });

  it('skips time frames and plan names but keeps streaks', () => {
    const r = run('三年来,全县累计办理行政复议案件320件。近3年行政诉讼败诉率持续下降。实施法治政府建设三年行动,推行7×24小时自助服务。信用监测排名连续五年位居全市前列。');
    expect(brief(r.observations)).toEqual([
      ['320件', 320, 'exact', 'reconsideration', 'reconsideration.cases_handled', 2023],
      ['五年', 5, 'exact', 'credit', 'credit.unclassified', 2023],
    ]);
  });

  it('skips plan and target sentences but keeps the results beside them', () => {
    const r = run('全年完成审计项目46个。下一步,将新建公共法律服务工作站20个。2024年将完成审计项目50个。力争调解成功率达到99%。');
    expect(brief(r.observations)).toEqual([['46个', 46, 'exact', 'oversight', 'oversight.unclassified', 2023]]);
  });

  it('gives a figure the year it carries, else the report’s', () => {
    const r = run('2022年,全市调解各类纠纷5600件。今年以来,全市行政复议调解和解率达41.5%。截至9月底,全市归集投诉事项8.2万条。', {
      period: 2024,
    });
    expect(r.observations.map((c) => [c.value, c.period])).toEqual([
      [5600, 2022],
      [41.5, 2024],
      [82_000, 2024],
    ]);
  });

  it('one figure for two rates yields two candidates; 双百 means both at 100', () => {
    const r = run('目录清单认领率和检查实施清单编制率均达到100%。组织网上学法考试,参考率、合格率“双百”。');
    expect(r.observations.map((c) => [c.value, c.category])).toEqual([
      [100, 'regulation'],
      [100, 'regulation'],
      // without the catalogue no indicator is stated: a reader files officials' law exams under publicity
      [100, 'publicity'],
      [100, 'publicity'],
    ]);
  });

  it('notes missing enumerators and missing numbers, and says when there are no figures', () => {
    const r = run(')法律服务提档升级。将法治建设纳入年度工作计划,项法治政府建设工作任务有序推进。');
    expect(r.observations).toEqual([]);
    const w = r.warnings.join('\n');
    expect(w).toMatch(/1 heading\(s\) lack their enumerator/);
    expect(w).toMatch(/number seems to be missing .*项法治政府/);
    expect(w).toMatch(/no figures found/);
  });

  it('finds practice mentions with the given practices', () => {
    const practices: Practice[] = [
      { id: 'one_thing', category: 'licensing', name: { zh: '一件事', en: 'One thing' }, keywords: ['一件事一次办'] },
    ];
    const text = '全年办理行政复议案件88件。推出“一件事一次办”套餐32个。';
    const r = run(text, { practices });
    expect(r.mentions).toEqual([
      { id: 'test-2023.one_thing.1', report: 'test-2023', practice: 'one_thing', quote: '推出“一件事一次办”套餐32个。', offset: text.indexOf('推出') },
    ]);
    expect(r.observations.map((c) => c.value)).toEqual([88, 32]);
  });

  it('uses a recognised metric only when the catalogue holds it', () => {
    const text = '全年受理法律援助案件1410件。';
    expect(run(text).observations[0]!.metric).toBe('legal_services.legal_aid_cases');
    expect(run(text, { metrics: [] }).observations[0]!.metric).toBe('legal_services.unclassified');
  });

  it('never throws, and quotes stay verbatim, on any mix of digits, numerals, units and punctuation (property)', () => {
    const pieces = ['1', '2', '0', '.', ',', '%', '%%', '万', '亿', '余', '多', '超', '近', '至', '-', '件', '项', '个', '年', '月', '日',
      '第', '批', '三', '十', '百', '一', '两', '“', '”', '《', '》', '。', ',', ';', '\n', '同比下降', '和', '、', '复议', '调解', '热线',
      '下一步', '2023年', '将', '当前位置:', '分享到', '１', '％', ')', '率', '均达到', '双百', '排名第'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const r = extractReport({ text, reportId: 'p', period: 2023, metrics: METRICS, practices: [] });
        for (const c of r.observations) {
          expect(text.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
          expect(c.quote).toContain(c.figure);
          expect(Number.isFinite(c.value)).toBe(true);
          if (c.valueMax !== undefined) expect(c.valueMax).toBeGreaterThanOrEqual(c.value);
          expect(c.period).toBeGreaterThanOrEqual(1949);
        }
      }),
      { numRuns: 400, seed: 20240501 },
    );
  });
});
