import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractReport } from '../../../src/extract/index';
import { loadIndicatorCatalogue } from '../../../scripts/lib/indicators';

const { indicators } = loadIndicatorCatalogue(join(__dirname, '..', '..', '..', 'data', 'indicators'));

/** figure → [area, indicator or '-'] of a text read with the indicator catalogue */
function read(text: string): Record<string, [string, string]> {
  const r = extractReport({ text, reportId: 't', period: 2023, metrics: [], practices: [], indicators, level: 'county' });
  return Object.fromEntries(r.observations.map((c) => [c.figure, [c.category, c.indicator.endsWith('.unclassified') ? '-' : c.indicator]]));
}

describe('areas as a reader files them', () => {
  it('puts officials’ study and training without an indicator under publicity, with one under its indicator’s area', () => {
    expect(read('全县举办法治专题培训班3期,组织领导干部旁听庭审120人次。培训县处级领导干部86人。')).toEqual({
      '3期': ['publicity', '-'],
      '120人次': ['capacity', 'capacity.court_observers'],
      '86人': ['capacity', 'capacity.county_officials_trained'],
    });
  });
});

describe('areas of words that name their own', () => {
  it('model villages are publicity (all levels: no one level’s indicator); assessments, instructions and task plans are capacity', () => {
    const r = read('全县建成各级“民主法治示范村(社区)”45个。县司法局在年度法治考评中得分98.5分。县委书记批示法治建设工作12次。完善法治建设分工方案4项。');
    expect(r['45个']).toEqual(['publicity', '-']);
    expect(r['98.5分']![0]).toBe('capacity');
    expect(r['12次']![0]).toBe('capacity');
    expect(r['4项']![0]).toBe('capacity');
  });

  it('promotion meetings are capacity; the must-know laws list is officials’ study', () => {
    const r = read('召开法治督察动员会、法治政府建设推进会3次。将85部法律法规纳入全县领导干部应知应会法律法规清单。');
    expect(r['3次']![0]).toBe('capacity');
    expect(r['85部']).toEqual(['publicity', '-']);
  });

  it('a knowledge test of officials is study, filed under publicity without an indicator', () => {
    expect(read('组织全县国家工作人员法律法规知识测试,共1.2万人次参加。')['1.2万人次']).toEqual(['publicity', '-']);
  });
});

describe('court hearings attended', () => {
  it('are officials’ study: with the observers’ indicator under capacity, without one under publicity', () => {
    const r = read('区政府领导班子成员参加庭审旁听2次。组织领导干部旁听庭审150人次。');
    expect(r['2次']).toEqual(['publicity', '-']);
    expect(r['150人次']).toEqual(['capacity', 'capacity.court_observers']);
  });
});

describe('meetings and study sessions go to the body that held them', () => {
  it('the body named nearest before the count in its phrase', () => {
    expect(read('县委常委会会议专题研究法治建设工作3次,县政府常务会议听取法治政府建设情况汇报4次。')).toEqual({
      '3次': ['capacity', 'capacity.party_meetings_on_law'],
      '4次': ['capacity', 'capacity.executive_meetings_on_law'],
    });
  });

  it('the body named right after the count', () => {
    expect(read('全年召开2次县委常委(扩大)会议、5次县政府常务会议研究法治工作。县长先后6次主持召开县政府常务会议研究法治建设。')).toEqual({
      '2次': ['capacity', 'capacity.party_meetings_on_law'],
      '5次': ['capacity', 'capacity.executive_meetings_on_law'],
      '6次': ['capacity', 'capacity.executive_meetings_on_law'],
    });
  });

  it('two bodies joined before one count make a total that is neither body’s', () => {
    const r = read('县委常委会会议、县政府常务会议研究法治建设议题7次。县委常委会、县政府常务会会前学法9次。');
    expect(r['7次']).toEqual(['capacity', '-']);
    expect(r['9次']![1]).toBe('-');
  });

  it('pre-meeting study: the executive meeting’s is an indicator, the party committee’s is none', () => {
    const r = read('开展县委常委会会前学法10余次,县政府常务会会前学法12次。');
    expect(r['10余次']).toEqual(['publicity', '-']);
    expect(r['12次']).toEqual(['capacity', 'capacity.executive_meeting_law_sessions']);
  });

  it('the theory study group’s law study, named in the clause before; all levels’ groups together are not the own level’s', () => {
    expect(read('将法治内容纳入县委理论学习中心组学习研讨内容,全年学习法律法规8次。')['8次']).toEqual(['capacity', 'capacity.central_group_law_sessions']);
    expect(read('各级党委(党组)理论学习中心组学法520场。')['520场']![1]).toBe('-');
  });
});

