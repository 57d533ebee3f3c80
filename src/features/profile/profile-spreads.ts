/**
 * The profile's figures against all places that report the same metric (or a peer group), pure: which spreads to
 * read (a metric and a year per figure, nearest year for the places without one), where each figure stands
 * (per 10,000 residents when the spread is; a lower bound's percentile "at least"), what it says, and the
 * columns it adds to an exported row.
 */
import './register-strings';
import type { LocatedObservation } from '../../model/compare';
import type { Spread, Standing } from '../../model/distribution';
import { sortedFigures, standingAmongSorted } from './sorted-standing';
import type { Lang } from '../../model/format';
import { perCapitaFigure, type Population } from '../../model/per-capita';
import type { Metric } from '../../model/schema';
import { isSpecific } from '../../model/specific';
import type { SpreadRequest } from '../../model/spreads';
import type { ExportRow } from '../../formats/export/rows';
import { translator } from '../../i18n';
import { spreadNumber, spreadUnit } from '../../ui/spread-text';

export const spreadKey = (metric: string, period: number): string => `${metric}|${period}`;

/** One request per metric and year of the place's figures of shared metrics. */
export function figureRequests(observations: readonly LocatedObservation[], metrics: ReadonlyMap<string, Metric>): SpreadRequest[] {
  const seen = new Set<string>();
  const out: SpreadRequest[] = [];
  for (const o of observations) {
    const m = metrics.get(o.metric);
    const key = spreadKey(o.metric, o.period);
    if (!m || isSpecific(m) || seen.has(key)) continue;
    seen.add(key);
    out.push({ metric: o.metric, year: o.period });
  }
  return out;
}

export type FigureSpread =
  /** fewer than three places report it (this one included) */
  | { status: 'few'; n: number; spread: Spread }
  /** the spread is per head and the place has no population */
  | { status: 'no_population'; spread: Spread }
  | {
      status: 'placed';
      spread: Spread;
      standing: Standing;
      /** the figure as placed (per head when the spread is), a range's upper end */
      value: number;
      valueMax?: number | undefined;
      /** the figure is derived or divided by population (*) */
      marked: boolean;
      /** the lowest and highest of all the figures, this one's included (the small box's scale) */
      min: number;
      max: number;
    };

/**
 * Where the place's figure stands among the others' (`spread`, the place left out). `population`: per head asked
 * for, the place's (null: none); undefined when figures are as reported.
 */
export function figureSpread(o: Pick<LocatedObservation, 'value' | 'qualifier' | 'valueMax' | 'derived'>, spread: Spread, population: Population | null | undefined): FigureSpread {
  let f: { value: number; qualifier: LocatedObservation['qualifier']; valueMax?: number | undefined } = o;
  if (spread.perCapita) {
    if (!population) return { status: 'no_population', spread };
    f = perCapitaFigure(o, population);
  }
  // the others' figures sorted once per spread: a place's hundreds of figures are each placed among thousands
  const sorted = sortedFigures(spread.values);
  const standing = standingAmongSorted(f, sorted);
  if (!standing) return { status: 'few', n: spread.values.length + 1, spread };
  const ends = [f.value, ...(f.valueMax !== undefined ? [f.valueMax] : [])];
  let min = Math.min(...ends);
  let max = Math.max(...ends);
  if (sorted.length) {
    if (sorted[0]! < min) min = sorted[0]!;
    if (sorted[sorted.length - 1]! > max) max = sorted[sorted.length - 1]!;
  }
  return { status: 'placed', spread, standing, value: f.value, valueMax: f.valueMax, marked: Boolean(o.derived) || spread.perCapita, min, max };
}

/** The percentile as said: "第 62 百分位(高于 62% 的其他报告地区)", "至少第 62 百分位…", with * when marked. */
export function percentileText(s: Extract<FigureSpread, { status: 'placed' }>, lang: Lang): string {
  const t = translator(lang);
  const { percentile: p, upper, bound } = s.standing;
  const text = bound === 'range' ? t('profile.spread.pct.range', { p, q: upper ?? p }) : t(`profile.spread.pct.${bound}`, { p });
  return s.marked ? `${text}*` : text;
}

/**
 * What a figure's spread says, in parts: the median, the middle half, the percentile, how many report (and how
 * many of them from a nearest year); or why there is no comparison. `group`: the peer group's name.
 */
export function figureSpreadParts(fs: FigureSpread, metric: Pick<Metric, 'unit'>, lang: Lang, group?: string): string[] {
  const t = translator(lang);
  if (fs.status === 'few') return [group ? t('profile.spread.fewPeers', { n: fs.n, group }) : t('profile.spread.few', { n: fs.n })];
  const unit = spreadUnit(metric.unit, fs.spread.perCapita, lang);
  const num = (v: number) => spreadNumber(v, lang);
  const dist = fs.status === 'placed' ? fs.standing.dist : fs.spread.dist;
  const n = fs.status === 'placed' ? fs.standing.dist.n : fs.spread.values.length;
  const count = group ? t('profile.spread.countPeers', { n, group }) : t('profile.spread.count', { n });
  const adjacent = fs.spread.adjacent > 0 ? `${lang === 'zh' ? ',' : ', '}${t('profile.spread.adjacent', { k: fs.spread.adjacent })}` : '';
  const parts = dist
    ? [t('profile.spread.median', { median: num(dist.median), unit }), t('profile.spread.middle', { q1: num(dist.q1), q3: num(dist.q3), unit })]
    : [];
  if (fs.status === 'placed') parts.push(percentileText(fs, lang));
  else parts.push(t('profile.spread.noPopulation'));
  parts.push(count + adjacent);
  return parts;
}

/** The parts as one sentence (for screen readers and notes). */
export const joinParts = (parts: readonly string[], lang: Lang): string => parts.join(lang === 'zh' ? ';' : '; ');

/** The columns a figure's spread adds to its exported row (SPREAD_COLUMNS). */
export function spreadColumns(fs: FigureSpread, scope: string): Partial<ExportRow> {
  if (fs.status === 'few') return { spreadScope: scope, spreadN: fs.n, median: null, q1: null, q3: null, percentile: null, percentileMax: null, percentileBound: '' };
  const dist = fs.status === 'placed' ? fs.standing.dist : fs.spread.dist;
  const placed = fs.status === 'placed' ? fs.standing : null;
  return {
    spreadScope: scope,
    spreadN: placed ? placed.dist.n : fs.spread.values.length,
    median: dist?.median ?? null,
    q1: dist?.q1 ?? null,
    q3: dist?.q3 ?? null,
    percentile: placed?.percentile ?? null,
    percentileMax: placed?.upper ?? null,
    percentileBound: placed?.bound ?? '',
  };
}
