/**
 * Assembles the bundled dataset from the curated sources in data/ (see data/README.md).
 * Values are never typed: each comes from parsing the figure as written in its quote, and
 * derived figures are computed from their inputs.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { asMeasure, parseFigureInQuote } from '../../src/model/numbers';
import { indicatorMetric } from '../../src/model/indicator-metric';
import type { Indicator } from '../../src/model/indicators';
import { loadIndicatorCatalogue } from './indicators';
import { computeDerived } from '../../src/model/derived';
import { findMentions } from '../../src/model/practices';
import {
  FORMAT,
  FORMAT_VERSION,
  type DatasetInput,
  type Jurisdiction,
  type Metric,
  type Observation,
  type Practice,
  type QualityNote,
  type Report,
  type Bilingual,
  type Caveat,
} from '../../src/model/schema';

export interface ReportMeta {
  id: string;
  jurisdiction: string;
  period: number;
  title: string;
  titleNote?: string;
  publisher?: string;
  published?: string;
  script: 'simplified' | 'traditional';
  source: string;
  notes: { kind: QualityNote['kind']; find: string; note: Bilingual }[];
}

export interface CuratedObservation {
  metric: string;
  quote: string;
  figure: string;
  period?: number;
  /** 1-based, when the figure stands more than once in the quote */
  occurrence?: number;
  /** 1-based, when the quote stands more than once in the text */
  quoteOccurrence?: number;
  note?: Bilingual;
  /** why this figure is not like-for-like with its indicator (累计, 截至9月底, 成功调处 only …) */
  caveats?: Caveat[];
}

export interface CuratedDerived {
  report: string;
  metric: string;
  formula: 'ratio_pct' | 'difference' | 'sum';
  /** metric ids of the inputs, resolved within the same report and period */
  inputs: string[];
  period?: number;
  note?: Bilingual;
}

export class CurationError extends Error {}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function nthIndexOf(hay: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function countOf(hay: string, needle: string): number {
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) n++;
  return n;
}

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

/** Reads and checks every source; throws a CurationError listing all problems found, in file order. */
export function assembleDataset(dataDir: string): DatasetInput {
  const problems: string[] = [];
  const jurisdictions = readJson<Jurisdiction[]>(join(dataDir, 'jurisdictions.json'));
  const catalogue = loadIndicatorCatalogue(join(dataDir, 'indicators'));
  const specific = readMetrics(join(dataDir, 'metrics'), problems);
  const metricById = metricResolver(catalogue.indicators, specific);
  const practices = readJson<Practice[]>(join(dataDir, 'practices.json'));

  const reports: Report[] = [];
  const observations: Observation[] = [];
  const reportDir = join(dataDir, 'reports');
  const metas = readdirSync(reportDir)
    .filter((f) => f.endsWith('.meta.json'))
    .sort()
    .map((f) => readJson<ReportMeta>(join(reportDir, f)));
  for (const meta of metas) {
    const report = readReport(reportDir, meta, problems);
    reports.push(report);
    const obsFile = join(dataDir, 'observations', `${meta.id}.json`);
    const curated = existsSync(obsFile) ? readJson<CuratedObservation[]>(obsFile) : [];
    curated.forEach((c, i) => {
      const o = curatedObservation(c, `observations/${meta.id}.json[${i}]`, meta, report.text, metricById, observations, problems);
      if (o) observations.push(o);
    });
  }

  const derivedFile = join(dataDir, 'derived.json');
  const derived = existsSync(derivedFile) ? readJson<CuratedDerived[]>(derivedFile) : [];
  derived.forEach((d, i) => {
    const o = derivedObservation(d, `derived.json[${i}]`, reports, observations, problems);
    if (o) observations.push(o);
  });

  const mentions = findMentions(reports, practices);

  if (problems.length) throw new CurationError(`${problems.length} problem(s) in data/:\n- ${problems.join('\n- ')}`);
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    id: 'bundled',
    title: { zh: '五份法治政府建设报告(内置数据)', en: 'Five rule-of-law government reports (bundled)' },
    description: {
      zh: '武进区、苏州工业园区、江干区、南通市、吕梁市的法治政府建设报告,逐条摘录数字与原文句子。',
      en: 'Rule-of-law government reports of Wujin, Suzhou Industrial Park, Jianggan, Nantong and Lüliang, every figure with its sentence.',
    },
    jurisdictions,
    reports,
    metrics: usedMetrics(observations, metricById, catalogue.indicators),
    observations,
    practices,
    mentions,
  };
}

