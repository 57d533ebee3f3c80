/**
 * A national-scale synthetic `rol-compare/dataset` (for the benchmark and the large-data tests): thousands of
 * jurisdictions × years × metrics, with the texture of real reports — gaps, lower bounds (余/超), approximations
 * (近/约), upper bounds (不到), ranges, a report citing the previous year's figure, derived figures — and report
 * texts in which every quote stands verbatim at its offset. Deterministic for a seed (mulberry32). The places are
 * real (the gazetteer, data/gazetteer/: names, GB/T 2260 codes, parents) and counts and amounts scale with their
 * 2020 census population; the figures are invented. The only I/O: data/gazetteer/ is read once per process when
 * `places` is not given.
 *
 * The parts: the metrics (./metrics.ts), the places (./places.ts), the figures as written (./figures.ts), the
 * true values (./values.ts) and the reports (./reports.ts). Metric ids reuse the bundled dataset's ids where the
 * meaning is the same, so a generated dataset ranks together with the curated reports.
 */
import {
  CATEGORIES,
  FORMAT,
  FORMAT_VERSION,
  type Dataset,
  type Jurisdiction,
  type Metric,
  type Observation,
  type Report,
} from '../../../src/model/schema';
import { mulberry32 } from '../../../src/model/random';
import { METRIC_TEMPLATES, pickMetrics, type MetricTemplate } from './metrics';
import { catalogueKind } from '../../../src/model/indicator-ids';
import { writeFigure, type WrittenFigure } from './figures';
import { makePlaces, maxJurisdictions } from './places';
import type { Place } from '../../../src/model/gazetteer';
import { writeReport, type GenerateStats, type ReportModel } from './reports';
import { trueValues } from './values';

export { mulberry32, maxJurisdictions, METRIC_TEMPLATES, pickMetrics, writeFigure };
export type { GenerateStats, MetricTemplate, WrittenFigure };

export interface GenerateOptions {
  jurisdictions: number;
  years: number;
  metrics: number;
  seed: number;
  /** the last reported year (default 2024) */
  lastYear?: number;
  /** the gazetteer's places to draw from (default: data/gazetteer/) */
  places?: readonly Place[];
}

/**
 * Generates the dataset. The observation count is about jurisdictions × years × metrics: about 4% of reports
 * and 15% of metric cells are missing, and about 20% of counted figures come with the previous year's figure
 * in the same sentence, plus derived figures — the two roughly make up for the gaps.
 */
export function generateDataset(opts: GenerateOptions): { dataset: Dataset; stats: GenerateStats } {
  const rnd = mulberry32(opts.seed);
  const lastYear = opts.lastYear ?? 2024;
  const years = Array.from({ length: opts.years }, (_, i) => lastYear - opts.years + 1 + i);
  const templates = pickMetrics(opts.metrics);
  const { jurisdictions, relPopulation, key } = makePlaces(opts.jurisdictions, rnd, opts.places);
  const metrics = templates.map(metricOf);
  const model: ReportModel = {
    textOrder: CATEGORIES.flatMap((c) => templates.filter((m) => m.category === c)),
    inputIds: new Set(templates.flatMap((d) => d.derive?.inputs ?? [])),
    metricIndex: new Map(templates.map((m, i) => [m.id, i])),
    trueValue: trueValues(opts.seed, templates, relPopulation, key, years[0]!),
    rnd,
    stats: {
      observations: 0,
      reports: 0,
      derived: 0,
      previousYear: 0,
      qualifiers: { exact: 0, at_least: 0, at_most: 0, approx: 0, range: 0 },
      gapRate: 0,
    },
    tally: { cells: 0, gaps: 0 },
  };
  const reports: Report[] = [];
  const observations: Observation[] = [];
  for (let ji = 0; ji < jurisdictions.length; ji++) {
    const j = jurisdictions[ji]!;
    const diligence = 0.85 + 0.15 * rnd(); // how much a jurisdiction tends to report
    for (const y of years) {
      if (rnd() < 0.04) continue; // no report this year
      const written = writeReport(model, j, ji, y, diligence);
      observations.push(...written.observations);
      reports.push(written.report);
    }
  }
  const { stats, tally } = model;
  stats.observations = observations.length;
  stats.reports = reports.length;
  stats.gapRate = tally.cells ? Math.round((tally.gaps / tally.cells) * 1000) / 1000 : 0;
  return { dataset: datasetOf(opts, jurisdictions, reports, metrics, observations), stats };
}

/** A template as a metric: a catalogue indicator where the catalogue has one, else report-specific (`specific`). */
function metricOf(m: MetricTemplate): Metric {
  return {
    ...(catalogueKind(m.id) === m.kind ? {} : { specific: true as const }),
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
  };
}

function datasetOf(
  opts: GenerateOptions,
  jurisdictions: Jurisdiction[],
  reports: Report[],
  metrics: Metric[],
  observations: Observation[],
): Dataset {
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    id: `national-s${opts.seed}`,
    title: {
      zh: `全国规模合成数据(${opts.jurisdictions}地 × ${opts.years}年 × ${opts.metrics}项指标,种子${opts.seed})`,
      en: `National-scale synthetic data (${opts.jurisdictions} jurisdictions × ${opts.years} years × ${opts.metrics} metrics, seed ${opts.seed})`,
    },
    description: {
      zh: '由 npm run generate 生成的合成数据,用于性能测试;地名与区划代码取自2020年人口普查(data/gazetteer/),数字均为虚构,计数与金额随常住人口规模生成。',
      en: 'Synthetic data made by npm run generate for benchmarks; places and codes are real (2020 census, data/gazetteer/), the figures are fictitious, counts and amounts scaled to the resident population.',
    },
    created: `generated seed ${opts.seed}`,
    jurisdictions,
    reports,
    metrics,
    observations,
    practices: [],
    mentions: [],
  };
}
