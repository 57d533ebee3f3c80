/**
 * The generator's metrics: templates with the bundled dataset's ids where the meaning is the same (so a generated
 * dataset ranks together with the curated reports), how each is worded and spread, and which come first.
 */
import { CATEGORIES, type Better, type Category, type MetricKind } from '../../../src/model/schema';

/** How a metric's figure is written (./figures.ts). */
export type Style = 'count' | 'rate' | 'change' | 'cut' | 'amount' | 'duration' | 'index';

export interface MetricTemplate {
  id: string;
  category: Category;
  name: [string, string];
  unit: [string, string];
  kind: MetricKind;
  better: Better;
  style: Style;
  /** the words before the figure in the report's sentence */
  say: string;
  /** median value for a jurisdiction of average size (counts, amounts in yuan), or the mean (rates, changes) */
  base: number;
  /** spread: log-sd for counts/amounts, sd for rates/changes/indexes */
  spread: number;
  /** yearly growth of counts and amounts */
  trend?: number;
  /**
   * how counts and amounts grow with population: base × (population / average county-level population)^elasticity
   * (./values.ts; default DEFAULT_ELASTICITY, 0.9): about 1 for what follows residents (visits, legal aid, online
   * applications), lower for what a government sets up whatever its size (rooms, models, lectures, service items)
   */
  elasticity?: number;
  /** the numerator of a ratio: a share (lo–hi) of this metric */
  shareOf?: { metric: string; lo: number; hi: number };
  /** a derived metric: its formula and input metrics (which precede it in its category) */
  derive?: { formula: 'ratio_pct' | 'sum'; inputs: string[] };
  /** share of jurisdiction-years that report it (before the report itself is missing) */
  coverage: number;
  /** may cite the previous year's figure */
  cites?: boolean;
}

const t = (
  id: string,
  category: Category,
  name: [string, string],
  unit: [string, string],
  kind: MetricKind,
  better: Better,
  style: Style,
  say: string,
  base: number,
  spread: number,
  coverage: number,
  extra: Partial<MetricTemplate> = {},
): MetricTemplate => ({ id, category, name, unit, kind, better, style, say, base, spread, coverage, ...extra });

const CASES: [string, string] = ['件', 'cases'];
const PCT: [string, string] = ['%', '%'];
const YUAN: [string, string] = ['元', 'yuan'];

/**
 * The metric templates, by category; within a category the inputs of a derived metric come right before it
 * (their sentences then stand next to each other, and the derived figure's quote spans them).
 */
