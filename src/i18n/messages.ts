/**
 * Every user-visible string, zh-CN first, English second. Keys are checked by the type of `zh`.
 * Each feature keeps its strings in src/i18n/parts/<feature>.ts ({ zh, en } with the same keys).
 */
import * as parts from './parts';
/** parts loaded with their lazy view (registerMessages): their keys are known here, their strings come later */
import type * as dataPart from './parts/data';
import type * as mappingPart from './parts/mapping';
import type * as frameworkPart from './parts/framework';
import type * as batchPart from './parts/batch';

const base = {
  'app.title': '法治政府建设对比看板',
  'app.subtitle': '各地法治政府建设报告中的数字,逐一可追溯到原文句子',
  'app.loading': '正在载入数据…',
  'app.importingBundled': '首次使用:正在把内置数据写入本地数据库…',
  'app.error': '出错了:{message}',
  'app.skip': '跳到主要内容',
  'nav.compare': '对比',
  'nav.rank': '排名',
  'nav.profile': '地区画像',
  'nav.framework': '指标体系',
  'nav.practices': '改革举措',
  'nav.reader': '原文',
  'nav.add': '添加报告',
  'nav.data': '数据管理',
  'lang.switch': 'English',
  'select.jurisdictions': '地区',
  'picker.search': '在 {n} 个地区中查找…',
  'picker.remove': '移除{name}',
  'select.categories': '领域',
  'select.metrics': '指标',
  'select.year': '年份',
  'select.latest': '各取最新年份',
  'select.sameYear': '仅同一年份',
  'select.autoMetrics': '自动选择指标',
  'compare.empty': '请选择至少一个地区和一个领域。',
  'compare.noMetrics': '所选地区在这些领域没有报告数字。',
  'compare.mixedPeriods': '注意:本图混合了不同年份的数字({periods}),比较时请留意。',
  'compare.notReported': '未报告',
  'compare.derived': '推算',
  'compare.lowerBound': '下限(“余/超/以上”)',
  'compare.approx': '约数',
  'compare.legendNote': '柱上标注年份;“≥”为下限值;“*”为根据报告数字推算;“†”为口径与指标定义不完全一致(见图下说明);“未报告”不等于零。',
  'compare.table': '数据表',
  'compare.source': '来源',
  'chart.aria': '{title}。{summary}',
  'chart.period': '{year}年',
  'table.jurisdiction': '地区',
  'table.metric': '指标',
  'table.value': '数值',
  'table.period': '年份',
  'table.quote': '原文',
  'table.openSource': '查看原文',
  'unit.none': '',
  'category.reconsideration': '行政复议',
  'category.litigation': '行政应诉',
  'category.mediation': '矛盾纠纷调解',
  'category.licensing': '放管服与政务服务',
  'category.regulation': '监管',
  'category.enforcement': '行政执法',
  'category.legal_services': '公共法律服务',
  'category.publicity': '普法',
  'category.rulemaking': '制度建设与行政决策',
  'category.oversight': '监督与政务公开',
  'category.hotline': '12345热线',
  'category.credit': '社会信用',
  'category.capacity': '组织领导与能力建设',
  'category.digital_government': '数字政府',
  'qualifier.exact': '确数',
  'qualifier.at_least': '下限',
  'qualifier.at_most': '上限',
  'qualifier.approx': '约数',
  'qualifier.range': '区间',
} as const;

type PartKeys = { [K in keyof typeof parts]: keyof (typeof parts)[K]['zh'] }[keyof typeof parts];
type LazyKeys = keyof typeof dataPart.zh | keyof typeof mappingPart.zh | keyof typeof frameworkPart.zh | keyof typeof batchPart.zh;
export type MessageKey = keyof typeof base | PartKeys | LazyKeys;

export const zh = Object.assign({}, base, ...Object.values(parts).map((p) => p.zh)) as Record<MessageKey, string>;

const baseEn: Record<keyof typeof base, string> = {
  'app.title': 'Rule-of-law government dashboard',
  'app.subtitle': 'Figures from local rule-of-law reports, each traceable to its sentence',
  'app.loading': 'Loading data…',
  'app.importingBundled': 'First visit: storing the bundled data in the local database…',
  'app.error': 'Something went wrong: {message}',
  'app.skip': 'Skip to main content',
  'nav.compare': 'Compare',
  'nav.rank': 'Rank',
  'nav.profile': 'Profile',
  'nav.framework': 'Indicators',
  'nav.practices': 'Practices',
  'nav.reader': 'Sources',
  'nav.add': 'Add a report',
  'nav.data': 'Data',
  'lang.switch': '中文',
  'select.jurisdictions': 'Jurisdictions',
  'picker.search': 'Find among {n} jurisdictions…',
  'picker.remove': 'Remove {name}',
  'select.categories': 'Areas',
  'select.metrics': 'Metrics',
  'select.year': 'Year',
  'select.latest': 'Latest of each',
  'select.sameYear': 'Same year only',
  'select.autoMetrics': 'Choose metrics automatically',
  'compare.empty': 'Choose at least one jurisdiction and one area.',
  'compare.noMetrics': 'The chosen jurisdictions report no figures in these areas.',
  'compare.mixedPeriods': 'Note: this chart mixes figures from different years ({periods}).',
  'compare.notReported': 'not reported',
  'compare.derived': 'derived',
  'compare.lowerBound': 'lower bound ("余/超/以上")',
  'compare.approx': 'approximate',
  'compare.legendNote': 'Each bar shows its year; "≥" marks a lower bound; "*" a figure computed from the report; "†" a figure not like-for-like with the metric (see the notes under the chart); "not reported" is not zero.',
  'compare.table': 'Data table',
  'compare.source': 'Source',
  'chart.aria': '{title}. {summary}',
  'chart.period': '{year}',
  'table.jurisdiction': 'Jurisdiction',
  'table.metric': 'Metric',
  'table.value': 'Value',
  'table.period': 'Year',
  'table.quote': 'Source sentence',
  'table.openSource': 'Open source',
  'unit.none': '',
  'category.reconsideration': 'Administrative reconsideration',
  'category.litigation': 'Administrative litigation',
  'category.mediation': 'Mediation',
  'category.licensing': 'Licensing and services reform',
  'category.regulation': 'Regulation',
  'category.enforcement': 'Law enforcement',
  'category.legal_services': 'Legal services',
  'category.publicity': 'Legal publicity',
  'category.rulemaking': 'Rulemaking and decisions',
  'category.oversight': 'Oversight and openness',
  'category.hotline': '12345 hotline',
  'category.credit': 'Social credit',
  'category.capacity': 'Leadership and capacity',
  'category.digital_government': 'Digital government',
  'qualifier.exact': 'exact',
  'qualifier.at_least': 'lower bound',
  'qualifier.at_most': 'upper bound',
  'qualifier.approx': 'approximate',
  'qualifier.range': 'range',
};

export const en = Object.assign({}, baseEn, ...Object.values(parts).map((p) => p.en)) as Record<MessageKey, string>;

/** Adds the strings of a part that is loaded with its view (src/features/data/register-strings.ts). */
export function registerMessages(part: { zh: Record<string, string>; en: Record<string, string> }): void {
  Object.assign(zh, part.zh);
  Object.assign(en, part.en);
}
