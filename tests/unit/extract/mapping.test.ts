/**
 * An indicator is given only when the figure states exactly it: the noun the figure counts, its unit, its basis, its
 * scope and its period fit the indicator's definition; otherwise the figure keeps its area and no indicator. Texts
 * written for these tests, in the style of the reports.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index';
import { joinedBases, notHead } from '../../../src/extract/phrase';
import { loadIndicatorCatalogue } from '../../../scripts/lib/indicators';

const indicators = loadIndicatorCatalogue(join(__dirname, '..', '..', '..', 'data', 'indicators')).indicators;

/** figure → indicator (or `<area>.unclassified`) of every candidate of the text */
function read(text: string, period = 2023): Record<string, string> {
  const r = extractReport({ text, reportId: 't', period, metrics: [], practices: [], indicators });
  return Object.fromEntries(r.observations.map((c) => [c.figure, c.indicator]));
}

describe('the unit must be the indicator’s', () => {
  it('person-times are not persons', () => {
    expect(read('全县领导干部年终述法1096人次。')['1096人次']).toBe('capacity.unclassified');
    expect(read('全县党政主要负责人年终述法872人。')['872人']).toBe('capacity.law_reporting_officials');
  });
});

describe('scope and period must be the indicator’s', () => {
  it('the reporting department’s own (全局) is no whole-area figure', () => {
    expect(read('推进公职律师队伍建设,全局取得公职律师工作证人数7人。')['7人']).toBe('legal_services.unclassified');
  });
  it('a count up to a date after the reported year is not that year’s', () => {
    const got = read('截至2023年3月15日,已召开51期周例会,助力化解行政争议案件51件。', 2022);
    expect(got['51件']).toBe('reconsideration.unclassified');
  });
  it('what a national system holds is not the area’s, and the figure keeps the area of what it counts', () => {
    const got = read('签发电子证照种类182种,国家一体化政务服务平台电子证照种类69种。');
    expect(got['182种']).toBe('digital_government.e_licences');
    expect(got['69种']).toBe('digital_government.unclassified');
  });
  it('places named in the year (获评) are an addition, not the stock at year end', () => {
    expect(read('全市6个村(社区)获评全国民主法治示范村(社区)。', 2022)['6个']).toBe('publicity.unclassified');
  });
});

describe('the word must name the noun the figure counts', () => {
  it('drafts of regulations are not regulations made, before or after the figure', () => {
    expect(read('(二)加强政府立法。围绕重点领域,提请市人大常委会审议地方性法规草案4件。')['4件']).not.toMatch(/enacted$/);
    expect(read('(二)加强政府立法。审议通过《青岛市停车场条例》等4件地方性法规草案。')['4件']).toBe('rulemaking.unclassified');
  });
  it('kinds listed in brackets after the noun are totalled with it', () => {
    expect(read('举办机关干部法治讲座(培训、报告会)3390场。')['3390场']).not.toBe('capacity.law_lectures');
    expect(read('举办机关干部法治讲座3390场。')['3390场']).toBe('capacity.law_lectures');
  });
  it('a noun joined to another after the figure totals both kinds', () => {
    expect(read('对440件市政府规章和行政规范性文件进行集中清理。')['440件']).toBe('rulemaking.unclassified');
  });
  it('verbs of several bases joined before the noun total what was done in several ways', () => {
    expect(read('全年修改和废止规范性文件12件。')['12件']).toBe('rulemaking.unclassified');
    expect(read('全年制定和修改政府规章5件。')['5件']).toBe('rulemaking.unclassified');
    expect(read('全年废止规范性文件12件。')['12件']).toBe('rulemaking.cleanup_documents_repealed');
  });
  it('the noun right after the figure decides what it counts, governed by the verb before it', () => {
    const got = read('组织开展市政府规章、规范性文件清理工作,修改5件、废止25件市政府规章。对全市已结245件复议案件卷宗进行评查。');
    // government rules repealed: neither rules made (another step) nor normative documents repealed (another noun)
    expect(got['25件']).toBe('rulemaking.unclassified');
    // 对 sets the files before their own verb (评查): 已结 does not govern them
    expect(got['245件']).toBe('reconsideration.case_files_reviewed');
  });
  it('the departments inspected are those of the figure’s own clause’s inspection, not of the next clause’s', () => {
    const got = read('对全省4000多个单位落实法治政府建设年度报告制度情况进行网络巡查,扎实开展法治政府建设实地督察。对全区60家单位开展法治督察。');
    expect(got['4000多个']).toBe('oversight.unclassified');
    expect(got['60家']).toBe('oversight.inspected_departments');
  });
  it('a verb of another step than the indicator’s counts something else (审结 is no mediation)', () => {
    expect(read('充分尊重市场主体缔约自由,审结各类合同纠纷2687件。')['2687件']).toBe('mediation.unclassified');
  });
  it('the people’s congress suggestions handled are read across the topics listed before the noun', () => {
    expect(read('全年共办理县人大代表涉及人居环境、电力改造、疫情防控等方面建议54件。')['54件']).toBe('oversight.npc_suggestions_handled');
  });
});

