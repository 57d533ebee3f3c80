/**
 * Turns an extraction into a `rol-compare/dataset` document: one jurisdiction, one report, the catalogue
 * metrics the candidates use plus the `<category>.unclassified` metrics they need, the observations (each
 * marked as extracted, not reviewed), the practices and their mentions. Pure; the caller validates.
 */
import { FORMAT, FORMAT_VERSION, type Bilingual, type Category, type DatasetInput, type Jurisdiction, type Level, type Metric, type Observation, type Practice, type Report, type Script } from '../model/schema';
import type { ExtractResult } from './types';
import { unclassifiedId } from './types';

export const CATEGORY_NAMES: Readonly<Record<Category, Bilingual>> = {
  reconsideration: { zh: '行政复议', en: 'Administrative reconsideration' },
  litigation: { zh: '行政应诉', en: 'Administrative litigation' },
  mediation: { zh: '矛盾纠纷调解', en: 'Mediation' },
  licensing: { zh: '放管服与政务服务', en: 'Licensing and services reform' },
  regulation: { zh: '监管', en: 'Regulation' },
  enforcement: { zh: '行政执法', en: 'Law enforcement' },
  legal_services: { zh: '公共法律服务', en: 'Legal services' },
  publicity: { zh: '普法', en: 'Legal publicity' },
  rulemaking: { zh: '制度建设与行政决策', en: 'Rulemaking and decisions' },
  oversight: { zh: '监督与政务公开', en: 'Oversight and openness' },
  hotline: { zh: '12345热线', en: '12345 hotline' },
  credit: { zh: '社会信用', en: 'Social credit' },
  capacity: { zh: '组织领导与能力建设', en: 'Leadership and capacity' },
  digital_government: { zh: '数字政府', en: 'Digital government' },
};

export function unclassifiedMetric(c: Category): Metric {
  const name = CATEGORY_NAMES[c];
  return {
    id: unclassifiedId(c),
    category: c,
    name: { zh: `未归类数字(${name.zh})`, en: `Unclassified figures (${name.en})` },
    unit: { zh: '—', en: '—' },
    kind: 'count',
    better: 'neutral',
    description: {
      zh: '自动提取、尚未归入具体指标的数字;单位与口径各不相同,不可相互比较。',
      en: 'Figures extracted automatically and not yet assigned to a metric; units and scope differ, so they are not comparable.',
    },
  };
}

/** FNV-1a, 32 bits, as 8 hex digits: a stable short id for a name that has no Latin spelling here. */
export function hashId(s: string): string {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const PROVINCES = '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门'.split(' ');

export function guessLevel(name: string): Level {
  if (/(?:园区|新区|开发区|高新区|保税区|经开区|示范区)$/.test(name)) return 'zone';
  if (/(?:省|自治区)$/.test(name)) return 'province';
  if (/[县旗]$/.test(name)) return 'county';
  if (/区$/.test(name)) return 'district';
  return 'city';
}

/** A jurisdiction for a name: the known one of that name when there is one, else a new one with a hashed id. */
export function jurisdictionFor(name: string, known: readonly Jurisdiction[] = []): Jurisdiction {
  const clean = name.trim();
  const found = known.find((j) => j.name.zh === clean || j.short.zh === clean);
  if (found) return found;
  // 武进区 for 常州市武进区: the one known name that ends with the given one (or the reverse)
  const tails = known.filter((j) => clean.length >= 2 && (j.name.zh.endsWith(clean) || clean.endsWith(j.name.zh)));
  if (tails.length === 1) return tails[0]!;
  const province = PROVINCES.find((p) => clean.startsWith(p));
  return {
    id: `local.${hashId(clean)}`,
    name: { zh: clean, en: clean },
    short: { zh: clean, en: clean },
    level: guessLevel(clean),
    province: province ? { zh: province, en: province } : { zh: '未注明', en: 'not given' },
    note: { zh: '由报告提取工具创建。', en: 'Created by the report extractor.' },
  };
}

export interface ExtractedDatasetInput {
  jurisdiction: Jurisdiction;
  period: number;
  title: string;
  source: string;
  script: Script;
  text: string;
  textSimplified?: string;
  catalogue: readonly Metric[];
  practices: readonly Practice[];
  result: ExtractResult;
  reportId: string;
}

export function toDataset(x: ExtractedDatasetInput): DatasetInput {
  const report: Report = { id: x.reportId, jurisdiction: x.jurisdiction.id, period: x.period, title: x.title, source: x.source, script: x.script, text: x.text };
  if (x.textSimplified !== undefined && x.textSimplified !== x.text) report.textSimplified = x.textSimplified;
  const byId = new Map(x.catalogue.map((m) => [m.id, m]));
  const metrics = new Map<string, Metric>();
  const seen = new Map<string, number>();
  const observations: Observation[] = x.result.observations.map((c) => {
    if (!metrics.has(c.metric)) metrics.set(c.metric, byId.get(c.metric) ?? unclassifiedMetric(c.category));
    const base = `${x.reportId}.${c.metric}.${c.period}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const o: Observation = {
      id: n === 1 ? base : `${base}.${n}`,
      report: x.reportId,
      metric: c.metric,
      period: c.period,
      value: c.value,
      qualifier: c.qualifier,
      quote: c.quote,
      offset: c.offset,
      figure: c.figure,
      note: {
        zh: `自动提取,置信度 ${c.confidence.toFixed(2)},未经人工核对。`,
        en: `Extracted automatically (confidence ${c.confidence.toFixed(2)}), not reviewed.`,
      },
    };
    if (c.valueMax !== undefined) o.valueMax = c.valueMax;
    return o;
  });
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    id: `extract.${x.reportId}`,
    title: { zh: `${x.title}(自动提取)`, en: `${x.jurisdiction.name.en} ${x.period} (extracted)` },
    description: {
      zh: '由报告提取工具从原文自动生成,数字与分类需人工核对。',
      en: 'Generated from the text by the report extractor; figures and categories need review.',
    },
    jurisdictions: [x.jurisdiction],
    reports: [report],
    metrics: [...metrics.values()],
    observations,
    practices: [...x.practices],
    mentions: x.result.mentions,
  };
}