describe('what a figure counts', () => {
  it('an addition in the year is not the stock at year end', () => {
    expect(read('全县新增“法律明白人”500名。截至年底,全县共培育“法律明白人”1200名。')).toEqual({
      '500名': ['publicity', '-'],
      '1200名': ['publicity', 'publicity.legal_understanders'],
    });
  });
});

describe('counts of oversight, review and publicity work', () => {
  it('an inspection counts the towns and the departments it went to, not those whose files were sampled', () => {
    expect(read('组织开展法治督察,对6个乡镇、15个重点执法部门开展实地督察。实地督查县直部门12个。')).toEqual({
      '6个': ['oversight', 'oversight.inspected_towns'],
      '15个': ['oversight', 'oversight.inspected_departments'],
      '12个': ['oversight', 'oversight.inspected_departments'],
    });
    expect(read('开展法治督察,共抽查8个部门的执法案卷96卷。')).toEqual({
      '8个': ['enforcement', '-'],
      '96卷': ['enforcement', 'enforcement.case_files_reviewed'],
    });
  });

  it('the documents of every kind reviewed are the total; a review of case files counts the cases it went through', () => {
    expect(read('全年审核各类文件210件,审核县政府规范性文件18件。开展规范性文件专项清理3次。')).toEqual({
      '210件': ['rulemaking', 'rulemaking.legality_reviews_total'],
      '18件': ['rulemaking', 'rulemaking.normative_legality_reviews'],
      '3次': ['rulemaking', 'rulemaking.cleanup_batches'],
    });
    expect(read('开展行政执法案卷评查3次,审查案件150起。')['150起']).toEqual(['enforcement', 'enforcement.case_files_reviewed']);
  });

  it('lecturers’ sessions and publicity events, whatever the campaign’s name or topic', () => {
    expect(read('组织宣讲团巡讲120场。组织习近平法治思想“面对面”宣讲300场。开展“宪法进万家”主题宣传活动80余场次。')).toEqual({
      '120场': ['publicity', 'publicity.lecture_sessions'],
      '300场': ['publicity', 'publicity.lecture_sessions'],
      '80余场次': ['publicity', 'publicity.events'],
    });
    // 宣讲 listed among other kinds of study: a total of them
    expect(read('开展专题学习、专题培训、宣传宣讲、政治轮训100余场。')['100余场']![1]).toBe('-');
  });
});

describe('what a figure is of', () => {
  it('issues of a titled column are episodes, not events', () => {
    expect(read('推出4期《法治在身边》栏目。')['4期']).toEqual(['publicity', 'publicity.media_column_episodes']);
  });

  it('a rate whose name is qualified is over another base than the indicator’s', () => {
    const r = read('全年收到行政复议申请120件,受理率95%。符合条件受理率100%。');
    expect(r['95%']).toEqual(['reconsideration', 'reconsideration.acceptance_rate']);
    expect(r['100%']).toEqual(['reconsideration', '-']);
  });
});

describe('digital government and licensing', () => {
  it('online services are digital government; a share named only by 占比 is the rate of the count before it', () => {
    const r = read('深化“放管服”改革。“一网通办”率达100%。不见面审批事项2369项,占比95.87%。');
    expect(r['100%']).toEqual(['digital_government', 'digital_government.online_available_rate']);
    expect(r['2369项']).toEqual(['digital_government', 'digital_government.fully_online_items']);
    expect(r['95.87%']).toEqual(['digital_government', 'digital_government.fully_online_rate']);
  });
});