export const METRIC_TEMPLATES: readonly MetricTemplate[] = [
  // 行政复议
  t('reconsideration.cases_received', 'reconsideration', ['收到行政复议申请数', 'Reconsideration applications received'], CASES, 'count', 'neutral', 'count', '收到行政复议申请', 60, 0.7, 0.93, { trend: 0.06, cites: true }),
  t('reconsideration.cases_accepted', 'reconsideration', ['受理行政复议案件数', 'Reconsideration cases accepted'], CASES, 'count', 'neutral', 'count', '受理', 0, 0, 0.95, { shareOf: { metric: 'reconsideration.cases_received', lo: 0.7, hi: 0.98 } }),
  t('reconsideration.acceptance_rate', 'reconsideration', ['行政复议受理率(推算)', 'Reconsideration acceptance rate (derived)'], PCT, 'rate', 'neutral', 'rate', '', 0, 0, 0.9, { derive: { formula: 'ratio_pct', inputs: ['reconsideration.cases_accepted', 'reconsideration.cases_received'] } }),
  t('reconsideration.mediation_settlement_rate', 'reconsideration', ['行政复议调解和解率', 'Reconsideration mediation and settlement rate'], PCT, 'rate', 'higher', 'rate', '行政复议调解和解率达', 32, 12, 0.7),
  t('reconsideration.avg_handling_days', 'reconsideration', ['行政复议案件平均审理天数', 'Average days to decide a reconsideration case'], ['天', 'days'], 'duration', 'lower', 'duration', '案件平均审理用时', 38, 0.3, 0.5),
  // 行政应诉
  t('litigation.cases_handled', 'litigation', ['行政诉讼(应诉)案件数', 'Administrative lawsuits (responded)'], CASES, 'count', 'neutral', 'count', '办理行政应诉案件', 45, 0.7, 0.92, { trend: 0.03, cites: true }),
  t('litigation.head_appearances', 'litigation', ['行政机关负责人出庭应诉次数', 'Agency heads appearing in court'], ['次', 'times'], 'count', 'higher', 'count', '负责人出庭应诉', 0, 0, 0.9, { shareOf: { metric: 'litigation.cases_handled', lo: 0.55, hi: 1 } }),
  t('litigation.head_appearance_rate', 'litigation', ['行政机关负责人出庭应诉率', 'Agency heads appearing in court (rate)'], PCT, 'rate', 'higher', 'rate', '', 0, 0, 0.95, { derive: { formula: 'ratio_pct', inputs: ['litigation.head_appearances', 'litigation.cases_handled'] } }),
  t('litigation.loss_rate', 'litigation', ['行政诉讼败诉率', 'Administrative lawsuits lost (rate)'], PCT, 'rate', 'lower', 'rate', '行政诉讼败诉率为', 6, 3.5, 0.75),
  t('litigation.cases_received.change', 'litigation', ['行政诉讼发案量同比变化', 'Administrative lawsuits, change on previous year'], PCT, 'change', 'neutral', 'change', '行政诉讼案件同比', 2, 15, 0.6),
  // 调解
  t('mediation.disputes_mediated', 'mediation', ['调解矛盾纠纷数', 'Disputes mediated'], CASES, 'count', 'neutral', 'count', '调解矛盾纠纷', 2600, 0.8, 0.95, { trend: 0.04, cites: true, elasticity: 1 }),
  t('mediation.disputes_settled', 'mediation', ['调解成功纠纷数', 'Disputes settled by mediation'], CASES, 'count', 'higher', 'count', '调解成功', 0, 0, 0.92, { shareOf: { metric: 'mediation.disputes_mediated', lo: 0.9, hi: 0.995 } }),
  t('mediation.success_rate', 'mediation', ['调解成功率', 'Mediation success rate'], PCT, 'rate', 'higher', 'rate', '', 0, 0, 0.95, { derive: { formula: 'ratio_pct', inputs: ['mediation.disputes_settled', 'mediation.disputes_mediated'] } }),
  t('mediation.branded_rooms', 'mediation', ['品牌调解室数', 'Branded mediation rooms'], ['个', 'rooms'], 'count', 'higher', 'count', '建成品牌调解室', 8, 0.6, 0.6, { elasticity: 0.8 }),
  t('mediation.amount_involved', 'mediation', ['调解涉及金额', 'Amount involved in mediated disputes'], YUAN, 'amount', 'neutral', 'amount', '涉及金额', 6e7, 0.9, 0.55),
  // 放管服
  t('licensing.business_startup_time', 'licensing', ['企业开办平均用时', 'Average time to start a business'], ['个工作日', 'working days'], 'duration', 'lower', 'duration', '企业开办时间压缩至', 2.5, 0.45, 0.75),
  t('licensing.approval_time_limit_cut', 'licensing', ['审批时限平均压减幅度', 'Average cut in approval time limits'], PCT, 'change', 'lower', 'cut', '审批时限平均', -55, 15, 0.7),
  t('licensing.applications_accepted', 'licensing', ['政务服务(审批)受理件数', 'Government service applications accepted'], CASES, 'count', 'neutral', 'count', '受理政务服务事项', 180000, 0.8, 0.8, { trend: 0.08, cites: true }),
  t('licensing.cross_region_items', 'licensing', ['“跨市通办”事项数', '"Cross-city" service items'], ['项', 'items'], 'count', 'higher', 'count', '实现“跨市通办”事项', 120, 0.5, 0.6, { trend: 0.15, elasticity: 0.8 }),
  // 监管
  t('regulation.random_inspection_coverage_rate', 'regulation', ['“双随机”抽查事项覆盖率', '"Double random" inspection item coverage (rate)'], PCT, 'rate', 'higher', 'rate', '“双随机、一公开”监管覆盖率达', 93, 6, 0.8),
  t('regulation.random_inspection_tasks', 'regulation', ['“双随机”抽查次数', '"Double random" inspections'], ['次', 'inspections'], 'count', 'neutral', 'count', '开展“双随机”抽查', 320, 0.7, 0.8, { trend: 0.05 }),
  t('regulation.early_warning_models', 'regulation', ['监测预警模型数', 'Monitoring and early-warning models'], ['个', 'models'], 'count', 'higher', 'count', '建成监测预警模型', 6, 0.6, 0.45, { elasticity: 0.8 }),
  // 行政执法
  t('enforcement.penalty_cases', 'enforcement', ['办理行政处罚案件数', 'Administrative penalty cases handled'], CASES, 'count', 'neutral', 'count', '办理行政处罚案件', 2400, 0.8, 0.85, { trend: 0.02, cites: true }),
  t('enforcement.certified_officers', 'enforcement', ['持证行政执法人员数', 'Certified enforcement officers'], ['人', 'officers'], 'count', 'neutral', 'count', '持证执法人员', 900, 0.6, 0.8),
  t('enforcement.fines_amount', 'enforcement', ['罚没款金额', 'Fines and confiscations'], YUAN, 'amount', 'neutral', 'amount', '罚没款', 3e7, 1, 0.6),
  t('enforcement.case_files_reviewed', 'enforcement', ['评查行政执法案卷数', 'Enforcement case files reviewed'], ['份', 'files'], 'count', 'neutral', 'count', '评查执法案卷', 300, 0.6, 0.7),
  // 法律援助 / 公共法律服务
  t('legal_services.legal_aid_criminal', 'legal_services', ['刑事法律援助案件数', 'Criminal legal-aid cases'], CASES, 'count', 'neutral', 'count', '办理刑事法律援助案件', 420, 0.7, 0.88, { elasticity: 1 }),
  t('legal_services.legal_aid_civil', 'legal_services', ['民事行政法律援助案件数', 'Civil and administrative legal-aid cases'], CASES, 'count', 'neutral', 'count', '民事行政法律援助案件', 650, 0.7, 0.88, { elasticity: 1 }),
  t('legal_services.legal_aid_cases', 'legal_services', ['办理法律援助案件数', 'Legal-aid cases handled'], CASES, 'count', 'neutral', 'count', '', 0, 0, 0.95, { derive: { formula: 'sum', inputs: ['legal_services.legal_aid_criminal', 'legal_services.legal_aid_civil'] } }),
  t('legal_services.public_centre_visits', 'legal_services', ['公共法律服务中心接待人次', 'Visits to public legal service centres'], ['人次', 'visits'], 'count', 'neutral', 'count', '公共法律服务中心接待群众', 24000, 0.7, 0.7, { trend: 0.05, elasticity: 1 }),
  t('legal_services.legal_aid_amount_recovered', 'legal_services', ['法律援助为受援人挽回(追讨)金额', 'Amount recovered for legal-aid clients'], YUAN, 'amount', 'neutral', 'amount', '为受援人挽回经济损失', 1.5e7, 0.9, 0.55),
  // 普法
  t('publicity.events', 'publicity', ['普法(法治宣传)活动场次', 'Legal publicity events'], ['场', 'events'], 'count', 'neutral', 'count', '开展普法活动', 900, 0.7, 0.9, { cites: true }),
  t('publicity.legal_understanders_trained', 'publicity', ['培育“法律明白人”数', '"Legal understanders" trained'], ['人', 'people'], 'count', 'higher', 'count', '培育“法律明白人”', 2200, 0.7, 0.7, { trend: 0.1 }),
  t('publicity.audience', 'publicity', ['普法受众人次', 'People reached by legal publicity'], ['人次', 'people'], 'count', 'neutral', 'count', '受众', 160000, 0.8, 0.6, { elasticity: 1 }),
  // 规范性文件 / 重大行政决策
  t('rulemaking.filing_reviews', 'rulemaking', ['备案审查部门行政规范性文件数', 'Normative documents reviewed for filing'], CASES, 'count', 'neutral', 'count', '备案审查规范性文件', 40, 0.6, 0.85),
  t('rulemaking.major_decisions', 'rulemaking', ['重大行政决策事项数', 'Major administrative decisions'], ['个', 'items'], 'count', 'neutral', 'count', '作出重大行政决策', 12, 0.6, 0.75),
  t('rulemaking.contract_legality_reviews', 'rulemaking', ['合法性审查行政机关合同数', 'Government contracts reviewed for legality'], CASES, 'count', 'neutral', 'count', '合法性审查合同', 260, 0.7, 0.7),
  // 人大建议 / 政协提案 / 审计 / 政务公开
  t('oversight.proposals_handled', 'oversight', ['办理本级人大代表建议和政协提案数', 'Suggestions and proposals handled'], CASES, 'count', 'neutral', 'count', '办理人大代表建议和政协提案', 330, 0.5, 0.85),
  t('oversight.proposals_satisfaction_rate', 'oversight', ['建议提案办理满意率', 'Satisfaction with handling of suggestions and proposals'], PCT, 'rate', 'higher', 'rate', '办理满意率', 97, 2.5, 0.8),
  t('oversight.disclosure_requests_received', 'oversight', ['政府信息公开申请数', 'Information disclosure requests'], CASES, 'count', 'neutral', 'count', '办理政府信息公开申请', 150, 0.8, 0.7, { trend: 0.04 }),
  // 12345
  t('hotline.tickets_concluded', 'hotline', ['12345热线办结工单数', '12345 hotline tickets concluded'], ['件', 'tickets'], 'count', 'neutral', 'count', '12345热线办结工单', 260000, 0.8, 0.85, { trend: 0.09, cites: true }),
  t('hotline.satisfaction_rate', 'hotline', ['12345热线满意率', '12345 hotline satisfaction rate'], PCT, 'rate', 'higher', 'rate', '群众满意率', 94, 4, 0.8),
  t('hotline.on_time_conclusion_rate', 'hotline', ['12345热线按时办结率', '12345 hotline on-time conclusion rate'], PCT, 'rate', 'higher', 'rate', '按时办结率', 97, 3, 0.7),
  // 社会信用
  t('credit.credit_repairs', 'credit', ['完成信用修复的主体数', 'Entities with credit repaired'], ['家', 'entities'], 'count', 'neutral', 'count', '完成信用修复', 520, 0.8, 0.7, { trend: 0.12 }),
  t('credit.credit_commitments', 'credit', ['归集信用承诺书份数', 'Credit commitment letters collected'], ['份', 'letters'], 'count', 'neutral', 'count', '归集信用承诺书', 16000, 0.8, 0.6),
  t('credit.monitoring_index', 'credit', ['城市信用监测指数', 'City credit monitoring index'], ['分', 'points'], 'index', 'higher', 'index', '城市信用监测指数', 84, 4, 0.5),
  // 学法 / 培训 / 组织领导
  t('capacity.law_exam_pass_rate', 'capacity', ['领导干部和公务员网上学法考试合格率', 'Online law exam pass rate (officials)'], PCT, 'rate', 'higher', 'rate', '学法考试合格率', 98, 2, 0.8),
  t('capacity.officials_trained', 'capacity', ['法治培训干部人次', 'Officials trained in law'], ['人次', 'trainees'], 'count', 'higher', 'count', '培训领导干部', 3200, 0.7, 0.75),
  t('capacity.law_lectures', 'capacity', ['法治学习专题讲座次数', 'Law study lectures'], ['次', 'lectures'], 'count', 'neutral', 'count', '举办法治专题讲座', 14, 0.6, 0.7, { elasticity: 0.8 }),
  // 数字政府
  t('digital_government.fully_online_rate', 'digital_government', ['政务服务事项全程网办率', 'Services fully online (rate)'], PCT, 'rate', 'higher', 'rate', '全程网办率达', 86, 8, 0.8),
  t('digital_government.data_resources_online', 'digital_government', ['平台上线政务数据资源数', 'Government data resources online'], ['条', 'resources'], 'count', 'neutral', 'count', '上线政务数据资源', 2400, 0.8, 0.6, { trend: 0.2, elasticity: 0.8 }),
  t('digital_government.online_applications', 'digital_government', ['网上办件量', 'Applications handled online'], CASES, 'count', 'neutral', 'count', '网上办件', 240000, 0.9, 0.7, { trend: 0.12, elasticity: 1 }),
];

