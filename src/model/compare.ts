/**
 * Comparison table → panels (no pixels, no chart library). A panel is one category and one unit: x = metrics,
 * series = jurisdictions. Missing figures are explicit cells with a reason, never zero.
 */
import type { Category, Metric, Observation, Qualifier } from './schema';
import type { PerCapitaFigure, Population } from './per-capita-types';

export interface LocatedObservation extends Observation {
  jurisdiction: string;
  dataset: string;
}

export interface ReportedCell {
  status: 'reported';
  value: number;
  valueMax?: number | undefined;
  qualifier: Qualifier;
  period: number;
  derived: boolean;
  observation: LocatedObservation;
  /** per 10,000 residents (src/model/per-capita.ts): value and valueMax are then the per-head ones */
  perCapita?: PerCapitaFigure | undefined;
  /** nearest year: the figure is of the year before or after the one asked (its own year is `period`) */
  adjacent?: boolean | undefined;
}

export type Cell =
  | ReportedCell
  /**
   * `period`: the year asked (null: any). `otherYears`: with a year asked, the years in which the place does report
   * the metric (the gap then says "no 2022 figure (2023 available)" rather than a bare "not reported")
   */
  | { status: 'not_reported'; period: number | null; otherYears?: readonly number[] | undefined }
  /** per 10,000 residents, of a place without population (no code, or one the gazetteer does not know) */
  | { status: 'no_population'; period: number; raw: ReportedCell };

export interface Panel {
  key: string;
  category: Category;
  unit: Metric['unit'];
  metrics: Metric[];
  jurisdictions: string[];
  /** each jurisdiction's position among the chosen ones (its colour stays the same in every panel) */
  placeIndex: number[];
  /** cells[metricIndex][jurisdictionIndex] */
  cells: Cell[][];
  periods: number[];
  /** the figures drawn are of more than one year (the panel warns) */
  mixedPeriods: boolean;
  /** the year asked (null: each figure's latest, or per metric the common year) */
  year: number | null;
  /** some figure stands in from the year before or after the one asked (nearest year) */
  adjacent: boolean;
  /** chosen places left out of the panel because they report none of its metrics in any year (automatic choice) */
  absent: string[];
  /**
   * Set when figures per 10,000 residents were asked for: divided (every metric a count or an amount; the unit is
   * then per 10,000 residents) or left as they are, and each jurisdiction's population (null: none known).
   */
  perCapita?: { divided: boolean; populations: (Population | null)[] } | undefined;
}

export interface CompareQuery {
  jurisdictions: readonly string[];
  metrics: readonly Metric[];
  /** a fixed year, or null for each figure's latest period */
  year: number | null;
  /** with year null: per metric, use the one year most of the jurisdictions reported (ties: the later) */
  sameYear: boolean;
  /**
   * with a year: a place without a figure that year shows its figure of the year before or after (the later when
   * it has both), marked `adjacent`
   */
  nearYear?: boolean | undefined;
  /** leave out of each panel the places that report none of its metrics in any year (listed in `absent`) */
  dropSilent?: boolean | undefined;
  /** with dropSilent: places always drawn (a peer group's focus), gaps and all */
  keep?: readonly string[] | undefined;
}

function pickIn(list: readonly LocatedObservation[], year: number | null): LocatedObservation | undefined {
  let best: LocatedObservation | undefined;
  for (const o of list) {
    if (year !== null && o.period !== year) continue;
    if (!best || o.period > best.period || (o.period === best.period && !o.derived && best.derived)) best = o;
  }
  return best;
}

/** The figure of `year` (any year: the latest); with `near`, failing that, of the year after, then the year before. */
function pick(list: readonly LocatedObservation[], year: number | null, near: boolean): LocatedObservation | undefined {
  const exact = pickIn(list, year);
  if (exact || year === null || !near) return exact;
  return pickIn(list, year + 1) ?? pickIn(list, year - 1);
}

