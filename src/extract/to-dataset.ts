/**
 * Turns an extraction into a `rol-compare/dataset` document (format 2): one jurisdiction, one report, the metrics
 * the candidates use, the observations (each marked as extracted, not reviewed), the practices and their mentions.
 * A candidate whose indicator is in the catalogue (or a change of one) is that indicator, defined from the
 * catalogue; a figure a person named is a report-specific metric (`specific: true`); every other figure goes to a
 * report-specific `<area>.unclassified_<kind>_<unit>` metric that keeps its unit and kind. Pure; the caller validates.
 */
import { FORMAT, FORMAT_VERSION, type Bilingual, type Category, type DatasetInput, type Jurisdiction, type Level, type Metric, type MetricKind, type Observation, type Practice, type Report, type Script } from '../model/schema';
import type { Indicator } from '../model/indicators';
import type { Gazetteer, Place, PlaceKind } from '../model/gazetteer';
import { indicatorMetric } from '../model/indicator-metric';
import type { Candidate, ExtractResult } from './types';

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


/** A place of the gazetteer a person chose for a report, and the department that wrote it (司法局), if any. */
export interface PlacePick {
  place: Place;
  department?: string;
}

const LEVEL_OF_KIND: Readonly<Record<PlaceKind, Level | null>> = {
  province: 'province', municipality: 'province', prefecture: 'city', district: 'district', county: 'county',
  county_city: 'county', banner: 'county', zone: 'zone', other: null,
};

/** The dataset's level of a place: by its kind (a county-level city is a county-level unit), else by its level. */
export function levelOfPlace(p: Place): Level {
  return LEVEL_OF_KIND[p.kind] ?? (p.level === 'county' ? 'county' : p.level);
}

/** `cn.<code>` (a place without a code: its gazetteer id); a department: `cn.<code>.<hash of its name>`. */
export function placeJurisdictionId(pick: PlacePick): string {
  const base = pick.place.code ? `cn.${pick.place.code}` : pick.place.id;
  return pick.department ? `${base}.${hashId(pick.department)}` : base;
}

const DEPARTMENT_NAME = /(?:局|厅|委员会|办公室|院|中心|所|站|队|处|署)$/;

/**
 * The stored jurisdiction a pick joins: the one of its id, else the one with the place's code — for a department
 * the one of that code named after the department, for the place itself one not named after a department.
 */
export function storedJurisdictionFor(pick: PlacePick, known: readonly Jurisdiction[]): Jurisdiction | undefined {
  const id = placeJurisdictionId(pick);
  const byId = known.find((j) => j.id === id);
  if (byId || !pick.place.code) return byId;
  const same = known.filter((j) => j.code === pick.place.code);
  const dep = pick.department;
  return dep ? same.find((j) => j.name.zh.endsWith(dep)) : same.find((j) => !DEPARTMENT_NAME.test(j.name.zh));
}

/** 常州市武进区, 北京市朝阳区, 苏州工业园区: the full name without the province (a municipality stays). */
function localName(p: Place, province: Place | undefined): string {
  if (!province || province === p || province.kind === 'municipality') return p.fullName;
  return p.fullName.startsWith(province.name.zh) ? p.fullName.slice(province.name.zh.length) : p.fullName;
}

/** A new jurisdiction for a pick: id, code, names from the gazetteer, level, province, parent (the city). */
export function newJurisdictionFor(pick: PlacePick, g: Pick<Gazetteer, 'byId'>): Jurisdiction {
  const p = pick.place;
  const dep = pick.department ?? '';
  const province = p.province ? g.byId(p.province.id) : p.kind === 'province' || p.kind === 'municipality' ? p : undefined;
  const city = p.city && p.city.id !== p.id ? g.byId(p.city.id) : undefined;
  const zh = localName(p, province) + dep;
  const en = p.name.en !== p.name.zh ? p.name.en + (dep ? ` ${dep}` : '') : zh;
  const j: Jurisdiction = {
    id: placeJurisdictionId(pick),
    name: { zh, en },
    short: { zh: p.short + dep, en: dep ? en : p.name.en !== p.name.zh ? p.name.en : p.short },
    level: levelOfPlace(p),
    province: province ? { zh: province.short, en: province.name.en } : { zh: '未注明', en: 'not given' },
    note: dep
      ? { zh: `${dep},服务于${p.fullName}(代码 ${p.code ?? '无'});由添加报告的人从行政区划中选定。`, en: `A department (${dep}) serving ${p.fullName} (code ${p.code ?? 'none'}); chosen from the gazetteer by the person who added the report.` }
      : { zh: `由添加报告的人从行政区划中选定(${p.fullName})。`, en: `Chosen from the gazetteer by the person who added the report (${p.fullName}).` },
  };
  if (p.code) j.code = p.code;
  const parent = dep ? placeJurisdictionId({ place: p }) : city?.id;
  if (parent) j.parent = parent;
  if (p.abolished) j.abolished = { year: p.abolished.year, note: p.abolished.note };
  return j;
}

/** The jurisdiction of a report whose place a person chose: the stored one of that place, else a new one. */
export const jurisdictionForPlace = (pick: PlacePick, g: Pick<Gazetteer, 'byId'>, known: readonly Jurisdiction[] = []): Jurisdiction =>
  storedJurisdictionFor(pick, known) ?? newJurisdictionFor(pick, g);


