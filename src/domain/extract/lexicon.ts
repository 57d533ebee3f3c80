/**
 * The metric lexicon: keyword patterns for kinds of measures (not sentences of any one report).
 * A rule names a metric id; the extractor uses it only when the catalogue holds that id, and otherwise
 * files the figure under `<category>.unclassified` with the rule's category.
 */
import type { Category } from '../schema';

export interface FigureFacts {
  /** the clause before the figure, the figure's clause (before + figure + after), and the whole sentence */
  near: string;
  clause: string;
  sentence: string;
  unit: string;
  percent: boolean;
  money: boolean;
}

export interface MetricRule {
  metric: string;
  /** the area the measure belongs to; absent for measures found in many areas (training, visits) */
  category?: Category;
  /** tested on the clause before the figure (the verb: 受理, 办结 …) */
  near?: RegExp;
  /** tested on the figure's whole clause */
  clause?: RegExp;
  /** tested on the sentence (the topic: 复议, 12345 …) */
  sentence?: RegExp;
  /** true: a percentage only; false: never a percentage */
  percent?: boolean;
  money?: boolean;
  units?: RegExp;
}

const COUNT = /^(?:件|起|宗|例)$/;
const HEADS = /^(?:人|名|人次|位)$/;
const ITEMS = /^(?:个|项|件|类|条|套)$/;

export const METRIC_RULES: readonly MetricRule[] = [
  // reconsideration: received / accepted / concluded / handled are different counts
  { metric: 'reconsideration.cases_received', category: 'reconsideration', sentence: /复议/, near: /(?:收到|收案|新收|申请)[^,,、]*$/, percent: false, units: COUNT },
  { metric: 'reconsideration.cases_accepted', category: 'reconsideration', sentence: /复议/, near: /受理[^,,、]*$/, percent: false, units: COUNT },
  { metric: 'reconsideration.cases_concluded', category: 'reconsideration', sentence: /复议/, near: /(?:办结|审结|结案)[^,,、]*$/, percent: false, units: COUNT },
  { metric: 'reconsideration.cases_handled', category: 'reconsideration', near: /办理[^,,、]*复议|复议[^,,、]*办理/, percent: false, units: COUNT },
  { metric: 'reconsideration.correction_rate', category: 'reconsideration', near: /复议[^,,]*纠错率/, percent: true },
  { metric: 'reconsideration.resolution_rate', category: 'reconsideration', sentence: /复议/, near: /(?:化解|和解)率/, percent: true },
  { metric: 'reconsideration.disputes_resolved', category: 'reconsideration', sentence: /复议/, near: /实质性化解[^,,]*$/, percent: false, units: COUNT },
  // litigation
  { metric: 'litigation.head_appearance_rate', category: 'litigation', near: /出庭(?:应诉)?率/, percent: true },
  { metric: 'litigation.loss_rate', category: 'litigation', near: /败诉率/, percent: true },
  { metric: 'litigation.cases', category: 'litigation', sentence: /应诉|行政诉讼/, near: /(?:应诉|诉讼)[^,,、]*$/, percent: false, units: COUNT },
  // mediation
  { metric: 'mediation.success_rate', category: 'mediation', sentence: /调解|纠纷/, near: /(?:调解)?成功率/, percent: true },
  { metric: 'mediation.amount_involved', category: 'mediation', sentence: /调解/, near: /金额/, money: true },
  { metric: 'mediation.disputes_mediated', category: 'mediation', sentence: /(?:调解|调处)[^。]*(?:纠纷|矛盾)|(?:纠纷|矛盾)[^。]*(?:调解|调处)/, near: /调解|调处|化解|纠纷/, percent: false, money: false, units: COUNT },
  // legal services
  { metric: 'legal_services.legal_aid_cases', category: 'legal_services', clause: /(?:法律援助|法援)[^,,]*案/, percent: false, units: COUNT },
  { metric: 'legal_services.free_consultations', category: 'legal_services', clause: /法律咨询/, percent: false, units: /^人次$/ },
  // hotline
  { metric: 'hotline.on_time_rate', category: 'hotline', sentence: /12345|热线/, near: /(?:按时|及时)办结率/, percent: true },
  { metric: 'hotline.satisfaction_rate', category: 'hotline', sentence: /12345|热线/, near: /满意(?:率|度)/, percent: true },
  { metric: 'hotline.callback_rate', category: 'hotline', sentence: /12345|热线/, near: /回访率/, percent: true },
  { metric: 'hotline.tickets_concluded', category: 'hotline', sentence: /12345|热线/, near: /办结[^,,]*$/, percent: false },
  { metric: 'hotline.tickets', category: 'hotline', sentence: /12345|热线/, near: /工单|诉求|来电|受理|接听/, percent: false },
  // licensing
  { metric: 'licensing.one_thing_items', category: 'licensing', clause: /一件事/, percent: false, units: ITEMS },
  // capacity, enforcement, oversight, publicity, rulemaking
  { metric: 'capacity.training_attendance', clause: /培训|轮训/, percent: false, units: /^人次$/ },
  { metric: 'enforcement.certified_officers', category: 'enforcement', clause: /持证|执法证/, percent: false, units: HEADS },
  { metric: 'oversight.proposals_handled', category: 'oversight', near: /人大建议|政协提案|建议提案|提案/, percent: false, units: COUNT },
  { metric: 'oversight.audit_projects', category: 'oversight', clause: /审计/, percent: false, units: ITEMS },
  { metric: 'publicity.events', category: 'publicity', clause: /普法|法治宣传/, percent: false, units: /^(?:场|场次|次|期)$/ },
  { metric: 'rulemaking.normative_documents', category: 'rulemaking', clause: /规范性文件/, percent: false, units: /^(?:件|份)$/ },
  { metric: 'rulemaking.major_decisions', category: 'rulemaking', clause: /重大行政决策/, percent: false, units: ITEMS },
];

export function matchRule(f: FigureFacts): MetricRule | null {
  for (const r of METRIC_RULES) {
    if (r.percent !== undefined && r.percent !== f.percent) continue;
    if (r.money !== undefined && r.money !== f.money) continue;
    if (r.units && !r.units.test(f.unit)) continue;
    if (r.near && !r.near.test(f.near)) continue;
    if (r.clause && !r.clause.test(f.clause)) continue;
    if (r.sentence && !r.sentence.test(f.sentence)) continue;
    return r;
  }
  return null;
}
