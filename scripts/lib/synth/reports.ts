/**
 * One generated report: its text, a section per category with a sentence per stated figure (now and then with
 * the previous year's figure), and its observations — every quote verbatim at its offset; a derived figure's
 * quote spans the sentences of its inputs. Random numbers are drawn in a fixed order, so a seed gives the same
 * reports.
 */
import { computeDerived } from '../../../src/model/derived';
import type { Category, Jurisdiction, Observation, Qualifier, Report } from '../../../src/model/schema';
import { writeFigure, ZH_NUM, type WrittenFigure } from './figures';
import { HEADINGS, type MetricTemplate } from './metrics';

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

/** What every report is written from. */
export interface ReportModel {
  /** the metrics in the order of the report text: by category, in template order within one */
  textOrder: readonly MetricTemplate[];
  /** the metrics that are inputs of a derived one */
  inputIds: ReadonlySet<string>;
  /** a template's position among the chosen metrics (observation ids use it) */
  metricIndex: ReadonlyMap<string, number>;
  trueValue: (j: number, m: MetricTemplate, y: number) => number;
  rnd: () => number;
  stats: GenerateStats;
  /** (jurisdiction-year × metric) cells seen, and those without a figure */
  tally: { cells: number; gaps: number };
}

/** A figure stated in the text, and the span of its sentence (a derived figure's quote spans its inputs'). */
interface Placed {
  o: Observation;
  start: number;
  end: number;
}

/** The report being written. */
interface Draft {
  ji: number;
  y: number;
  /** how much the jurisdiction tends to report */
  diligence: number;
  reportId: string;
  text: string;
  obs: Observation[];
  byMetric: Map<string, Placed>;
  heading: number;
  lastCat: Category | null;
}

/** The report of jurisdiction `j` (index `ji`) for year `y`, and its observations. */
export function writeReport(
  model: ReportModel,
  j: Jurisdiction,
  ji: number,
  y: number,
  diligence: number,
): { report: Report; observations: Observation[] } {
  const { rnd, stats, tally } = model;
  const reportId = `${j.id}.${y}`;
  const d: Draft = {
    ji,
    y,
    diligence,
    reportId,
    text: `${y}年,${j.name.zh}全面推进法治政府建设。\n`,
    obs: [],
    byMetric: new Map(),
    heading: 0,
    lastCat: null,
  };
  for (const m of model.textOrder) {
    tally.cells++;
    const written = m.derive ? addDerived(model, d, m) : addStated(model, d, m);
    if (!written) tally.gaps++;
  }
  d.text += '\n';
  for (const o of d.obs) stats.qualifiers[o.qualifier]++;
  const report: Report = {
    id: reportId,
    jurisdiction: j.id,
    period: y,
    title: `${j.name.zh}${y}年法治政府建设年度报告`,
    published: `${y + 1}-0${1 + Math.floor(rnd() * 3)}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
    source: `${reportId}.txt`,
    script: 'simplified',
    text: d.text,
  };
  return { report, observations: d.obs };
}

/** A derived figure over sentences already written; false (a gap) when an input is missing or it is left out. */
function addDerived(model: ReportModel, d: Draft, m: MetricTemplate): boolean {
  const derive = m.derive!;
  const ins = derive.inputs.map((id) => d.byMetric.get(id));
  if (ins.some((x) => !x) || model.rnd() > m.coverage) return false;
  const inputs = ins as Placed[];
  if (derive.formula === 'ratio_pct' && inputs[1]!.o.value === 0) return false;
  const { value, qualifier } = computeDerived(derive.formula, inputs.map((x) => x.o));
  // rounded or approximate inputs (1.2万余 of 1.1万) can give a share over 100 %, which no report states: left out
  if (derive.formula === 'ratio_pct' && value > 100) return false;
  const start = Math.min(...inputs.map((x) => x.start));
  const end = Math.max(...inputs.map((x) => x.end));
  const o: Observation = {
    id: `${d.reportId}.${model.metricIndex.get(m.id)}`,
    report: d.reportId,
    metric: m.id,
    period: d.y,
    value,
    qualifier,
    quote: d.text.slice(start, end),
    offset: start,
    derived: { formula: derive.formula, inputs: inputs.map((x) => x.o.id) },
  };
  d.obs.push(o);
  model.stats.derived++;
  return true;
}

/** A sentence stating the metric's figure (under its category's heading); false (a gap) when it is left out. */
function addStated(model: ReportModel, d: Draft, m: MetricTemplate): boolean {
  const { rnd } = model;
  if (rnd() > m.coverage * d.diligence * COVERAGE_SCALE) return false;
  if (m.category !== d.lastCat) {
    if (d.lastCat !== null) d.text += '\n';
    d.lastCat = m.category;
    d.text += `${ZH_NUM[d.heading++ % ZH_NUM.length]}、${HEADINGS[m.category]}\n`;
  }
  const isInput = model.inputIds.has(m.id);
  const w = writeFigure(m.style, model.trueValue(d.ji, m, d.y), m.unit[0], rnd, isInput && (m.style !== 'count' || rnd() < 0.85));
  const start = d.text.length;
  const clause = `${m.say}${w.figure}`;
  let sentence = clause;
  let prev: WrittenFigure | null = null;
  const cite = m.cites ? CITE_OFTEN : (m.style === 'count' || m.style === 'amount') && !m.shareOf ? CITE_SOMETIMES : 0;
  if (rnd() < cite) {
    prev = writeFigure(m.style, model.trueValue(d.ji, m, d.y - 1), m.unit[0], rnd);
    sentence += `,上年为${prev.figure}`;
  }
  d.text += sentence;
  const end = d.text.length;
  d.text += '。';
  const o: Observation = {
    id: `${d.reportId}.${model.metricIndex.get(m.id)}`,
    report: d.reportId,
    metric: m.id,
    period: d.y,
    value: w.value,
    qualifier: w.qualifier,
    ...(w.valueMax !== undefined ? { valueMax: w.valueMax } : {}),
    quote: clause,
    offset: start,
    figure: w.figure,
  };
  d.obs.push(o);
  d.byMetric.set(m.id, { o, start, end });
  if (prev) {
    d.obs.push({
      id: `${o.id}p`,
      report: d.reportId,
      metric: m.id,
      period: d.y - 1,
      value: prev.value,
      qualifier: prev.qualifier,
      ...(prev.valueMax !== undefined ? { valueMax: prev.valueMax } : {}),
      quote: sentence,
      offset: start,
      figure: prev.figure,
    });
    model.stats.previousYear++;
  }
  return true;
}
