/**
 * The metric lexicon: keyword patterns for kinds of measures (not sentences of any one report).
 * A rule names a metric id and the catalogue indicator it is; the extractor uses the metric only when the metric
 * catalogue holds it (in the same category), and the indicator as strong evidence when the indicator list holds it.
 */
import type { Category } from '../model/schema';

export interface FigureFacts {
  /** the clause before the figure (the verb: 受理, 办结 …) */
  near: string;
  /** the sentence up to the figure (the last measure named before a change: "出庭应诉率98.88%,同比上升…") */
  before: string;
  /** the figure's clause (before + figure + after) and the whole sentence */
  clause: string;
  sentence: string;
  /** the sentence up to the end of the figure's clause (a 、 does not end it): what the figure's own action is */
  reach?: string;
  /** the rest of the clause after the figure (the noun it counts: 8个乡镇, 9家部门) */
  after: string;
  unit: string;
  percent: boolean;
  money: boolean;
  /** a year-on-year or other change (同比下降, 较上年提高) */
  change: boolean;
  /** the area the words around the figure and its headings give it: a rule of that area needs no `sentence` match */
  area?: Category;
}

export interface MetricRule {
  metric: string;
  /** the catalogue indicator the measure is (for a change rule: the indicator whose change it is) */
  indicator?: string;
  /** the area the measure belongs to; absent for measures found in many areas (training, visits) */
  category?: Category;
  near?: RegExp;
  before?: RegExp;
  clause?: RegExp;
  sentence?: RegExp;
  /** must match `reach`, whatever the area (the word of another clause's action is not this figure's) */
  reach?: RegExp;
  after?: RegExp;
  /** true: a percentage only; false: never a percentage */
  percent?: boolean;
  money?: boolean;
  /** true: a change only; absent: never a change */
  change?: boolean;
  units?: RegExp;
}

const CASES = /^(?:件|起|宗|例)$/;
const HEADS = /^(?:人|名|人次|位)$/;
const ITEMS = /^(?:个|项|件|类|条|套)$/;
const DOCS = /^(?:件|份|部|个)$/;
const R = 'reconsideration' as const;
/** the 12345 hotline; 12348 is the legal-services line */
const HOTLINE = /12345|(?<!12348|法律服务)热线/;
const L = 'litigation' as const;
const INSPECTION = /督察|督查/;

