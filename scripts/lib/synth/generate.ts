/**
 * A national-scale synthetic `rol-compare/dataset` (for the benchmark and the large-data tests): thousands of
 * jurisdictions × years × metrics, with the texture of real reports — gaps, lower bounds (余/超), approximations
 * (近/约), upper bounds (不到), ranges, a report citing the previous year's figure, derived figures — and report
 * texts in which every quote stands verbatim at its offset. Pure and deterministic for a seed (mulberry32); no I/O.
 *
 * Metric ids reuse the bundled dataset's ids where the meaning is the same, so a generated dataset ranks
 * together with the curated reports.
 */
import { computeDerived } from '../../../src/model/derived';
import {
  CATEGORIES,
  FORMAT,
  FORMAT_VERSION,
  type Better,
  type Category,
  type Dataset,
  type Jurisdiction,
  type Level,
  type Metric,
  type MetricKind,
  type Observation,
  type Qualifier,
  type Report,
} from '../../../src/model/schema';
import { mulberry32 } from '../../../src/model/random';
export { mulberry32 };

export interface GenerateOptions {
  jurisdictions: number;
  years: number;
  metrics: number;
  seed: number;
  /** the last reported year (default 2024) */
  lastYear?: number;
}


type Style = 'count' | 'rate' | 'change' | 'cut' | 'amount' | 'duration' | 'index';

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
  t('litigation.cases', 'litigation', ['行政诉讼(应诉)案件数', 'Administrative lawsuits (responded)'], CASES, 'count', 'neutral', 'count', '办理行政应诉案件', 45, 0.7, 0.92, { trend: 0.03, cites: true }),
  t('litigation.head_appearances', 'litigation', ['行政机关负责人出庭应诉次数', 'Agency heads appearing in court'], ['次', 'times'], 'count', 'higher', 'count', '负责人出庭应诉', 0, 0, 0.9, { shareOf: { metric: 'litigation.cases', lo: 0.55, hi: 1 } }),
  t('litigation.head_appearance_rate', 'litigation', ['行政机关负责人出庭应诉率', 'Agency heads appearing in court (rate)'], PCT, 'rate', 'higher', 'rate', '', 0, 0, 0.95, { derive: { formula: 'ratio_pct', inputs: ['litigation.head_appearances', 'litigation.cases'] } }),
  t('litigation.loss_rate', 'litigation', ['行政诉讼败诉率', 'Administrative lawsuits lost (rate)'], PCT, 'rate', 'lower', 'rate', '行政诉讼败诉率为', 6, 3.5, 0.75),
  t('litigation.cases_change', 'litigation', ['行政诉讼发案量同比变化', 'Administrative lawsuits, change on previous year'], PCT, 'change', 'neutral', 'change', '行政诉讼案件同比', 2, 15, 0.6),
  // 调解
  t('mediation.disputes_mediated', 'mediation', ['调解矛盾纠纷数', 'Disputes mediated'], CASES, 'count', 'neutral', 'count', '调解矛盾纠纷', 2600, 0.8, 0.95, { trend: 0.04, cites: true }),
  t('mediation.disputes_resolved', 'mediation', ['调解成功纠纷数', 'Disputes settled by mediation'], CASES, 'count', 'higher', 'count', '调解成功', 0, 0, 0.92, { shareOf: { metric: 'mediation.disputes_mediated', lo: 0.9, hi: 0.995 } }),
  t('mediation.success_rate', 'mediation', ['调解成功率', 'Mediation success rate'], PCT, 'rate', 'higher', 'rate', '', 0, 0, 0.95, { derive: { formula: 'ratio_pct', inputs: ['mediation.disputes_resolved', 'mediation.disputes_mediated'] } }),
  t('mediation.mediation_rooms', 'mediation', ['品牌调解室数', 'Branded mediation rooms'], ['个', 'rooms'], 'count', 'higher', 'count', '建成品牌调解室', 8, 0.6, 0.6),
  t('mediation.amount_involved', 'mediation', ['调解涉及金额', 'Amount involved in mediated disputes'], YUAN, 'amount', 'neutral', 'amount', '涉及金额', 6e7, 0.9, 0.55),
  // 放管服
  t('licensing.business_startup_days', 'licensing', ['企业开办平均用时', 'Average time to start a business'], ['个工作日', 'working days'], 'duration', 'lower', 'duration', '企业开办时间压缩至', 2.5, 0.45, 0.75),
  t('licensing.approval_time_limit_cut', 'licensing', ['审批时限平均压减幅度', 'Average cut in approval time limits'], PCT, 'change', 'lower', 'cut', '审批时限平均', -55, 15, 0.7),
  t('licensing.applications_accepted', 'licensing', ['政务服务(审批)受理件数', 'Government service applications accepted'], CASES, 'count', 'neutral', 'count', '受理政务服务事项', 180000, 0.8, 0.8, { trend: 0.08, cites: true }),
  t('licensing.cross_city_items', 'licensing', ['“跨市通办”事项数', '"Cross-city" service items'], ['项', 'items'], 'count', 'higher', 'count', '实现“跨市通办”事项', 120, 0.5, 0.6, { trend: 0.15 }),
  // 监管
  t('regulation.random_inspection_coverage_rate', 'regulation', ['“双随机”抽查事项覆盖率', '"Double random" inspection item coverage (rate)'], PCT, 'rate', 'higher', 'rate', '“双随机、一公开”监管覆盖率达', 93, 6, 0.8),
  t('regulation.random_inspections', 'regulation', ['“双随机”抽查次数', '"Double random" inspections'], ['次', 'inspections'], 'count', 'neutral', 'count', '开展“双随机”抽查', 320, 0.7, 0.8, { trend: 0.05 }),
  t('regulation.early_warning_models', 'regulation', ['监测预警模型数', 'Monitoring and early-warning models'], ['个', 'models'], 'count', 'higher', 'count', '建成监测预警模型', 6, 0.6, 0.45),
  // 行政执法
  t('enforcement.penalty_cases', 'enforcement', ['办理行政处罚案件数', 'Administrative penalty cases handled'], CASES, 'count', 'neutral', 'count', '办理行政处罚案件', 2400, 0.8, 0.85, { trend: 0.02, cites: true }),
  t('enforcement.certified_officers', 'enforcement', ['持证行政执法人员数', 'Certified enforcement officers'], ['人', 'officers'], 'count', 'neutral', 'count', '持证执法人员', 900, 0.6, 0.8),
  t('enforcement.penalty_amount', 'enforcement', ['罚没款金额', 'Fines and confiscations'], YUAN, 'amount', 'neutral', 'amount', '罚没款', 3e7, 1, 0.6),
  t('enforcement.case_files_reviewed', 'enforcement', ['评查行政执法案卷数', 'Enforcement case files reviewed'], ['份', 'files'], 'count', 'neutral', 'count', '评查执法案卷', 300, 0.6, 0.7),
  // 法律援助 / 公共法律服务
  t('legal_services.legal_aid_criminal', 'legal_services', ['刑事法律援助案件数', 'Criminal legal-aid cases'], CASES, 'count', 'neutral', 'count', '办理刑事法律援助案件', 420, 0.7, 0.88),
  t('legal_services.legal_aid_civil', 'legal_services', ['民事行政法律援助案件数', 'Civil and administrative legal-aid cases'], CASES, 'count', 'neutral', 'count', '民事行政法律援助案件', 650, 0.7, 0.88),
  t('legal_services.legal_aid_cases', 'legal_services', ['办理法律援助案件数', 'Legal-aid cases handled'], CASES, 'count', 'neutral', 'count', '', 0, 0, 0.95, { derive: { formula: 'sum', inputs: ['legal_services.legal_aid_criminal', 'legal_services.legal_aid_civil'] } }),
  t('legal_services.public_center_visits', 'legal_services', ['公共法律服务中心接待人次', 'Visits to public legal service centres'], ['人次', 'visits'], 'count', 'neutral', 'count', '公共法律服务中心接待群众', 24000, 0.7, 0.7, { trend: 0.05 }),
  t('legal_services.legal_aid_amount_recovered', 'legal_services', ['法律援助为受援人挽回(追讨)金额', 'Amount recovered for legal-aid clients'], YUAN, 'amount', 'neutral', 'amount', '为受援人挽回经济损失', 1.5e7, 0.9, 0.55),
  // 普法
  t('publicity.events', 'publicity', ['普法(法治宣传)活动场次', 'Legal publicity events'], ['场', 'events'], 'count', 'neutral', 'count', '开展普法活动', 900, 0.7, 0.9, { cites: true }),
  t('publicity.legal_understanders_trained', 'publicity', ['培育“法律明白人”数', '"Legal understanders" trained'], ['人', 'people'], 'count', 'higher', 'count', '培育“法律明白人”', 2200, 0.7, 0.7, { trend: 0.1 }),
  t('publicity.audience', 'publicity', ['普法受众人次', 'People reached by legal publicity'], ['人次', 'people'], 'count', 'neutral', 'count', '受众', 160000, 0.8, 0.6),
  // 规范性文件 / 重大行政决策
  t('rulemaking.normative_documents_filing_reviewed', 'rulemaking', ['备案审查部门行政规范性文件数', 'Normative documents reviewed for filing'], CASES, 'count', 'neutral', 'count', '备案审查规范性文件', 40, 0.6, 0.85),
  t('rulemaking.major_decisions', 'rulemaking', ['重大行政决策事项数', 'Major administrative decisions'], ['个', 'items'], 'count', 'neutral', 'count', '作出重大行政决策', 12, 0.6, 0.75),
  t('rulemaking.contracts_legality_reviewed', 'rulemaking', ['合法性审查行政机关合同数', 'Government contracts reviewed for legality'], CASES, 'count', 'neutral', 'count', '合法性审查合同', 260, 0.7, 0.7),
  // 人大建议 / 政协提案 / 审计 / 政务公开
  t('oversight.proposals_handled', 'oversight', ['办理本级人大代表建议和政协提案数', 'Suggestions and proposals handled'], CASES, 'count', 'neutral', 'count', '办理人大代表建议和政协提案', 330, 0.5, 0.85),
  t('oversight.proposals_satisfaction_rate', 'oversight', ['建议提案办理满意率', 'Satisfaction with handling of suggestions and proposals'], PCT, 'rate', 'higher', 'rate', '办理满意率', 97, 2.5, 0.8),
  t('oversight.info_disclosure_requests', 'oversight', ['政府信息公开申请数', 'Information disclosure requests'], CASES, 'count', 'neutral', 'count', '办理政府信息公开申请', 150, 0.8, 0.7, { trend: 0.04 }),
  // 12345
  t('hotline.tickets_concluded', 'hotline', ['12345热线办结工单数', '12345 hotline tickets concluded'], ['件', 'tickets'], 'count', 'neutral', 'count', '12345热线办结工单', 260000, 0.8, 0.85, { trend: 0.09, cites: true }),
  t('hotline.satisfaction_rate', 'hotline', ['12345热线满意率', '12345 hotline satisfaction rate'], PCT, 'rate', 'higher', 'rate', '群众满意率', 94, 4, 0.8),
  t('hotline.on_time_conclusion_rate', 'hotline', ['12345热线按时办结率', '12345 hotline on-time conclusion rate'], PCT, 'rate', 'higher', 'rate', '按时办结率', 97, 3, 0.7),
  // 社会信用
  t('credit.repairs_completed', 'credit', ['完成信用修复的主体数', 'Entities with credit repaired'], ['家', 'entities'], 'count', 'neutral', 'count', '完成信用修复', 520, 0.8, 0.7, { trend: 0.12 }),
  t('credit.commitment_letters', 'credit', ['归集信用承诺书份数', 'Credit commitment letters collected'], ['份', 'letters'], 'count', 'neutral', 'count', '归集信用承诺书', 16000, 0.8, 0.6),
  t('credit.monitoring_index', 'credit', ['城市信用监测指数', 'City credit monitoring index'], ['分', 'points'], 'index', 'higher', 'index', '城市信用监测指数', 84, 4, 0.5),
  // 学法 / 培训 / 组织领导
  t('capacity.law_exam_pass_rate', 'capacity', ['领导干部和公务员网上学法考试合格率', 'Online law exam pass rate (officials)'], PCT, 'rate', 'higher', 'rate', '学法考试合格率', 98, 2, 0.8),
  t('capacity.officials_trained', 'capacity', ['法治培训干部人次', 'Officials trained in law'], ['人次', 'trainees'], 'count', 'higher', 'count', '培训领导干部', 3200, 0.7, 0.75),
  t('capacity.law_study_lectures', 'capacity', ['法治学习专题讲座次数', 'Law study lectures'], ['次', 'lectures'], 'count', 'neutral', 'count', '举办法治专题讲座', 14, 0.6, 0.7),
  // 数字政府
  t('digital_government.fully_online_rate', 'digital_government', ['政务服务事项全程网办率', 'Services fully online (rate)'], PCT, 'rate', 'higher', 'rate', '全程网办率达', 86, 8, 0.8),
  t('digital_government.data_resources_online', 'digital_government', ['平台上线政务数据资源数', 'Government data resources online'], ['条', 'resources'], 'count', 'neutral', 'count', '上线政务数据资源', 2400, 0.8, 0.6, { trend: 0.2 }),
  t('digital_government.online_applications', 'digital_government', ['网上办件量', 'Applications handled online'], CASES, 'count', 'neutral', 'count', '网上办件', 240000, 0.9, 0.7, { trend: 0.12 }),
];