/** The heading of each category's section in a report. */
export const HEADINGS: Record<Category, string> = {
  reconsideration: '行政复议',
  litigation: '行政应诉',
  mediation: '矛盾纠纷调解',
  licensing: '放管服改革',
  regulation: '事中事后监管',
  enforcement: '行政执法',
  legal_services: '公共法律服务',
  publicity: '普法宣传',
  rulemaking: '依法决策',
  oversight: '监督与公开',
  hotline: '12345热线',
  credit: '社会信用',
  capacity: '组织保障',
  digital_government: '数字政府',
};

/**
 * The first `n` metrics: one per category in turn (so every category is used), and within a category in template
 * order (so a derived metric comes only with its inputs). Above the template count, templates are reused as
 * numbered variants (…_v2).
 */
export function pickMetrics(n: number): MetricTemplate[] {
  const byCat = CATEGORIES.map((c) => METRIC_TEMPLATES.filter((m) => m.category === c));
  const out: MetricTemplate[] = [];
  for (let round = 0; out.length < n; round++) {
    const variant = Math.floor(round / Math.max(...byCat.map((l) => l.length))) + 1;
    const k = round % Math.max(...byCat.map((l) => l.length));
    for (const list of byCat) {
      if (out.length >= n) break;
      const tpl = list[k];
      if (!tpl) continue;
      if (variant === 1) out.push(tpl);
      else {
        const rename = (id: string) => `${id}_v${variant}`;
        const v: MetricTemplate = {
          ...tpl,
          id: rename(tpl.id),
          name: [`${tpl.name[0]}(口径${variant})`, `${tpl.name[1]} (definition ${variant})`],
        };
        if (tpl.shareOf) v.shareOf = { ...tpl.shareOf, metric: rename(tpl.shareOf.metric) };
        if (tpl.derive) v.derive = { ...tpl.derive, inputs: tpl.derive.inputs.map(rename) };
        out.push(v);
      }
    }
  }
  return out;
}