/** The report-specific metrics (data/metrics/*.json): figures of one report that no catalogue indicator states. */
function readMetrics(metricDir: string, problems: string[]): Metric[] {
  const metrics: Metric[] = [];
  const metricFiles = existsSync(metricDir) ? readdirSync(metricDir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const f of metricFiles) {
    for (const m of readJson<Metric[]>(join(metricDir, f))) {
      if (metrics.some((x) => x.id === m.id)) problems.push(`metrics/${f}: metric "${m.id}" is defined twice`);
      else if (m.specific !== true) problems.push(`metrics/${f}: metric "${m.id}" must say "specific": true (indicators come from data/indicators/)`);
      else metrics.push(m);
    }
  }
  return metrics;
}

/** Metric id → its definition: a report-specific metric, else the catalogue indicator (or a change of one). */
function metricResolver(indicators: readonly Indicator[], specific: readonly Metric[]): ReadonlyMap<string, Metric> {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const own = new Map(specific.map((m) => [m.id, m]));
  const made = new Map<string, Metric>();
  return {
    get: (id: string) => {
      const m = own.get(id) ?? made.get(id) ?? indicatorMetric(id, byId);
      if (m && !own.has(id)) made.set(id, m);
      return m;
    },
  } as ReadonlyMap<string, Metric>;
}

/**
 * The metrics the observations use: those more reports state first (the order views offer them in), then in
 * catalogue order; report-specific metrics last.
 */