const HEADINGS: Record<Category, string> = {
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

// ---------------------------------------------------------------------------------------------------------------
// Names

const PROVINCES: [string, string, string][] = [
  ['bj', '北京', 'Beijing'], ['tj', '天津', 'Tianjin'], ['he', '河北', 'Hebei'], ['sx', '山西', 'Shanxi'],
  ['nm', '内蒙古', 'Inner Mongolia'], ['ln', '辽宁', 'Liaoning'], ['jl', '吉林', 'Jilin'], ['hl', '黑龙江', 'Heilongjiang'],
  ['sh', '上海', 'Shanghai'], ['js', '江苏', 'Jiangsu'], ['zj', '浙江', 'Zhejiang'], ['ah', '安徽', 'Anhui'],
  ['fj', '福建', 'Fujian'], ['jx', '江西', 'Jiangxi'], ['sd', '山东', 'Shandong'], ['ha', '河南', 'Henan'],
  ['hb', '湖北', 'Hubei'], ['hn', '湖南', 'Hunan'], ['gd', '广东', 'Guangdong'], ['gx', '广西', 'Guangxi'],
  ['hi', '海南', 'Hainan'], ['cq', '重庆', 'Chongqing'], ['sc', '四川', 'Sichuan'], ['gz', '贵州', 'Guizhou'],
  ['yn', '云南', 'Yunnan'], ['xz', '西藏', 'Tibet'], ['sn', '陕西', 'Shaanxi'], ['gs', '甘肃', 'Gansu'],
  ['qh', '青海', 'Qinghai'], ['nx', '宁夏', 'Ningxia'], ['xj', '新疆', 'Xinjiang'],
];

const SYLLABLES: [string, string][] = [
  ['安', 'an'], ['平', 'ping'], ['清', 'qing'], ['河', 'he'], ['山', 'shan'], ['阳', 'yang'], ['江', 'jiang'],
  ['东', 'dong'], ['西', 'xi'], ['南', 'nan'], ['北', 'bei'], ['新', 'xin'], ['城', 'cheng'], ['宁', 'ning'],
  ['丰', 'feng'], ['兴', 'xing'], ['华', 'hua'], ['林', 'lin'], ['水', 'shui'], ['石', 'shi'], ['云', 'yun'],
  ['龙', 'long'], ['泉', 'quan'], ['德', 'de'], ['昌', 'chang'], ['武', 'wu'], ['康', 'kang'], ['永', 'yong'],
  ['嘉', 'jia'], ['和', 'he'], ['青', 'qing'], ['白', 'bai'], ['长', 'chang'], ['乐', 'le'], ['福', 'fu'],
  ['宝', 'bao'], ['金', 'jin'], ['泰', 'tai'], ['广', 'guang'], ['明', 'ming'], ['高', 'gao'], ['盛', 'sheng'],
  ['吉', 'ji'], ['海', 'hai'], ['岭', 'ling'], ['川', 'chuan'], ['湖', 'hu'], ['溪', 'xi'], ['桥', 'qiao'],
  ['台', 'tai'], ['源', 'yuan'], ['峰', 'feng'], ['阜', 'fu'], ['庆', 'qing'], ['顺', 'shun'], ['定', 'ding'],
  ['开', 'kai'], ['远', 'yuan'], ['仁', 'ren'], ['信', 'xin'], ['义', 'yi'], ['春', 'chun'], ['秀', 'xiu'],
  ['临', 'lin'], ['柳', 'liu'], ['松', 'song'], ['桃', 'tao'], ['梅', 'mei'], ['莲', 'lian'], ['汉', 'han'],
  ['沙', 'sha'], ['洪', 'hong'], ['凤', 'feng'], ['鹤', 'he'], ['岳', 'yue'], ['蓝', 'lan'], ['玉', 'yu'],
];

const LEVEL_SUFFIX: Record<Exclude<Level, 'province'>, [string, string, string]> = {
  // [zh suffix, en suffix, short suffix]
  district: ['区', 'District', ''],
  county: ['县', 'County', ''],
  city: ['市', 'City', ''],
  zone: ['经济开发区', 'Economic Development Zone', '开发区'],
};
/** relative size of a jurisdiction by level (scales counts and amounts) */
const LEVEL_SIZE: Record<Exclude<Level, 'province'>, number> = { district: 1.2, county: 0.75, city: 1.5, zone: 0.45 };

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------------------------
// Figures as written

const ZH_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** 1.20 → "1.2", 3.00 → "3" */
const trimDec = (x: number, digits: number): string => {
  const s = x.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
};

/** rounds to `sig` significant digits, down / nearest / up */
function roundSig(x: number, sig: number, mode: 'down' | 'near' | 'up'): number {
  if (x <= 0) return 0;
  const p = 10 ** Math.max(0, Math.floor(Math.log10(x)) - sig + 1);
  const f = mode === 'down' ? Math.floor : mode === 'up' ? Math.ceil : Math.round;
  return f(x / p) * p;
}

export interface WrittenFigure {
  figure: string;
  value: number;
  qualifier: Qualifier;
  valueMax?: number;
}

/** "1.25万" for ≥ 10,000 (value is then a multiple of 100), plain digits below */
function countText(n: number, allowWan: boolean): { text: string; value: number } {
  if (allowWan && n >= 10000) {
    const v = Math.round(n / 100) * 100;
    return { text: `${trimDec(v / 1e4, 2)}万`, value: v };
  }
  return { text: String(n), value: n };
}

/**
 * Writes a value the way reports do and returns the value the figure states (docs/dataset-format.md, "Values").
 * `q` picks the qualifier: exact most of the time, then at_least (余/超/多), approx (近/约), at_most (不到), range.
 */
export function writeFigure(style: Style, x: number, unit: string, r: () => number, forceExact = false): WrittenFigure {
  const q = forceExact ? 0 : r();
  switch (style) {
    case 'count': {
      const n = Math.max(1, Math.round(x));
      if (q < 0.74 || n < 20) {
        const c = countText(n, r() < 0.6);
        return { figure: `${c.text}${unit}`, value: c.value, qualifier: 'exact' };
      }
      if (q < 0.86) {
        const v = roundSig(n, 2, 'down');
        if (v >= 10000 && r() < 0.5) return { figure: `超${trimDec(v / 1e4, 1)}万${unit}`, value: roundSig(n, 2, 'down'), qualifier: 'at_least' };
        const c = countText(v, false);
        return { figure: r() < 0.7 ? `${c.text}余${unit}` : `${c.text}多${unit}`, value: v, qualifier: 'at_least' };
      }
      if (q < 0.94) {
        const v = roundSig(n, 2, q < 0.9 ? 'up' : 'near');
        const c = countText(v, v >= 10000);
        return { figure: `${q < 0.9 ? '近' : '约'}${c.text}${unit}`, value: c.value, qualifier: 'approx' };
      }
      if (q < 0.97) {
        const v = roundSig(n, 1, 'up');
        const c = countText(v, v >= 10000);
        return { figure: `不到${c.text}${unit}`, value: c.value, qualifier: 'at_most' };
      }
      const lo = roundSig(n * 0.9, 1, 'down');
      const hi = roundSig(n * 1.15, 1, 'up');
      if (lo >= hi || lo >= 10000) return { figure: `${n}${unit}`, value: n, qualifier: 'exact' };
      return { figure: `${lo}至${hi}${unit}`, value: lo, valueMax: hi, qualifier: 'range' };
    }
    case 'rate': {
      const v = Math.min(100, Math.max(0, x));
      if (q < 0.85 || v < 5) {
        const w = Number(v.toFixed(q < 0.5 ? 2 : 1));
        return { figure: `${w}%`, value: w, qualifier: 'exact' };
      }
      if (q < 0.95 && v < 100) {
        const w = Math.floor(v);
        return { figure: `${w}%以上`, value: w, qualifier: 'at_least' };
      }
      const w = Math.round(v);
      return { figure: `${w}%左右`, value: w, qualifier: 'approx' };
    }
    case 'change': {
      const w = Number(Math.abs(x).toFixed(q < 0.5 ? 2 : 1));
      if (w === 0) return { figure: '增长0.1%', value: 0.1, qualifier: 'exact' };
      return { figure: `${x < 0 ? '下降' : '增长'}${w}%`, value: x < 0 ? -w : w, qualifier: 'exact' };
    }
    case 'cut': {
      // a cut: 压缩52.3% → −52.3; 压缩50%以上 → at most −50
      const w = Math.min(95, Math.max(5, Math.abs(x)));
      if (q < 0.75) {
        const v = Number(w.toFixed(1));
        return { figure: `压缩${v}%`, value: -v, qualifier: 'exact' };
      }
      const v = Math.floor(w / 10) * 10 || 5;
      return { figure: `压缩${v}%以上`, value: -v, qualifier: 'at_most' };
    }
    case 'amount': {
      const y = Math.max(1e4, x);
      if (y >= 1e8 && q < 0.6) {
        const v = Number((y / 1e8).toFixed(2));
        return { figure: `${trimDec(v, 2)}亿元`, value: Math.round(v * 100) * 1e6, qualifier: 'exact' };
      }
      if (q < 0.7) {
        const v = Math.round(y / 100);
        return { figure: `${trimDec(v / 100, 2)}万元`, value: v * 100, qualifier: 'exact' };
      }
      if (q < 0.9) {
        const v = roundSig(y / 1e4, 2, 'down');
        return { figure: `${v}余万元`, value: v * 1e4, qualifier: 'at_least' };
      }
      const v = roundSig(y / 1e4, 2, 'near');
      return { figure: `约${v}万元`, value: v * 1e4, qualifier: 'approx' };
    }
    case 'duration': {
      const v = Math.max(0.5, x);
      if (q < 0.7) {
        const w = v < 10 ? Math.round(v * 2) / 2 : Math.round(v);
        return { figure: `${w}${unit}`, value: w, qualifier: 'exact' };
      }
      if (q < 0.85) {
        const lo = Math.max(1, Math.floor(v));
        const hi = lo + 1 + Math.floor(r() * 3);
        return { figure: `${lo}至${hi}${unit}`, value: lo, valueMax: hi, qualifier: 'range' };
      }
      const w = Math.ceil(v);
      return { figure: `${w}${unit}内`, value: w, qualifier: 'at_most' };
    }
    case 'index': {
      const w = Number(Math.min(100, Math.max(0, x)).toFixed(2));
      return { figure: `${w}分`, value: w, qualifier: 'exact' };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** tuned so that observations ≈ jurisdictions × years × metrics (see generateDataset) */
const COVERAGE_SCALE = 1.2;
const CITE_OFTEN = 0.6;
const CITE_SOMETIMES = 0.25;

export interface GenerateStats {
  observations: number;
  reports: number;
  derived: number;
  previousYear: number;
  qualifiers: Record<Qualifier, number>;
  /** share of (reporting jurisdiction-year × metric) cells without a figure */
  gapRate: number;
}

/**
 * Generates the dataset. The observation count is about jurisdictions × years × metrics: about 4% of reports
 * and 15% of metric cells are missing, and about 20% of counted figures come with the previous year's figure
 * in the same sentence, plus derived figures — the two roughly make up for the gaps.
 */
export function generateDataset(opts: GenerateOptions): { dataset: Dataset; stats: GenerateStats } {
  const rnd = mulberry32(opts.seed);
  const gauss = () => {
    let u = 0;
    while (u === 0) u = rnd();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
  };
  const lastYear = opts.lastYear ?? 2024;
  const years = Array.from({ length: opts.years }, (_, i) => lastYear - opts.years + 1 + i);
  const templates = pickMetrics(opts.metrics);
  const tplById = new Map(templates.map((m) => [m.id, m]));

  // --- jurisdictions: provinces → prefecture cities (parents, not in the file) → county-level units
  const stems: [string, string][] = [];
  for (const a of SYLLABLES) for (const b of SYLLABLES) if (a !== b) stems.push([a[0] + b[0], a[1] + b[1]]);
  for (let i = stems.length - 1; i > 0; i--) {
    const k = Math.floor(rnd() * (i + 1));
    [stems[i], stems[k]] = [stems[k]!, stems[i]!];
  }
  let stemAt = 0;
  const nextStem = (): [string, string] => {
    const s = stems[stemAt++ % stems.length]!;
    const round = Math.floor((stemAt - 1) / stems.length);
    return round === 0 ? s : [`${s[0]}${ZH_NUM[round % ZH_NUM.length]}`, `${s[1]}${round + 1}`];
  };
  const jurisdictions: Jurisdiction[] = [];
  const size: number[] = [];
  const abolishedIn: (number | null)[] = [];
  const perProvince = Math.ceil(opts.jurisdictions / PROVINCES.length);
  for (let p = 0; p < PROVINCES.length && jurisdictions.length < opts.jurisdictions; p++) {
    const [code, pzh, pen] = PROVINCES[p]!;
    let cityIdx = 0;
    let city = nextStem();
    let left = 0;
    for (let k = 0; k < perProvince && jurisdictions.length < opts.jurisdictions; k++) {
      if (left === 0) {
        cityIdx++;
        city = nextStem();
        left = 6 + Math.floor(rnd() * 10);
      }
      left--;
      const stem = nextStem();
      const lr = rnd();
      const level: Exclude<Level, 'province'> = lr < 0.36 ? 'district' : lr < 0.8 ? 'county' : lr < 0.95 ? 'city' : 'zone';
      const [sz, sen, sshort] = LEVEL_SUFFIX[level];
      const id = `${code}.${String(jurisdictions.length + 1).padStart(4, '0')}`;
      const j: Jurisdiction = {
        id,
        name: { zh: `${city[0]}市${stem[0]}${sz}`, en: `${cap(stem[1])} ${sen}, ${cap(city[1])}` },
        short: { zh: `${stem[0]}${sshort}`, en: cap(stem[1]) },
        level,
        province: { zh: pzh, en: pen },
        parent: `${code}.c${String(cityIdx).padStart(2, '0')}`,
      };
      let abolished: number | null = null;
      if (years.length > 3 && rnd() < 0.004) {
        abolished = years[1 + Math.floor(rnd() * (years.length - 2))]!;
        j.abolished = {
          year: abolished,
          note: { zh: `${abolished}年撤销,并入相邻区县。`, en: `Abolished in ${abolished} and merged into a neighbour.` },
        };
      }
      jurisdictions.push(j);
      size.push(LEVEL_SIZE[level] * Math.exp(0.55 * gauss()));
      abolishedIn.push(abolished);
    }
  }

  const metrics: Metric[] = templates.map((m) => ({
    id: m.id,
    category: m.category,
    name: { zh: m.name[0], en: m.name[1] },
    unit: { zh: m.unit[0], en: m.unit[1] },
    kind: m.kind,
    better: m.better,
    ...(m.derive
      ? {
          description: {
            zh: m.derive.formula === 'ratio_pct' ? '由同一报告中的两个数字计算得出(推算)。' : '由同一报告中的分项数字相加得出(推算)。',
            en: m.derive.formula === 'ratio_pct' ? 'Computed from two figures of the same report.' : 'The sum of figures of the same report.',
          },
        }
      : {}),
  }));

  // category order of the report text, metrics in template order within it
  const textOrder = CATEGORIES.flatMap((c) => templates.filter((m) => m.category === c));

  const reports: Report[] = [];
  const observations: Observation[] = [];
  const stats: GenerateStats = {
    observations: 0,
    reports: 0,
    derived: 0,
    previousYear: 0,
    qualifiers: { exact: 0, at_least: 0, at_most: 0, approx: 0, range: 0 },
    gapRate: 0,
  };
  let cells = 0;
  let gaps = 0;

  // true value of (jurisdiction, metric, year) — a deterministic function, so a report's "上年" figure agrees with
  // the previous report's
  const hash = (a: number, b: number, c: number) => {
    let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x27d4eb2f, 0xc2b2ae35) ^ Math.imul(c + 0x165667b1, 0x27d4eb2f);
    h ^= Math.imul(opts.seed, 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
  };
  const normalAt = (a: number, b: number, c: number) => {
    const u = Math.max(1e-12, hash(a, b, c));
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * hash(c, a, b + 7));
  };
  const metricIndex = new Map(templates.map((m, i) => [m.id, i]));
  const inputIds = new Set(templates.flatMap((d) => d.derive?.inputs ?? []));
  const trueValue = (j: number, m: MetricTemplate, y: number): number => {
    const mi = metricIndex.get(m.id)!;
    const local = normalAt(j, mi, 0); // the jurisdiction's lasting level for this metric
    const noise = normalAt(j, mi, y);
    if (m.shareOf) {
      const base = tplById.get(m.shareOf.metric)!;
      const share = m.shareOf.lo + (m.shareOf.hi - m.shareOf.lo) * hash(j, mi, y + 11);
      return trueValue(j, base, y) * share;
    }
    switch (m.style) {
      case 'count':
      case 'amount':
        return m.base * size[j]! * Math.exp(m.spread * 0.8 * local + 0.12 * noise) * (1 + (m.trend ?? 0)) ** (y - years[0]!);
      case 'duration':
        return m.base * Math.exp(m.spread * local + 0.1 * noise) * 0.96 ** (y - years[0]!);
      default:
        return m.base + m.spread * (0.7 * local + 0.5 * noise);
    }
  };

  for (let ji = 0; ji < jurisdictions.length; ji++) {
    const j = jurisdictions[ji]!;
    const diligence = 0.85 + 0.15 * rnd(); // how much a jurisdiction tends to report
    for (const y of years) {
      const ab = abolishedIn[ji];
      if (ab !== null && ab !== undefined && y > ab) continue;
      if (rnd() < 0.04) continue; // no report this year
      const reportId = `${j.id}.${y}`;
      let text = `${y}年,${j.name.zh}全面推进法治政府建设。\n`;
      const obs: Observation[] = [];
      const byMetric = new Map<string, { o: Observation; start: number; end: number }>();
      let heading = 0;
      let lastCat: Category | null = null;
      for (const m of textOrder) {
        cells++;
        if (m.derive) {
          const ins = m.derive.inputs.map((id) => byMetric.get(id));
          if (ins.some((x) => !x) || rnd() > m.coverage) {
            gaps++;
            continue;
          }
          const inputs = ins as { o: Observation; start: number; end: number }[];
          if (m.derive.formula === 'ratio_pct' && inputs[1]!.o.value === 0) {
            gaps++;
            continue;
          }
          const { value, qualifier } = computeDerived(m.derive.formula, inputs.map((x) => x.o));
          const start = Math.min(...inputs.map((x) => x.start));
          const end = Math.max(...inputs.map((x) => x.end));
          const o: Observation = {
            id: `${reportId}.${metricIndex.get(m.id)}`,
            report: reportId,
            metric: m.id,
            period: y,
            value,
            qualifier,
            quote: text.slice(start, end),
            offset: start,
            derived: { formula: m.derive.formula, inputs: inputs.map((x) => x.o.id) },
          };
          obs.push(o);
          stats.derived++;
          continue;
        }
        if (rnd() > m.coverage * diligence * COVERAGE_SCALE) {
          gaps++;
          continue;
        }
        if (m.category !== lastCat) {
          if (lastCat !== null) text += '\n';
          lastCat = m.category;
          text += `${ZH_NUM[heading++ % ZH_NUM.length]}、${HEADINGS[m.category]}\n`;
        }
        const isInput = inputIds.has(m.id);
        const w = writeFigure(m.style, trueValue(ji, m, y), m.unit[0], rnd, isInput && (m.style !== 'count' || rnd() < 0.85));
        const start = text.length;
        const clause = `${m.say}${w.figure}`;
        let sentence = clause;
        let prev: WrittenFigure | null = null;
        const cite = m.cites ? CITE_OFTEN : (m.style === 'count' || m.style === 'amount') && !m.shareOf ? CITE_SOMETIMES : 0;
        if (rnd() < cite) {
          prev = writeFigure(m.style, trueValue(ji, m, y - 1), m.unit[0], rnd);
          sentence += `,上年为${prev.figure}`;
        }
        text += sentence;
        const end = text.length;
        text += '。';
        const o: Observation = {
          id: `${reportId}.${metricIndex.get(m.id)}`,
          report: reportId,
          metric: m.id,
          period: y,
          value: w.value,
          qualifier: w.qualifier,
          ...(w.valueMax !== undefined ? { valueMax: w.valueMax } : {}),
          quote: clause,
          offset: start,
          figure: w.figure,
        };
        obs.push(o);
        byMetric.set(m.id, { o, start, end });
        if (prev) {
          obs.push({
            id: `${o.id}p`,
            report: reportId,
            metric: m.id,
            period: y - 1,
            value: prev.value,
            qualifier: prev.qualifier,
            ...(prev.valueMax !== undefined ? { valueMax: prev.valueMax } : {}),
            quote: sentence,
            offset: start,
            figure: prev.figure,
          });
          stats.previousYear++;
        }
      }
      text += '\n';
      for (const o of obs) stats.qualifiers[o.qualifier]++;
      observations.push(...obs);
      reports.push({
        id: reportId,
        jurisdiction: j.id,
        period: y,
        title: `${j.name.zh}${y}年法治政府建设年度报告`,
        published: `${y + 1}-0${1 + Math.floor(rnd() * 3)}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
        source: `${reportId}.txt`,
        script: 'simplified',
        text,
      });
    }
  }
  stats.observations = observations.length;
  stats.reports = reports.length;
  stats.gapRate = cells ? Math.round((gaps / cells) * 1000) / 1000 : 0;

  const dataset: Dataset = {
    format: FORMAT,
    version: FORMAT_VERSION,
    id: `national-s${opts.seed}`,
    title: {
      zh: `全国规模合成数据(${opts.jurisdictions}地 × ${opts.years}年 × ${opts.metrics}项指标,种子${opts.seed})`,
      en: `National-scale synthetic data (${opts.jurisdictions} jurisdictions × ${opts.years} years × ${opts.metrics} metrics, seed ${opts.seed})`,
    },
    description: {
      zh: '由 npm run generate 生成的合成数据,用于性能测试;地名与数字均为虚构。',
      en: 'Synthetic data made by npm run generate for benchmarks; names and figures are fictitious.',
    },
    created: `generated seed ${opts.seed}`,
    jurisdictions,
    reports,
    metrics,
    observations,
    practices: [],
    mentions: [],
  };
  return { dataset, stats };
}