export const METRIC_RULES: readonly MetricRule[] = [
  // changes: the last measure named before the figure says what changed
  { metric: 'litigation.head_appearance_rate_change', indicator: 'litigation.head_appearance_rate', category: L, change: true, before: /出庭(?:应诉)?率[^率]*$/ },
  { metric: 'litigation.loss_rate_change', indicator: 'litigation.loss_rate', category: L, change: true, before: /败诉率[^率]*$/ },
  { metric: 'reconsideration.correction_rate_change', indicator: 'reconsideration.correction_rate', category: R, change: true, before: /复议[^,,;;]*纠错率[^率]*$/ },
  { metric: 'reconsideration.cases_change', indicator: 'reconsideration.cases_received', category: R, change: true, before: /复议[^,,;;率]*(?:案件|发案|案件量|发案量)[^率]*$/ },
  { metric: 'litigation.cases_change', indicator: 'litigation.cases_received', category: L, change: true, before: /(?:行政诉讼|应诉)[^,,;;率]*(?:案件|发案)[^率]*$/ },
  // reconsideration: received / accepted / concluded / handled are different counts
  { metric: 'reconsideration.cases_received', indicator: 'reconsideration.cases_received', category: R, sentence: /复议/, near: /(?:收到|收案|新收|申请)[^,,、]*$/, percent: false, units: CASES },
  { metric: 'reconsideration.cases_accepted', indicator: 'reconsideration.cases_accepted', category: R, sentence: /复议/, near: /受理[^,,、]*$/, percent: false, units: CASES },
  { metric: 'reconsideration.cases_concluded', indicator: 'reconsideration.cases_concluded', category: R, sentence: /复议/, near: /(?:办结|审结|结案)[^,,、]*$/, percent: false, units: CASES },
  { metric: 'reconsideration.cases_handled', indicator: 'reconsideration.cases_handled', category: R, near: /办理[^,,、]*复议|复议[^,,、]*办理/, percent: false, units: CASES },
  { metric: 'reconsideration.correction_rate', indicator: 'reconsideration.correction_rate', category: R, near: /纠错率/, sentence: /复议/, percent: true },
  { metric: 'reconsideration.substantive_resolution_rate', indicator: 'reconsideration.substantive_resolution_rate', category: R, sentence: /复议|行政争议/, near: /实质性化解率/, percent: true },
  { metric: 'reconsideration.mediation_settlement_rate', indicator: 'reconsideration.mediation_settlement_rate', category: R, sentence: /复议/, near: /(?:调解)?和解率/, percent: true },
  { metric: 'reconsideration.disputes_resolved_substantively', indicator: 'reconsideration.disputes_resolved', category: R, sentence: /复议|行政争议/, near: /实质性化解[^,,率]*$/, percent: false, units: CASES },
  // litigation
  { metric: 'litigation.head_appearance_rate', indicator: 'litigation.head_appearance_rate', category: L, near: /出庭(?:应诉)?率/, percent: true },
  { metric: 'litigation.loss_rate', indicator: 'litigation.loss_rate', category: L, near: /败诉率/, percent: true },
  // the cases lost (行政诉讼结案521件,败诉38件): 败诉 names the count right before it
  { metric: 'litigation.losses', indicator: 'litigation.losses', category: L, sentence: /应诉|行政诉讼/, near: /败诉(?:案件)?$/, percent: false, units: CASES },
  { metric: 'litigation.cases_concluded', indicator: 'litigation.cases_concluded', category: L, sentence: /应诉|行政诉讼/, near: /(?:结案|审结|办结)[^,,、]*$/, percent: false, units: CASES },
  { metric: 'litigation.cases', indicator: 'litigation.cases_handled', category: L, sentence: /应诉|行政诉讼/, near: /(?:应诉|诉讼)[^,,、]*$/, percent: false, units: CASES },
  // mediation
  { metric: 'mediation.success_rate', indicator: 'mediation.success_rate', category: 'mediation', sentence: /调解|纠纷/, near: /(?:调解)?成功率/, percent: true },
  { metric: 'mediation.amount_involved', indicator: 'mediation.amount_involved', category: 'mediation', sentence: /调解/, near: /金额/, money: true },
  { metric: 'mediation.disputes_mediated', indicator: 'mediation.disputes_settled', category: 'mediation', near: /(?:成功调处|调处成功|调解成功|成功调解|成功化解)[^,,]*$/, percent: false, money: false, units: CASES },
  { metric: 'mediation.disputes_mediated', indicator: 'mediation.disputes_mediated', category: 'mediation', sentence: /(?:调解|调处)[^。]*(?:纠纷|矛盾)|(?:纠纷|矛盾)[^。]*(?:调解|调处)/, near: /调解|调处|化解|纠纷/, percent: false, money: false, units: CASES },
  // legal services
  { metric: 'legal_services.legal_aid_cases', indicator: 'legal_services.legal_aid_cases', category: 'legal_services', clause: /(?:法律援助|法援)[^,,]*案/, percent: false, units: CASES },
  { metric: 'legal_services.legal_aid_amount_recovered', indicator: 'legal_services.legal_aid_amount_recovered', category: 'legal_services', sentence: /法律援助|法援/, money: true },
  { metric: 'legal_services.free_consultations', indicator: 'legal_services.legal_consultations', category: 'legal_services', clause: /法律咨询/, percent: false, units: /^人次$/ },
  { metric: 'legal_services.notarizations', indicator: 'legal_services.notarizations', category: 'legal_services', clause: /公证/, percent: false, units: CASES },
  { metric: 'legal_services.arbitration_cases', indicator: 'legal_services.arbitration_cases', category: 'legal_services', clause: /仲裁/, percent: false, units: CASES },
  { metric: 'legal_services.forensic_cases', indicator: 'legal_services.forensic_cases', category: 'legal_services', clause: /鉴定/, percent: false, units: CASES },
  { metric: 'legal_services.public_lawyers', indicator: 'legal_services.public_lawyers', category: 'legal_services', near: /公职律师[^,,、]*$/, percent: false, units: HEADS },
  // hotline
  { metric: 'hotline.on_time_conclusion_rate', indicator: 'hotline.on_time_conclusion_rate', category: 'hotline', sentence: HOTLINE, near: /(?:按时|及时)办结率/, percent: true },
  { metric: 'hotline.conclusion_rate', indicator: 'hotline.conclusion_rate', category: 'hotline', sentence: HOTLINE, near: /办结率/, percent: true },
  { metric: 'hotline.satisfaction_rate', indicator: 'hotline.satisfaction_rate', category: 'hotline', sentence: HOTLINE, near: /满意(?:率|度)/, percent: true },
  { metric: 'hotline.callback_rate', indicator: 'hotline.callback_rate', category: 'hotline', sentence: HOTLINE, near: /回访率/, percent: true },
  { metric: 'hotline.tickets_concluded', indicator: 'hotline.tickets_concluded', category: 'hotline', sentence: HOTLINE, near: /办结[^,,]*$/, percent: false },
  { metric: 'hotline.tickets', indicator: 'hotline.tickets', category: 'hotline', sentence: HOTLINE, near: /工单|诉求|来电|受理|接听/, percent: false },
  // licensing and digital government
  { metric: 'licensing.one_thing_items', indicator: 'licensing.one_thing_cases', category: 'licensing', near: /办理[^,,]*一件事[^,,]*$/, percent: false, units: /^(?:件|项|个)$/ },
  { metric: 'licensing.one_thing_items', indicator: 'licensing.one_thing_packages', category: 'licensing', clause: /一件事/, percent: false, units: ITEMS },
  { metric: 'licensing.business_startup_days', indicator: 'licensing.business_startup_time', category: 'licensing', clause: /企业开办/, percent: false, units: /工作日|天|小时/ },
  { metric: 'licensing.cross_city_items', indicator: 'licensing.cross_region_items', category: 'licensing', clause: /跨(?:市|省|区|域)通办/, percent: false, units: ITEMS },
  { metric: 'digital_government.remote_trading_rate', indicator: 'digital_government.remote_trading_rate', category: 'digital_government', near: /不见面[^,,]*(?:交易|开标)/, percent: true },
  // oversight: combined counts before the single ones
  { metric: 'oversight.proposals_handled', indicator: 'oversight.proposals_handled', category: 'oversight', near: /建议[^,,、]*提案[^,,、]*$|建议提案/, percent: false, units: CASES },
  // the topics listed between (人大代表涉及人居环境、电力改造等方面建议) are no other kinds counted
  { metric: 'oversight.npc_suggestions_handled', indicator: 'oversight.npc_suggestions_handled', category: 'oversight', near: /人大[^,,;;]*建议[^,,、]*$/, percent: false, units: CASES },
  { metric: 'oversight.cppcc_proposals_handled', indicator: 'oversight.cppcc_proposals_handled', category: 'oversight', near: /政协[^,,;;]*提案[^,,、]*$/, percent: false, units: CASES },
  // an inspection (督察, 督查) counts the departments and the towns it went to (对9个镇、27个重点执法部门开展专项督查,
  // 实地督查工作部门8个); the departments whose case files were sampled are not the ones inspected
  { metric: 'oversight.inspected_towns', indicator: 'oversight.inspected_towns', category: 'oversight', reach: INSPECTION, after: /^(?:乡镇|镇街|镇|街道|乡)(?![^,,;;。]{0,4}案卷)/, percent: false, units: /^(?:个)$/ },
  { metric: 'oversight.inspected_departments', indicator: 'oversight.inspected_departments', category: 'oversight', reach: INSPECTION, after: /^[^,,;;。、]{0,10}(?:部门|单位)(?![^,,;;。]{0,4}案卷)/, percent: false, units: /^(?:个|家)$/ },
  { metric: 'oversight.inspected_departments', indicator: 'oversight.inspected_departments', category: 'oversight', reach: INSPECTION, near: /(?:督察|督查)[^,,;;。]{0,12}(?:部门|单位)$/, after: /^$/, percent: false, units: /^(?:个|家)$/ },
  { metric: 'oversight.audit_projects', indicator: 'oversight.audit_projects', category: 'oversight', clause: /审计/, percent: false, units: ITEMS },
  // rulemaking
  { metric: 'rulemaking.normative_documents_filing_reviewed', indicator: 'rulemaking.filing_reviews', category: 'rulemaking', clause: /规范性文件[^,,]*备案|备案[^,,]*规范性文件/, percent: false, units: DOCS },
  { metric: 'rulemaking.normative_documents_legality_reviewed', indicator: 'rulemaking.normative_legality_reviews', category: 'rulemaking', near: /(?:审查|审核)[^,,]*规范性文件/, percent: false, units: DOCS },
  // "审核各类政府文件330件": every kind of document reviewed, the total
  { metric: 'rulemaking.legality_reviews_total', indicator: 'rulemaking.legality_reviews_total', category: 'rulemaking', near: /(?:审核|审查)(?:各类|各种|各项)[^,,;;、]{0,6}文件$/, percent: false, units: DOCS },
  { metric: 'rulemaking.normative_documents_issued', indicator: 'rulemaking.normative_documents_issued', category: 'rulemaking', clause: /(?:出台|制定|印发|发布)[^,,]*规范性文件/, percent: false, units: DOCS },
  { metric: 'rulemaking.decisions_post_evaluated', indicator: 'rulemaking.decisions_post_evaluated', category: 'rulemaking', clause: /后评估/, percent: false, units: ITEMS },
  { metric: 'rulemaking.major_decisions', indicator: 'rulemaking.major_decisions', category: 'rulemaking', clause: /重大行政决策/, percent: false, units: ITEMS },
  // enforcement, publicity, capacity
  // certificates issued or cancelled in the year are not the officers holding one
  { metric: 'enforcement.certificates_cancelled', indicator: 'enforcement.certificates_cancelled', category: 'enforcement', near: /注销[^,,;;]*(?:执法证|证件)/, percent: false, units: HEADS },
  { metric: 'enforcement.certificates_issued', indicator: 'enforcement.certificates_issued', category: 'enforcement', near: /(?:申领|发放|换发|核发|颁发)[^,,;;]*(?:执法证|证件)/, percent: false, units: HEADS },
  { metric: 'enforcement.certified_officers', indicator: 'enforcement.certified_officers', category: 'enforcement', clause: /持证|执法证/, percent: false, units: HEADS },
  { metric: 'enforcement.case_files_reviewed', indicator: 'enforcement.case_files_reviewed', category: 'enforcement', clause: /(?:评查|抽查)[^,,]*案卷|案卷[^,,]*评查/, percent: false, units: /^(?:份|卷|件|宗)$/ },
  // "开展行政执法案卷评查2次,审查案件248起": the cases whose files the review went through
  { metric: 'enforcement.case_files_reviewed', indicator: 'enforcement.case_files_reviewed', category: 'enforcement', sentence: /执法案卷|案卷评查/, near: /(?:评查|审查|抽查)[^,,;;、]{0,6}(?:案件|案卷)$/, percent: false, units: /^(?:份|卷|件|宗|起)$/ },
  { metric: 'publicity.legal_understanders_trained', indicator: 'publicity.legal_understanders_trained', category: 'publicity', clause: /培训[^,,]*法律明白人|法律明白人[^,,]*培训/, percent: false, units: HEADS },
  { metric: 'publicity.legal_understanders_trained', indicator: 'publicity.legal_understanders', category: 'publicity', clause: /法律明白人/, percent: false, units: HEADS },
  // the lecturers' sessions (宣讲团…巡讲200余场, “面对面”宣讲1.1万场); 宣讲 listed among other kinds is a total of them
  { metric: 'publicity.lecture_sessions', indicator: 'publicity.lecture_sessions', category: 'publicity', near: /(?:宣讲|巡讲)[^,,;;、]*$/, percent: false, units: /^(?:场|场次|次)$/ },
  // "推出4期《执法者来普法》": issues of a titled column or programme, not events
  { metric: 'publicity.media_column_episodes', indicator: 'publicity.media_column_episodes', category: 'publicity', sentence: /普法|法治|宣传/, after: /^《/, percent: false, units: /^期$/ },
  { metric: 'publicity.events', indicator: 'publicity.events', category: 'publicity', clause: /普法|法治宣传/, percent: false, units: /^(?:场|场次|次|期)$/ },
  { metric: 'capacity.training_attendance', clause: /培训|轮训/, percent: false, units: /^人次$/ },
];

/** The first rule the facts satisfy; with `category`, the first of that category (a figure whose area was set from outside). */
export function matchRule(f: FigureFacts, category?: Category): MetricRule | null {
  for (const r of METRIC_RULES) {
    if (category !== undefined && r.category !== category) continue;
    if ((r.change ?? false) !== f.change) continue;
    if (r.percent !== undefined && r.percent !== f.percent) continue;
    if (r.money !== undefined && r.money !== f.money) continue;
    if (r.units && !r.units.test(f.unit)) continue;
    if (r.near && !r.near.test(f.near)) continue;
    if (r.before && !r.before.test(f.before)) continue;
    if (r.clause && !r.clause.test(f.clause)) continue;
    if (r.after && !r.after.test(f.after)) continue;
    if (r.reach && !r.reach.test(f.reach ?? f.sentence)) continue;
    // under the heading "(六)优化12345热线" the sentence need not name the hotline again
    if (r.sentence && !r.sentence.test(f.sentence) && !(r.category !== undefined && r.category === f.area)) continue;
    return r;
  }
  return null;
}
