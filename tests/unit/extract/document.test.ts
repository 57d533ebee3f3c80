/**
 * The extractor reads the document, not just the sentence, and maps figures to the indicator catalogue
 * (data/indicators). Texts written for these tests (fixtures/ and inline), in the style of the reports.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractReport, type Candidate, type ExtractInput } from '../../../src/extract/index';
import { loadIndicatorCatalogue } from '../../../scripts/lib/indicators';

const here = dirname(fileURLToPath(import.meta.url));
const indicators = loadIndicatorCatalogue(join(here, '..', '..', '..', 'data', 'indicators')).indicators;

function run(text: string, extra: Partial<ExtractInput> = {}): Candidate[] {
  const r = extractReport({ text, reportId: 't', period: 2023, metrics: [], practices: [], indicators, ...extra });
  for (const c of r.observations) {
    expect(text.slice(c.figureOffset, c.figureOffset + c.figure.length)).toBe(c.figure);
    expect(c.indicator.startsWith(`${c.category}.`)).toBe(true);
  }
  return r.observations;
}
const brief = (cs: Candidate[]) => cs.map((c) => [c.figure, c.value, c.indicator, c.period]);

describe('a report read as a document, figures in the catalogue’s vocabulary', () => {
  it('maps a whole county report (fixture) figure by figure', () => {
    const text = readFileSync(join(here, 'fixtures', 'county-2023.txt'), 'utf8');
    const got = run(text, { level: 'county' });
    expect(got.map((c) => [c.figure, c.indicator, c.kind, c.unit, c.period])).toEqual([
      ['12次', 'capacity.executive_meeting_law_sessions', 'count', '次', 2023],
      ['6场', 'capacity.law_lectures', 'count', '场', 2023],
      ['426件', 'reconsideration.cases_received', 'count', '件', 2023],
      ['398件', 'reconsideration.cases_accepted', 'count', '件', 2023],
      ['358件', 'reconsideration.cases_accepted', 'count', '件', 2022],
      ['增长11.2%', 'reconsideration.cases_accepted.change', 'change', '%', 2023],
      ['375件', 'reconsideration.cases_concluded', 'count', '件', 2023],
      ['210件', 'reconsideration.upheld', 'count', '件', 2023],
      ['68件', 'reconsideration.dismissed', 'count', '件', 2023],
      ['31件', 'reconsideration.revoked', 'count', '件', 2023],
      ['14.5%', 'reconsideration.correction_rate', 'rate', '%', 2023],
      ['152件', 'litigation.cases_received', 'count', '件', 2023],
      ['同比下降8.4%', 'litigation.cases_received.change', 'change', '%', 2023],
      ['6.3%', 'litigation.loss_rate', 'rate', '%', 2023],
      ['较上年下降2.1个百分点', 'litigation.loss_rate.change_pp', 'change', '个百分点', 2023],
      ['100%', 'litigation.head_appearance_rate', 'rate', '%', 2023],
      ['3268件', 'enforcement.penalty_cases', 'count', '件', 2023],
      ['2860.5万元', 'enforcement.fines_amount', 'amount', '元', 2023],
      ['420卷', 'enforcement.case_files_reviewed', 'count', '卷', 2023],
      ['1865人', 'enforcement.certified_officers', 'count', '人', 2023],
      ['4981件', 'mediation.disputes_mediated', 'count', '件', 2023],
      ['4896件', 'mediation.disputes_settled', 'count', '件', 2023],
      ['98.3%', 'mediation.success_rate', 'rate', '%', 2023],
      ['28.6万件', 'hotline.tickets', 'count', '件', 2023],
      ['99.6%', 'hotline.conclusion_rate', 'rate', '%', 2023],
      ['95.1%', 'hotline.satisfaction_rate', 'rate', '%', 2023],
      ['1560件', 'legal_services.legal_aid_cases', 'count', '件', 2023],
      ['2300余万元', 'legal_services.legal_aid_amount_recovered', 'amount', '元', 2023],
      ['18件', 'rulemaking.normative_legality_reviews', 'count', '件', 2023],
      ['126份', 'rulemaking.contract_legality_reviews', 'count', '份', 2023],
      ['28件', 'rulemaking.cleanup_documents_repealed', 'count', '件', 2023],
      ['15件', 'rulemaking.cleanup_documents_amended', 'count', '件', 2023],
      ['83件', 'oversight.disclosure_requests_received', 'count', '件', 2023],
      ['83件', 'oversight.disclosure_requests_answered', 'count', '件', 2023],
      ['7个', 'legal_services.legal_aid_stations_new', 'count', '个', 2023],
    ]);
    // the province's figure, the target (力争) and the plans part are not the county's results
    expect(got.some((c) => c.value === 21000 || c.value === 2000 || c.value === 50)).toBe(false);
  });

  it('a heading sets the area of what follows until the next heading of the same or a higher level', () => {
    const text = ['一、行政复议', '(一)案件办理', '全年共办结案件120件。', '(二)队伍建设', '全年新增工作人员3名。', '二、热线服务', '全年受理各类诉求8.6万件,按时办结率99.1%。'].join('\n');
    expect(run(text).map((c) => [c.figure, c.category])).toEqual([
      ['120件', 'reconsideration'],
      ['3名', 'reconsideration'],
      ['8.6万件', 'hotline'],
      ['99.1%', 'hotline'],
    ]);
    expect(run(text)[3]!.indicator).toBe('hotline.on_time_conclusion_rate');
  });

  it('reads headings inside a line when the text lost its line breaks, and stops at the plans heading there', () => {
    const text =
      '某某区2023年法治政府建设年度报告。一、主要成效(一)深化行政复议。全年办结案件120件。(二)热线服务。全年受理各类诉求8.6万件,办结率99.1%。' +
      '二、存在问题。部分单位重视不够,案件办理质量不高,全年有3件复议案件被撤销。三、2024年工作安排。新建调解室20个。';
    expect(run(text).map((c) => [c.figure, c.indicator])).toEqual([
      ['120件', 'reconsideration.cases_concluded'],
      ['8.6万件', 'hotline.tickets'],
      ['99.1%', 'hotline.conclusion_rate'],
      ['3件', 'reconsideration.unclassified'],
    ]);
  });

  it('an inline list item (一是…二是…) heads the rest of its paragraph', () => {
    const text = '一是强化行政复议。全年办结案件96件。二是做好热线服务。全年受理诉求5.2万件。';
    expect(run(text).map((c) => [c.figure, c.category])).toEqual([
      ['96件', 'reconsideration'],
      ['5.2万件', 'hotline'],
    ]);
  });

  it('carries the subject into 其中…, also across a sentence break', () => {
    const same = run('全年受理行政复议案件1033件,其中维持435件、驳回136件。');
    expect(brief(same)).toEqual([
      ['1033件', 1033, 'reconsideration.cases_accepted', 2023],
      ['435件', 435, 'reconsideration.upheld', 2023],
      ['136件', 136, 'reconsideration.dismissed', 2023],
    ]);
    const next = run('(三)提升法治能力\n全年受理行政复议案件1033件。其中,维持435件、驳回136件。');
    expect(next.map((c) => c.category)).toEqual(['reconsideration', 'reconsideration', 'reconsideration']);
  });

  it('gives the i-th figure the i-th name listed before 分别为', () => {
    const got = run('审结行政复议案件300件,维持、驳回、撤销分别为200件、50件、30件。');
    expect(got.slice(1).map((c) => c.indicator)).toEqual(['reconsideration.upheld', 'reconsideration.dismissed', 'reconsideration.revoked']);
  });

  it('a rate pairs with the count it comes from, in its sentence or the one before', () => {
    const got = run('全年办理人大代表建议286件、政协提案342件,满意率98.6%。全市12345热线受理群众诉求12.3万件。满意率为96.2%。');
    expect(got.map((c) => [c.figure, c.indicator])).toEqual([
      ['286件', 'oversight.npc_suggestions_handled'],
      ['342件', 'oversight.cppcc_proposals_handled'],
      ['98.6%', 'oversight.proposals_satisfaction_rate'],
      ['12.3万件', 'hotline.tickets'],
      ['96.2%', 'hotline.satisfaction_rate'],
    ]);
  });

  it('keeps the earlier year’s figure as that year’s observation and the change as a change of the measure', () => {
    const got = run('2023年全市受理行政复议案件620件,较2022年558件增长11.1%;比上年的12件增加3件,同比减少5件。');
    expect(got.map((c) => [c.figure, c.value, c.kind, c.indicator, c.period])).toEqual([
      ['620件', 620, 'count', 'reconsideration.cases_accepted', 2023],
      ['558件', 558, 'count', 'reconsideration.cases_accepted', 2022],
      ['增长11.1%', 11.1, 'change', 'reconsideration.cases_accepted.change', 2023],
      // a change in counts has no id of its own under the catalogue's change rule (changes are in %)
      ['12件', 12, 'count', 'reconsideration.unclassified', 2022],
      ['增加3件', 3, 'change', 'reconsideration.unclassified', 2023],
      ['同比减少5件', -5, 'change', 'reconsideration.unclassified', 2023],
    ]);
  });

  it('reads a reduction that is the measure as its rate, not as a change', () => {
    const [c] = run('全面推行承诺制,审批时限平均压减40%以上。');
    expect(c).toMatchObject({ value: 40, qualifier: 'at_least', kind: 'rate', indicator: 'licensing.time_limit_compression_rate' });
  });

  it('reads a flattened table row by row, the header as the subject (years as periods, 同比 as changes)', () => {
    const text = [
      '二、行政复议和应诉',
      '表1  行政复议案件情况',
      '项目  2022年  2023年',
      '收到申请(件)  558  620',
      '| 指标 | 数量 | 同比 |',
      '| --- | --- | --- |',
      '| 法律援助案件(件) | 1890 | 12.5% |',
      '| 人民调解案件 | 7650件 | -3.1% |',
    ].join('\n');
    expect(run(text).map((c) => [c.figure, c.value, c.kind, c.unit, c.indicator, c.period])).toEqual([
      ['558', 558, 'count', '件', 'reconsideration.cases_received', 2022],
      ['620', 620, 'count', '件', 'reconsideration.cases_received', 2023],
      ['1890', 1890, 'count', '件', 'legal_services.legal_aid_cases', 2023],
      ['12.5%', 12.5, 'change', '%', 'legal_services.legal_aid_cases.change', 2023],
      ['7650件', 7650, 'count', '件', 'mediation.people_mediation_cases', 2023],
      ['-3.1%', -3.1, 'change', '%', 'mediation.people_mediation_cases.change', 2023],
    ]);
  });

  it('skips higher levels, targets, ranks, document numbers and numbers in names', () => {
    const text = [
      '全国共办理行政复议案件28万件,全省受理3.2万件,我市受理1200件。',
      '力争调解成功率达到99%,计划新建调解室20个。超额完成294天的目标。',
      '营商环境评价排名第二,位列全省第一方阵。',
      '印发《关于加强行政执法的意见》(某政发〔2023〕5号),落实“十四五”规划和“八五”普法,推行行政执法“三项制度”,畅通12345热线。',
      '市政府第十三次常务会议、市人大常委会十二届36次会议审议通过。',
    ].join('\n');
    expect(brief(run(text, { level: 'city' }))).toEqual([['1200件', 1200, 'reconsideration.cases_accepted', 2023]]);
  });

  it('a province report keeps 全省 as its own; a district report skips 全市', () => {
    expect(run('全省共受理行政复议案件3.2万件。', { level: 'province' }).map((c) => c.value)).toEqual([32000]);
    expect(run('全市共受理行政复议案件3200件。全区受理行政复议案件320件。', { level: 'district' }).map((c) => c.value)).toEqual([320]);
    // without a level, the text's own words tell it (全区 more than 全市)
    expect(run('全市共受理行政复议案件3200件。全区受理行政复议案件320件,全区办结300件。').map((c) => c.value)).toEqual([320, 300]);
  });

  it('a sub-category is not the indicator that counts them all; the scope and audience words are no sub-category', () => {
    const got = run('全年办理农民工法律援助案件320件。全年办理法律援助案件1560件。全市各级行政机关办理行政处罚案件3200件。举办领导干部法治专题讲座6场。');
    expect(got.map((c) => [c.figure, c.indicator])).toEqual([
      ['320件', 'legal_services.unclassified'],
      ['1560件', 'legal_services.legal_aid_cases'],
      ['3200件', 'enforcement.penalty_cases'],
      ['6场', 'capacity.law_lectures'],
    ]);
  });

  it('a verb inside a name is no basis; another area’s indicator needs words of its area; 12348 is not 12345', () => {
    const got = run('全市共有人民调解组织3120个。市场监管部门为消费者挽回经济损失1860万元。12348热线接听群众来电8.6万人次,满意率99.2%。');
    expect(got.map((c) => [c.figure, c.indicator])).toEqual([
      ['3120个', 'mediation.unclassified'],
      ['1860万元', 'regulation.unclassified'],
      ['8.6万人次', 'legal_services.hotline_12348_calls'],
      ['99.2%', 'legal_services.unclassified'],
    ]);
  });

  it('one indicator per basis: a count on another basis of the same question is not it', () => {
    const got = run('全年收到信访事项3600件,共办结信访事项3260件。办理不予处罚案件860件。');
    expect(got.map((c) => [c.figure, c.indicator])).toEqual([
      ['3600件', 'mediation.petitions'],
      ['3260件', 'mediation.unclassified'],
      ['860件', 'enforcement.no_penalty_cases'],
    ]);
  });

  it('a figure without an indicator keeps its area, unit and kind', () => {
    const [c] = run('全区建成“通解室”137家。');
    expect(c).toMatchObject({ indicator: `${c!.category}.unclassified`, unit: '家', kind: 'count', value: 137 });
    expect(run('办理时限平均3.5个工作日。')[0]).toMatchObject({ kind: 'duration', unit: '个工作日' });
    expect(run('群众满意度测评得分95.6分。')[0]).toMatchObject({ kind: 'index', unit: '分', value: 95.6 });
  });

  it('without indicators every figure is unclassified, with its kind and unit', () => {
    const r = extractReport({ text: '全年受理行政复议案件1033件,纠错率12.5%。', reportId: 't', period: 2023, metrics: [], practices: [] });
    expect(r.observations.map((c) => [c.indicator, c.kind, c.unit])).toEqual([
      ['reconsideration.unclassified', 'count', '件'],
      ['reconsideration.unclassified', 'rate', '%'],
    ]);
  });

  it('reads past pinyin written after characters, quoting the text as written', () => {
    const text = '全年受理行政复议(yì)案件1.5万(wàn)件,办结1.2万件。';
    const got = run(text);
    expect(got.map((c) => [c.figure, c.value, c.indicator])).toEqual([
      ['1.5万(wàn)件', 15000, 'reconsideration.cases_accepted'],
      ['1.2万件', 12000, 'reconsideration.cases_concluded'],
    ]);
    for (const c of got) expect(text.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
  });

  it('quotes units as written in a traditional text', () => {
    const text = '全年開展普法活動1280場次,受眾36萬人次。';
    const t2s = text.replace('開展', '开展').replace('動', '动').replace('場', '场').replace('眾', '众').replace('萬', '万');
    const got = extractReport({ text, textSimplified: t2s, reportId: 't', period: 2023, metrics: [], practices: [], indicators }).observations;
    expect(got.map((c) => [c.unit, c.indicator])).toEqual([
      ['場次', 'publicity.events'],
      ['人次', 'publicity.audience'],
    ]);
  });
});
