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
}

export type Cell =
  | ReportedCell
  | { status: 'not_reported'; period: number | null }
  /** per 10,000 residents, of a place without population (no code, or one the gazetteer does not know) */
  | { status: 'no_population'; period: number; raw: ReportedCell };

export interface Panel {
  key: string;
  category: Category;
  unit: Metric['unit'];
  metrics: Metric[];
  jurisdictions: string[];
  /** cells[metricIndex][jurisdictionIndex] */
  cells: Cell[][];
  periods: number[];
  mixedPeriods: boolean;
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
}

function pick(list: readonly LocatedObservation[], year: number | null): LocatedObservation | undefined {
  let best: LocatedObservation | undefined;
  for (const o of list) {
    if (year !== null && o.period !== year) continue;
    if (!best || o.period > best.period || (o.period === best.period && !o.derived && best.derived)) best = o;
  }
  return best;
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
        cells: [],
        periods: [],
        mixedPeriods: false,
      };
      panels.set(key, panel);
    }
    const byJur = index.get(m.id) ?? new Map<string, LocatedObservation[]>();
    const year = q.year ?? (q.sameYear ? commonYear(byJur, q.jurisdictions) : null);
    const row: Cell[] = q.jurisdictions.map((j) => {
      const o = pick(byJur.get(j) ?? [], year);
      if (!o) return { status: 'not_reported', period: year };
      return {
        status: 'reported',
        value: o.value,
        valueMax: o.valueMax,
        qualifier: o.qualifier,
        period: o.period,
        derived: o.derived !== undefined,
        observation: o,
      };
    });
    panel.metrics.push(m);
    panel.cells.push(row);
  }
  for (const p of panels.values()) {
    const periods = new Set<number>();
    for (const row of p.cells) for (const c of row) if (c.status === 'reported') periods.add(c.period);
    p.periods = [...periods].sort((a, b) => a - b);
    p.mixedPeriods = p.periods.length > 1;
  }
  return [...panels.values()];
}

/**
 * The metrics a comparison shows when the user has not picked any: per category, the metric reported by the most
 * of the chosen jurisdictions, then more metrics of the same unit (widest first) up to `perCategory` — so each
 * category gives one readable panel, with measures that differ between reports side by side.
 */
export function defaultMetrics(
  metrics: readonly Metric[],
  categories: readonly Category[],
  observations: readonly LocatedObservation[],
  jurisdictions: readonly string[],
  perCategory = 5,
): Metric[] {
  const wanted = new Set(jurisdictions);
  const coverage = new Map<string, Set<string>>();
  for (const o of observations) {
    if (!wanted.has(o.jurisdiction)) continue;
    let s = coverage.get(o.metric);
    if (!s) coverage.set(o.metric, (s = new Set()));
    s.add(o.jurisdiction);
  }
  const out: Metric[] = [];
  for (const c of categories) {
    const ranked = metrics
      .map((m, i) => ({ m, i, n: coverage.get(m.id)?.size ?? 0 }))
      .filter((x) => x.m.category === c && x.n > 0)
      .sort((a, b) => b.n - a.n || a.i - b.i);
    const first = ranked[0];
    if (!first) continue;
    const picked = ranked.filter((x) => x.m.unit.zh === first.m.unit.zh).slice(0, perCategory);
    out.push(...picked.sort((a, b) => a.i - b.i).map((x) => x.m));
  }
  return out;
}