function usedMetrics(observations: readonly Observation[], metricById: ReadonlyMap<string, Metric>, indicators: readonly Indicator[]): Metric[] {
  const reports = new Map<string, Set<string>>();
  for (const o of observations) {
    let s = reports.get(o.metric);
    if (!s) reports.set(o.metric, (s = new Set()));
    s.add(o.report);
  }
  const order = new Map(indicators.map((i, k) => [i.id, k]));
  const rank = (id: string) => order.get(id.replace(/\.change(?:_pp)?$/, '')) ?? Infinity;
  return [...reports.keys()]
    .map((id) => metricById.get(id)!)
    .sort(
      (a, b) =>
        Number(a.specific === true) - Number(b.specific === true) ||
        reports.get(b.id)!.size - reports.get(a.id)!.size ||
        rank(a.id) - rank(b.id) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** A report with its text, its quality notes placed in the text, and a simplified rendering of a traditional one. */
function readReport(reportDir: string, meta: ReportMeta, problems: string[]): Report {
  const text = readFileSync(join(reportDir, meta.source), 'utf8');
  const notes: QualityNote[] = meta.notes.map((n) => {
    const offset = text.indexOf(n.find);
    if (offset < 0) problems.push(`${meta.id}: note text not found: ${n.find}`);
    return { kind: n.kind, offset: Math.max(0, offset), length: n.find.length, note: n.note };
  });
  const report: Report = {
    id: meta.id,
    jurisdiction: meta.jurisdiction,
    period: meta.period,
    title: meta.title,
    source: meta.source,
    script: meta.script,
    text,
    notes,
  };
  if (meta.published) report.published = meta.published;
  if (meta.publisher) report.publisher = meta.publisher;
  if (meta.script === 'traditional') {
    const simplified = t2s(text);
    if (simplified.length !== text.length) problems.push(`${meta.id}: simplified rendering changed the length`);
    report.textSimplified = simplified;
  }
  return report;
}

/**
 * A curated figure as an observation: its quote found in the report text, its value parsed from the figure as
 * written. Null (and a problem) when it cannot be; `earlier`: the observations so far, which must not repeat it.
 */
function curatedObservation(
  c: CuratedObservation,
  where: string,
  meta: ReportMeta,
  text: string,
  metricById: ReadonlyMap<string, Metric>,
  earlier: readonly Observation[],
  problems: string[],
): Observation | null {
  const fail = (problem: string) => {
    problems.push(problem);
    return null;
  };
  const metric = metricById.get(c.metric);
  if (!metric) return fail(`${where}: unknown metric "${c.metric}"`);
  const offset = nthIndexOf(text, c.quote, c.quoteOccurrence ?? 1);
  if (offset < 0) return fail(`${where}: quote not found in ${meta.source}: ${c.quote}`);
  if (!c.quoteOccurrence && countOf(text, c.quote) > 1)
    problems.push(`${where}: quote stands ${countOf(text, c.quote)} times; give quoteOccurrence`);
  const figAt = nthIndexOf(c.quote, c.figure, c.occurrence ?? 1);
  if (figAt < 0) return fail(`${where}: figure "${c.figure}" not in quote`);
  if (!c.occurrence && countOf(c.quote, c.figure) > 1)
    problems.push(`${where}: figure "${c.figure}" stands ${countOf(c.quote, c.figure)} times in the quote; give occurrence`);
  const read = parseFigureInQuote(c.quote, c.figure, c.occurrence ?? 1);
  if (!read) return fail(`${where}: no number in figure "${c.figure}"`);
  const parsed = asMeasure(read, metric.kind);
  if ((metric.unit.zh === '%') !== parsed.percent)
    problems.push(`${where}: metric "${metric.id}" has unit "${metric.unit.zh}" but figure "${c.figure}" is${parsed.percent ? '' : ' not'} a percentage`);
  const period = c.period ?? meta.period;
  const id = `${meta.id}.${c.metric}.${period}`;
  if (earlier.some((o) => o.id === id))
    return fail(`${where}: a second figure for ${c.metric} ${period} in ${meta.id}; use another metric or leave out the repeat`);
  const o: Observation = {
    id,
    report: meta.id,
    metric: c.metric,
    period,
    value: parsed.value,
    qualifier: parsed.qualifier,
    quote: c.quote,
    offset,
    figure: c.figure,
  };
  if (parsed.valueMax !== undefined) o.valueMax = parsed.valueMax;
  if (c.note) o.note = c.note;
  if (c.caveats) o.caveats = c.caveats;
  return o;
}

/** A derived figure computed from its inputs in the same report and period; its quote spans theirs. */
function derivedObservation(
  d: CuratedDerived,
  where: string,
  reports: readonly Report[],
  observations: readonly Observation[],
  problems: string[],
): Observation | null {
  const report = reports.find((r) => r.id === d.report);
  if (!report) {
    problems.push(`${where}: unknown report ${d.report}`);
    return null;
  }
  const period = d.period ?? report.period;
  const inputs = d.inputs.map((m) => observations.find((o) => o.report === d.report && o.metric === m && o.period === period));
  if (inputs.some((x) => !x)) {
    problems.push(`${where}: an input of ${d.metric} is missing`);
    return null;
  }
  const ins = inputs as Observation[];
  const result = computeDerived(d.formula, ins);

  const start = Math.min(...ins.map((x) => x.offset));
  const end = Math.max(...ins.map((x) => x.offset + x.quote.length));
  const o: Observation = {
    id: `${d.report}.${d.metric}.${period}`,
    report: d.report,
    metric: d.metric,
    period,
    value: result.value,
    qualifier: result.qualifier,
    quote: report.text.slice(start, end),
    offset: start,
    derived: { formula: d.formula, inputs: ins.map((x) => x.id) },
  };
  if (d.note) o.note = d.note;
  return o;
}
