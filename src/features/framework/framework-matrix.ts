/**
 * The indicator framework as a matrix: the 纲要 tasks, their areas and indicators (rows) against the chosen places
 * (columns). A cell is the place's latest figure of the indicator, or null: not reported, which is never zero.
 * Coverage is counted per place (per task and in total) and per indicator (among the chosen places, and among all
 * stored places from the store's catalogue). Pure.
 */
import type { LocatedObservation } from '../../model/compare';
import type { Category } from '../../model/constants';
import type { Indicator, IndicatorCatalogue, IndicatorTask } from '../../model/indicators';

export interface FrameworkRow {
  indicator: Indicator;
  /** one per chosen place, in column order; null = not reported */
  cells: (LocatedObservation | null)[];
  /** how many of the chosen places report it */
  reporting: number;
  /** how many stored places report it (the store's metric coverage) */
  stored: number;
}

export interface FrameworkArea {
  area: Category;
  rows: FrameworkRow[];
}

export interface FrameworkTask {
  task: IndicatorTask;
  areas: FrameworkArea[];
  /** indicators in the task */
  size: number;
  /** per place: how many of the task's indicators it reports */
  coverage: number[];
}

export interface FrameworkMatrix {
  jurisdictions: string[];
  tasks: FrameworkTask[];
  /** indicators in the catalogue (deprecated ones left out) */
  size: number;
  /** per place: how many indicators it reports */
  coverage: number[];
  /** indicators none of the chosen places reports */
  unreported: number;
  /** of those, the ones no stored place reports either */
  unreportedAnywhere: number;
  /** every stored place */
  storedPlaces: number;
}

export interface MatrixInput {
  catalogue: IndicatorCatalogue;
  observations: readonly LocatedObservation[];
  jurisdictions: readonly string[];
  /** indicator id → places reporting it among all stored ones */
  storedCoverage: ReadonlyMap<string, number>;
  storedPlaces: number;
}

/** The figure a cell shows: the latest year; in one year, a figure as written before one computed from others. */
export function latestFigure(list: readonly LocatedObservation[]): LocatedObservation | null {
  let best: LocatedObservation | null = null;
  for (const o of list) {
    if (!best || o.period > best.period || (o.period === best.period && !o.derived && best.derived)) best = o;
  }
  return best;
}

/** metric → jurisdiction → its observations */
function index(observations: readonly LocatedObservation[]): Map<string, Map<string, LocatedObservation[]>> {
  const out = new Map<string, Map<string, LocatedObservation[]>>();
  for (const o of observations) {
    let byPlace = out.get(o.metric);
    if (!byPlace) out.set(o.metric, (byPlace = new Map()));
    const list = byPlace.get(o.jurisdiction);
    if (list) list.push(o);
    else byPlace.set(o.jurisdiction, [o]);
  }
  return out;
}

function rowOf(indicator: Indicator, byPlace: Map<string, LocatedObservation[]> | undefined, input: MatrixInput): FrameworkRow {
  const cells = input.jurisdictions.map((j) => latestFigure(byPlace?.get(j) ?? []));
  return {
    indicator,
    cells,
    reporting: cells.filter((c) => c !== null).length,
    stored: input.storedCoverage.get(indicator.id) ?? 0,
  };
}

function taskOf(task: IndicatorTask, rows: readonly FrameworkRow[], places: number): FrameworkTask {
  const areas = new Map<Category, FrameworkRow[]>();
  for (const r of rows) {
    const list = areas.get(r.indicator.area);
    if (list) list.push(r);
    else areas.set(r.indicator.area, [r]);
  }
  const coverage = Array.from({ length: places }, (_, k) => rows.filter((r) => r.cells[k] !== null).length);
  return { task, areas: [...areas].map(([area, list]) => ({ area, rows: list })), size: rows.length, coverage };
}

export function buildFrameworkMatrix(input: MatrixInput): FrameworkMatrix {
  const byMetric = index(input.observations);
  const places = input.jurisdictions.length;
  const rowsByTask = new Map<string, FrameworkRow[]>();
  for (const i of input.catalogue.indicators) {
    if (i.deprecated) continue;
    const row = rowOf(i, byMetric.get(i.id), input);
    const list = rowsByTask.get(i.task);
    if (list) list.push(row);
    else rowsByTask.set(i.task, [row]);
  }
  const tasks = input.catalogue.tasks.map((t) => taskOf(t, rowsByTask.get(t.id) ?? [], places));
  const rows = tasks.flatMap(allRows);
  return {
    jurisdictions: [...input.jurisdictions],
    tasks,
    size: rows.length,
    coverage: Array.from({ length: places }, (_, k) => tasks.reduce((n, t) => n + t.coverage[k]!, 0)),
    unreported: rows.filter((r) => r.reporting === 0).length,
    unreportedAnywhere: rows.filter((r) => r.reporting === 0 && r.stored === 0).length,
    storedPlaces: input.storedPlaces,
  };
}

/** A task's rows, area by area. */
export const allRows = (t: FrameworkTask): FrameworkRow[] => t.areas.flatMap((a) => a.rows);

/**
 * The tasks as shown: with `onlyReported`, the indicators none of the chosen places reports are left out (an
 * area left empty goes too; a task stays, with its coverage), and `hidden` says how many.
 */
export function visibleTasks(m: FrameworkMatrix, onlyReported: boolean): { tasks: FrameworkTask[]; hidden: number } {
  if (!onlyReported) return { tasks: m.tasks, hidden: 0 };
  const tasks = m.tasks.map((t) => ({
    ...t,
    areas: t.areas.map((a) => ({ ...a, rows: a.rows.filter((r) => r.reporting > 0) })).filter((a) => a.rows.length > 0),
  }));
  return { tasks, hidden: m.unreported };
}