/** figure → indicator or '-' */
const ind = (text: string): Record<string, string> => Object.fromEntries(Object.entries(read(text)).map(([f, [, i]]) => [f, i]));

describe('what the noun after a count says', () => {
  it('a count of reforms counts the reforms, whatever the words before them name', () => {
    expect(ind('全面推行“一窗受理”“容缺受理”和“帮办代办”三项改革,群众满意。')['三项']).toBe('-');
  });

  it('items that did something are a part the noun alone does not name; the verb’s words may; all of them are the whole', () => {
    const r = ind('全县1064项政务服务事项实现标准化办理。全县865项政务服务事项实现跨省通办。全县2474项政务服务事项全部纳入平台办理。');
    expect(r['1064项']).toBe('-');
    expect(r['865项']).toBe('licensing.cross_region_items');
    expect(r['2474项']).toBe('licensing.service_items');
  });
});

describe('a part or another act of what an indicator counts', () => {
  it('an object named with 对 before the verb is a part; the filing of inspections is not the inspections', () => {
    const r = ind('全年办理公证1200件。对国有土地出让招投标公证36件。全县开展行政检查540次,行政检查执法报备860次。');
    expect(r['1200件']).toBe('legal_services.notarizations');
    expect(r['36件']).toBe('-');
    expect(r['540次']).toBe('enforcement.inspections');
    expect(r['860次']).toBe('-');
  });
});

describe('general wordings of catalogue indicators', () => {
  it('compression of approval time, items put into the combined window, county-level officials trained', () => {
    const r = ind('行政许可类事项审批时限压缩比达76%。全区1247个事项纳入综合窗口办理。组织107名县级干部参加法治专题培训。');
    expect(r['76%']).toBe('licensing.time_limit_compression_rate');
    expect(r['1247个']).toBe('licensing.single_window_items');
    expect(r['107名']).toBe('capacity.county_officials_trained');
  });
});

describe('who found the problems', () => {
  it('problems to rectify, with no word of who found them, are not the problems a higher inspection fed back', () => {
    const r = ind('抽查12个政府部门的执法案卷,集中反馈需整改问题102个。省委督察反馈问题21个,已全部整改。');
    expect(r['102个']).toBe('-');
    expect(r['21个']).toBe('oversight.inspection_issues');
  });

  it('a bare noun after a count that ends a term named earlier in the sentence stands for that term', () => {
    expect(ind('全力做好省委法治督察反馈问题的整改工作,共涉及五个方面18个问题。')['18个']).toBe('oversight.inspection_issues');
  });
});

describe('legal opinions', () => {
  it('opinions provided to anyone are legal services; the indicator counts the opinions government advisers issue', () => {
    const r = read('组建企业法律顾问团,提供法律意见226条。政府法律顾问出具法律意见书85份。');
    expect(r['226条']).toEqual(['legal_services', '-']);
    expect(r['85份']).toEqual(['legal_services', 'legal_services.legal_adviser_opinions']);
  });
});

describe('demonstration creation', () => {
  it('the indicators of a demonstration creation completed are its indicator tasks', () => {
    expect(ind('全面完成98项创建指标。')['98项']).toBe('capacity.demonstration_indicators');
  });
});

describe('the parts of a document', () => {
  it('are figures, proposed unticked; the report’s own parts are none', () => {
    const plan = extractReport({ text: '印发法治政府建设工作要点,明确4个方面80项具体工作任务。', reportId: 't', period: 2023, metrics: [], practices: [], indicators });
    const conf = Object.fromEntries(plan.observations.map((o) => [o.figure, o.confidence]));
    expect(conf['4个']).toBeLessThan(0.5);
    expect(conf['80项']).toBeGreaterThanOrEqual(0.5);
    const r = extractReport({ text: '本报告共分为3个部分。全年办理法律援助案件1200件。', reportId: 't', period: 2023, metrics: [], practices: [], indicators });
    expect(r.observations.map((o) => o.figure)).toEqual(['1200件']);
  });
});