function commonYear(byJur: Map<string, LocatedObservation[]>, jurisdictions: readonly string[]): number | null {
  const count = new Map<number, number>();
  for (const j of jurisdictions) {
    const years = new Set((byJur.get(j) ?? []).map((o) => o.period));
    for (const y of years) count.set(y, (count.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, c] of count) {
    if (best === null || c > count.get(best)! || (c === count.get(best)! && y > best)) best = y;
  }
  return best;
}

export function buildPanels(observations: readonly LocatedObservation[], q: CompareQuery): Panel[] {
  const index = new Map<string, Map<string, LocatedObservation[]>>();
  for (const o of observations) {
    let byJur = index.get(o.metric);
    if (!byJur) index.set(o.metric, (byJur = new Map()));
    let list = byJur.get(o.jurisdiction);
    if (!list) byJur.set(o.jurisdiction, (list = []));
    list.push(o);
  }
  const panels = new Map<string, Panel>();
  for (const m of q.metrics) {
    const key = `${m.category}|${m.unit.zh}`;
    let panel = panels.get(key);
    if (!panel) {
      panel = {
        key,
        category: m.category,
        unit: m.unit,
        metrics: [],
        jurisdictions: [...q.jurisdictions],
        placeIndex: q.jurisdictions.map((_, i) => i),
        cells: [],
        periods: [],
        mixedPeriods: false,
        year: q.year,
        adjacent: false,
        absent: [],
      };
      panels.set(key, panel);
    }
    const byJur = index.get(m.id) ?? new Map<string, LocatedObservation[]>();
    const year = q.year ?? (q.sameYear ? commonYear(byJur, q.jurisdictions) : null);
    const near = q.nearYear === true && q.year !== null;
    const row: Cell[] = q.jurisdictions.map((j) => {
      const list = byJur.get(j) ?? [];
      const o = pick(list, year, near);
      if (!o) {
        const otherYears = year === null ? [] : [...new Set(list.map((x) => x.period))].sort((a, b) => a - b);
        return otherYears.length ? { status: 'not_reported', period: year, otherYears } : { status: 'not_reported', period: year };
      }
      return {
        status: 'reported',
        value: o.value,
        valueMax: o.valueMax,
        qualifier: o.qualifier,
        period: o.period,
        derived: o.derived !== undefined,
        observation: o,
        ...(year !== null && o.period !== year ? { adjacent: true } : {}),
      };
    });
    panel.metrics.push(m);
    panel.cells.push(row);
  }
  const out = [...panels.values()].map((p) => (q.dropSilent ? dropSilent(p, new Set(q.keep)) : p));
  for (const p of out) {
    const periods = new Set<number>();
    for (const row of p.cells) for (const c of row) if (c.status === 'reported') periods.add(c.period);
    p.periods = [...periods].sort((a, b) => a - b);
    p.mixedPeriods = p.periods.length > 1;
    p.adjacent = p.cells.some((row) => row.some((c) => c.status === 'reported' && c.adjacent === true));
  }
  return out;
}

/** A place reports a cell's metric in some year: a figure, or a gap that names the years it has. */
const speaks = (c: Cell): boolean => c.status !== 'not_reported' || (c.otherYears?.length ?? 0) > 0;

/** The panel without the places that report none of its metrics in any year (kept when none would be left). */
function dropSilent(p: Panel, always: ReadonlySet<string>): Panel {
  const keep = p.jurisdictions.map((j, ji) => always.has(j) || p.cells.some((row) => speaks(row[ji]!)));
  if (!keep.some(Boolean)) return p;
  return {
    ...p,
    jurisdictions: p.jurisdictions.filter((_, ji) => keep[ji]),
    placeIndex: p.placeIndex.filter((_, ji) => keep[ji]),
    cells: p.cells.map((row) => row.filter((_, ji) => keep[ji])),
    absent: p.jurisdictions.filter((_, ji) => !keep[ji]),
  };
}

/** Per metric, the chosen jurisdictions that report it (a figure in any year). */
export function metricReporters(observations: readonly LocatedObservation[], jurisdictions: readonly string[]): Map<string, Set<string>> {
  const wanted = new Set(jurisdictions);
  const coverage = new Map<string, Set<string>>();
  for (const o of observations) {
    if (!wanted.has(o.jurisdiction)) continue;
    let s = coverage.get(o.metric);
    if (!s) coverage.set(o.metric, (s = new Set()));
    s.add(o.jurisdiction);
  }
  return coverage;
}

/**
 * The metrics a comparison shows when the user has not picked any: per category, the metric reported by the most
 * of the chosen jurisdictions, then more metrics of the same unit (widest first) up to `perCategory` — so each
 * category gives one readable panel, with measures that differ between reports side by side. Only metrics at least
 * `minReporters` of the chosen jurisdictions report are drawn (a metric of one place would be a bar among gaps).
 */
export function defaultMetrics(
  metrics: readonly Metric[],
  categories: readonly Category[],
  observations: readonly LocatedObservation[],
  jurisdictions: readonly string[],
  perCategory = 5,
  minReporters = 1,
): Metric[] {
  const coverage = metricReporters(observations, jurisdictions);
  const least = Math.max(1, minReporters);
  const out: Metric[] = [];
  for (const c of categories) {
    const ranked = metrics
      .map((m, i) => ({ m, i, n: coverage.get(m.id)?.size ?? 0 }))
      .filter((x) => x.m.category === c && x.n >= least)
      .sort((a, b) => b.n - a.n || a.i - b.i);
    const first = ranked[0];
    if (!first) continue;
    const picked = ranked.filter((x) => x.m.unit.zh === first.m.unit.zh).slice(0, perCategory);
    out.push(...picked.sort((a, b) => a.i - b.i).map((x) => x.m));
  }
  return out;
}

/** How many of the chosen places a comparable metric needs: two (one when a single place is chosen). */
export const comparableReporters = (jurisdictions: readonly unknown[]): number => Math.min(2, Math.max(1, jurisdictions.length));

/** The metrics drawn by default: those at least two of the chosen places report (`defaultMetrics`). */
export function comparableMetrics(
  metrics: readonly Metric[],
  categories: readonly Category[],
  observations: readonly LocatedObservation[],
  jurisdictions: readonly string[],
): Metric[] {
  return defaultMetrics(metrics, categories, observations, jurisdictions, 5, comparableReporters(jurisdictions));
}