const YUAN: Bilingual = { zh: '元', en: 'yuan' };

/** English for the unit words of report-specific figures (a catalogue indicator brings its own). */
const UNIT_EN: Readonly<Record<string, string>> = {
  '%': '%', 元: 'yuan', 个百分点: 'percentage points', 百分点: 'percentage points', 件: 'items', 项: 'items', 个: 'units',
  人: 'persons', 名: 'persons', 人次: 'person-times', 次: 'times', 场: 'sessions', 场次: 'sessions', 家: 'entities',
  条: 'items', 份: 'copies', 篇: 'articles', 批: 'batches', 批次: 'batches', 期: 'issues', 年: 'years', 天: 'days',
  个月: 'months', 个工作日: 'working days', 工作日: 'working days', 小时: 'hours',
};

/** The unit of a figure as a dataset stores it: amounts in 元 (the extractor moves 万/亿 into the value). */
export function unitOf(unit: string, kind: MetricKind): Bilingual {
  if (kind === 'amount' || unit === '元') return YUAN;
  if (!unit) return { zh: '—', en: '—' };
  return { zh: unit, en: UNIT_EN[unit] ?? unit };
}

/** The id of a report-specific figure a person named: its area and a hash of the (Chinese) name. */
export const specificId = (area: Category, name: string): string => `${area}.specific_${hashId(name.trim())}`;

/** A report-specific metric a person named (or a remembered one): shown apart from the comparisons. */
export function specificMetric(id: string, area: Category, name: Bilingual, unit: string, kind: MetricKind): Metric {
  return {
    id,
    category: area,
    name: { zh: name.zh, en: name.en || name.zh },
    unit: unitOf(unit, kind),
    kind,
    better: 'neutral',
    specific: true,
    description: {
      zh: '本报告特有的数字,由添加报告的人命名;不与其他地区比较。',
      en: 'A figure of this report, named by the person who added it; not compared with other places.',
    },
  };
}

const unitSlug = (unit: string): string => (unit === '' ? 'none' : unit === '%' ? 'pct' : /^[A-Za-z0-9]+$/.test(unit) ? unit.toLowerCase() : hashId(unit));

/** The report-specific metric of the figures of an area, unit and kind that have no indicator. */
export function unclassifiedMetric(area: Category, unit = '', kind: MetricKind = 'count'): Metric {
  const name = CATEGORY_NAMES[area];
  const u = unitOf(unit, kind);
  const shown = unit || kind === 'amount';
  return {
    id: `${area}.unclassified_${kind}_${unitSlug(kind === 'amount' ? '元' : unit)}`,
    category: area,
    name: { zh: `未归类数字(${name.zh}${shown ? `,${u.zh}` : ''})`, en: `Unclassified figures (${name.en}${shown ? `, ${u.en}` : ''})` },
    unit: u,
    kind,
    better: 'neutral',
    specific: true,
    description: {
      zh: '自动提取、尚未归入标准指标的数字;口径各不相同,不可相互比较。',
      en: 'Figures extracted automatically and not assigned to a standard indicator; their scope differs, so they are not comparable.',
    },
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
  /** the file the text was read from */
  file?: Report['file'];
  /** the publication date the file states (YYYY, YYYY-MM or YYYY-MM-DD) */
  published?: string;
  /** the indicator catalogue: a candidate's indicator found here is defined from it */
  indicators: readonly Indicator[];
  /** names of the report-specific figures the candidates use (a candidate's indicator → its name) */
  named?: ReadonlyMap<string, Bilingual>;
  practices: readonly Practice[];
  result: ExtractResult;
  reportId: string;
}

/** The metric a candidate becomes: its indicator, the report-specific figure it was named, or its area's unclassified. */
export function metricOf(c: Candidate, indicators: ReadonlyMap<string, Indicator>, named?: ReadonlyMap<string, Bilingual>): Metric {
  const known = indicatorMetric(c.indicator, indicators);
  if (known) return known;
  const name = named?.get(c.indicator);
  return name ? specificMetric(c.indicator, c.category, name, c.unit, c.kind) : unclassifiedMetric(c.category, c.unit, c.kind);
}

function observationOf(c: Candidate, id: string, metric: string, reportId: string): Observation {
  const o: Observation = {
    id,
    report: reportId,
    metric,
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
}

export function toDataset(x: ExtractedDatasetInput): DatasetInput {
  const report: Report = { id: x.reportId, jurisdiction: x.jurisdiction.id, period: x.period, title: x.title, source: x.source, script: x.script, text: x.text };
  if (x.textSimplified !== undefined && x.textSimplified !== x.text) report.textSimplified = x.textSimplified;
  if (x.published) report.published = x.published;
  if (x.file) report.file = x.file;
  const metrics = new Map<string, Metric>();
  const seen = new Map<string, number>();
  const byId = new Map(x.indicators.map((i) => [i.id, i]));
  const observations = x.result.observations.map((c) => {
    const m = metricOf(c, byId, x.named);
    if (!metrics.has(m.id)) metrics.set(m.id, m);
    const base = `${x.reportId}.${m.id}.${c.period}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return observationOf(c, n === 1 ? base : `${base}.${n}`, m.id, x.reportId);
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