describe('counts in Chinese numerals', () => {
  it('count places and bodies, not names or ranks', () => {
    const figures = (text: string) => extractReport({ text, reportId: 't', period: 2023, metrics: [], practices: [], indicators }).observations.map((o) => o.figure);
    expect(figures('推荐东城、延庆和通州三个区参评综合示范创建。')).toEqual(['三个']);
    expect(figures('下设协调立法、执法、司法、守法普法四个协调工作组。')).toEqual(['四个']);
    expect(figures('全力护航三个“一号工程”。')).toEqual([]);
    expect(figures('生态损害赔偿改革工作取得两个全省第一。')).toEqual([]);
  });
});

describe('one figure for several subjects, levels or steps is no one indicator', () => {
  it('two levels together, and all levels, are not the own level’s meetings', () => {
    expect(read('县政府常务会议会前学法6次。')['6次']).toEqual(['capacity', 'capacity.executive_meeting_law_sessions']);
    expect(read('市县两级政府常务会议会前学法40次。')['40次']![1]).toBe('-');
  });

  it('one number said of each of two groups (分别) is neither group’s', () => {
    expect(read('县委理论学习中心组、县政府党组理论学习中心组分别开展专题学法3次。')['3次']![1]).toBe('-');
  });

  it('documents reviewed and filed together are not the filing reviews', () => {
    expect(read('全年备案审查规范性文件12件。')['12件']).toEqual(['rulemaking', 'rulemaking.filing_reviews']);
    expect(read('全年审查和备案规范性文件30件。')['30件']![1]).toBe('-');
  });

  it('a bureau’s own party committee or study group is the bureau’s, not the place’s', () => {
    expect(read('局党委理论学习中心组专题学法5次。')['5次']![1]).toBe('-');
  });
});

describe('persons counted by what they did', () => {
  it('the words after the verb name the indicator (述法, 任职前法律知识考试)', () => {
    expect(read('组织全县党政主要负责人共212人完成年度述法。')['212人']).toEqual(['capacity', 'capacity.law_reporting_officials']);
    expect(read('组织86名新提拔领导干部参加任职前法律知识考试。')['86名']).toEqual(['capacity', 'capacity.pre_appointment_law_exams']);
  });
});

describe('a part of the area’s organs in court', () => {
  it('the government’s own cases and the departments’ and towns’ are not the whole area’s rates', () => {
    expect(read('全县行政机关负责人出庭应诉率100%。')['100%']).toEqual(['litigation', 'litigation.head_appearance_rate']);
    const r = read('县政府负责人出庭应诉率100%,县级部门和乡镇负责人出庭应诉率96.5%,县政府作为被告的行政诉讼案件败诉率4.2%。');
    expect(r['100%']![1]).toBe('-');
    expect(r['96.5%']![1]).toBe('-');
    expect(r['4.2%']![1]).toBe('-');
  });
});

describe('a study count after a sentence about the executive meeting', () => {
  it('is the meeting’s pre-meeting study, unless its own phrase names who studied', () => {
    expect(read('认真落实县政府常务会议学法制度,年内组织专题法治学习9次。')['9次']).toEqual(['capacity', 'capacity.executive_meeting_law_sessions']);
    expect(read('县政府常务会议研究法治政府建设工作6次,县政府集体学法3次。')['3次']![1]).toBe('-');
  });
});

describe('the noun after the count and the words before the thing counted', () => {
  it('a noun the indicator’s own name holds does not hold the verb’s indicator back', () => {
    expect(read('全年备案审查48件行政规范性文件。')['48件']).toEqual(['rulemaking', 'rulemaking.filing_reviews']);
  });
  it('the system or platform something was done through is no part of what is counted', () => {
    expect(read('全县各单位通过政府信息公开平台主动公开信息5230条。')['5230条']).toEqual(['oversight', 'oversight.proactive_disclosures']);
  });
});