describe('meetings: the body named decides', () => {
  it('the pre-meeting study named after the body is the study sessions', () => {
    expect(read('组织4次市政府常务会会前学法。', 2021)['4次']).toBe('capacity.executive_meeting_law_sessions');
    expect(read('6次主持召开市政府常务会议研究法治工作。', 2021)['6次']).toBe('capacity.executive_meetings_on_law');
  });
  it('the rule-of-law committee’s meetings, not its office’s, nor a list of meetings the count totals', () => {
    expect(read('召开全面依法治县委员会会议1次。')['1次']).toBe('capacity.committee_meetings');
    expect(read('组织召开县委全面依法治县委员会三次会议。')['三次']).toBe('capacity.committee_meetings');
    expect(read('召开全面依法治县委员会办公室会议2次。')['2次']).toBe('capacity.unclassified');
    expect(read('召开区委全面依法治区委员会、委员会办公室及各协调小组会议7次。')['7次']).toBe('capacity.unclassified');
  });
  it('a theory study group counts only when its committee is named (区委理论中心组), not every unit’s (全区开展中心组学法)', () => {
    expect(read('全年区委理论中心组学法5次。')['5次']).toBe('capacity.central_group_law_sessions');
    expect(read('全区开展中心组学法248场次。')['248场次']).toMatch(/\.unclassified$/);
  });
});

describe('area', () => {
  it('environment quality is regulation’s; 云 in a place name is no digital government', () => {
    expect(read('2022年,全市PM2.5浓度30微克/立方米。', 2022)['30微克/立方米']).toBe('regulation.unclassified');
    expect(read('2022年,云南省人民政府授予丽江市先进单位2个。', 2022)['2个']).toBe('capacity.unclassified');
  });
});

describe('area: study courses', () => {
  it('courses and open classes are officials’ study, filed under publicity when no indicator is stated (公开 in 公开课 is no disclosure)', () => {
    const got = read('开发上线5门习近平法治思想精品课程。举办《习近平法治思想公开课》等830场次。');
    expect(got['5门']).toBe('publicity.unclassified');
    expect(got['830场次']).toBe('publicity.unclassified');
  });
});

describe('area: litigation words', () => {
  it('the government and the courts working together (司法机关, 府院联动) and cases won (胜诉) are litigation’s', () => {
    const got = read('2.强化行政机关与司法机关良性互动。已召开51期周例会,涉及单位31家,判决胜诉41件。');
    expect(got['31家']).toBe('litigation.unclassified');
    expect(got['41件']).toBe('litigation.unclassified');
  });
});

describe('area: the figure’s own clause before words in the rest of its sentence', () => {
  it('a word in another clause of the sentence does not outweigh the figure’s own clause', () => {
    const text = '开展公平竞争审查,组织公平竞争审查业务培训,开展全区政策性措施文件审查自查,指导相关部门开展文件审查工作,共排查存量文件925件。';
    expect(read(text, 2024)['925件']).toBe('rulemaking.unclassified');
    const lead = '深入学习贯彻习近平法治思想。制定《学习宣传贯彻研究阐释习近平法治思想工作方案》,提请召开省委全面依法治省委员会第五次会议,确定54项年度重点工作任务,推动学习宣传。';
    expect(read(lead, 2022)['54项']).toBe('capacity.unclassified');
  });
});

describe('phrase tests', () => {
  const hit = (phrase: string, word: string) => ({ start: phrase.indexOf(word), end: phrase.indexOf(word) + word.length, word: 0 });
  it('notHead: a draft of the word, or kinds in brackets after it', () => {
    expect(notHead('审议地方性法规草案', 0, hit('审议地方性法规草案', '地方性法规'))).toBe(true);
    expect(notHead('举办法治讲座(培训、报告会)', 0, hit('举办法治讲座(培训、报告会)', '法治讲座'))).toBe(true);
    expect(notHead('办理法律援助案件', 0, hit('办理法律援助案件', '法律援助'))).toBe(false);
  });
  it('joinedBases: verbs of different bases joined, not one verb or one basis twice', () => {
    expect(joinedBases('制定、修改和废止政府规章')).toBe(true);
    expect(joinedBases('废止政府规章')).toBe(false);
    expect(joinedBases('制定、印发规范性文件')).toBe(false);
  });
});
