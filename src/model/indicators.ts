/**
 * The indicator catalogue (data/indicators/, its README is the contract): the one vocabulary every report figure
 * is mapped to, so that two places are compared on the same thing counted the same way. Plain types and lookups;
 * the files are checked by src/formats/indicator-catalogue.ts.
 */
import type { Better, Category, MetricKind } from './constants';

import { COMPARABILITY_PERIODS, COMPARABILITY_SCOPES } from './constants';

export const INDICATOR_SCOPES = COMPARABILITY_SCOPES;
export const INDICATOR_PERIODS = COMPARABILITY_PERIODS;
export type IndicatorScope = (typeof INDICATOR_SCOPES)[number];
export type IndicatorPeriod = (typeof INDICATOR_PERIODS)[number];

export interface IndicatorText {
  zh: string;
  en: string;
}

export interface Comparability {
  /** whole_area: all agencies of the area; own_level: the government's own level */
  scope: IndicatorScope;
  /** annual: a flow over the report year; cumulative: accumulated since a stated start; point: a year-end stock */
  period: IndicatorPeriod;
  /** what is counted when reports count the same thing on different bases (received, accepted …), or null */
  basis: string | null;
}

export interface Indicator {
  /** `<area>.<snake_case>`, stable for ever */
  id: string;
  /** the part of the app that shows it: one of CATEGORIES, the first part of the id */
  area: Category;
  /** the 纲要 task it belongs to (the task file it is listed in) */
  task: string;
  name: IndicatorText;
  definition: IndicatorText;
  /** the canonical unit: % for rates, 万元 for amounts, the usual measure word for counts */
  unit: IndicatorText;
  kind: MetricKind;
  better: Better;
  comparability: Comparability;
  /** a rate that is exactly numerator ÷ denominator of two catalogue counts */
  pairs?: { numerator: string; denominator: string };
  /** wordings reports use (simplified script): search hints, not a parser */
  aliases: readonly string[];
  deprecated?: boolean;
  replaced_by?: string;
}

export interface IndicatorTask {
  id: string;
  name: IndicatorText;
  description: IndicatorText;
}

export interface IndicatorCatalogue {
  /** the nine tasks, in the order of tasks.json */
  tasks: readonly IndicatorTask[];
  /** every indicator, task by task in file order */
  indicators: readonly Indicator[];
}

/** The ids the change rule reserves: `<id>.change` (unit %) and `<id>.change_pp` (unit 个百分点). */
export type ChangeSuffix = 'change' | 'change_pp';

export const changeId = (id: string, suffix: ChangeSuffix = 'change'): string => `${id}.${suffix}`;
export const unclassifiedIndicatorId = (area: Category): string => `${area}.unclassified`;
export const isUnclassifiedId = (id: string): boolean => id.endsWith('.unclassified');

/** An indicator id split into the catalogue id and the change suffix it carries, if any. */
export function splitIndicatorId(id: string): { base: string; change: ChangeSuffix | null } {
  const m = /^(.+)\.(change|change_pp)$/.exec(id);
  return m ? { base: m[1]!, change: m[2] as ChangeSuffix } : { base: id, change: null };
}

interface Index {
  byId: Map<string, Indicator>;
  byArea: Map<Category, Indicator[]>;
  byTask: Map<string, Indicator[]>;
}

function push<K>(m: Map<K, Indicator[]>, k: K, i: Indicator): void {
  const list = m.get(k);
  if (list) list.push(i);
  else m.set(k, [i]);
}

const indexes = new WeakMap<readonly Indicator[], Index>();

/** The lookup tables of a list of indicators, built once per list. */
function indexOf(indicators: readonly Indicator[]): Index {
  let ix = indexes.get(indicators);
  if (!ix) {
    ix = { byId: new Map(), byArea: new Map(), byTask: new Map() };
    for (const i of indicators) {
      if (!ix.byId.has(i.id)) ix.byId.set(i.id, i);
      push(ix.byArea, i.area, i);
      push(ix.byTask, i.task, i);
    }
    indexes.set(indicators, ix);
  }
  return ix;
}

const listOf = (x: IndicatorCatalogue | readonly Indicator[]): readonly Indicator[] => ('indicators' in x ? x.indicators : x);

export const indicatorById = (x: IndicatorCatalogue | readonly Indicator[], id: string): Indicator | undefined => indexOf(listOf(x)).byId.get(id);

export const indicatorsOfArea = (x: IndicatorCatalogue | readonly Indicator[], area: Category): readonly Indicator[] =>
  indexOf(listOf(x)).byArea.get(area) ?? [];

export const indicatorsOfTask = (x: IndicatorCatalogue | readonly Indicator[], task: string): readonly Indicator[] =>
  indexOf(listOf(x)).byTask.get(task) ?? [];

/**
 * What an id stands for: the catalogue indicator and the change suffix (`x.change` is the year-on-year change of x),
 * or undefined for ids the catalogue does not know (unclassified ones included).
 */
export function resolveIndicatorId(
  x: IndicatorCatalogue | readonly Indicator[],
  id: string,
): { indicator: Indicator; change: ChangeSuffix | null } | undefined {
  const direct = indicatorById(x, id);
  if (direct) return { indicator: direct, change: null };
  const { base, change } = splitIndicatorId(id);
  const indicator = change ? indicatorById(x, base) : undefined;
  return indicator ? { indicator, change } : undefined;
}

/** The indicator that now carries a deprecated one's meaning (following replaced_by), or the indicator itself. */
export function currentIndicator(x: IndicatorCatalogue | readonly Indicator[], id: string): Indicator | undefined {
  let i = indicatorById(x, id);
  for (let hops = 0; i?.deprecated && i.replaced_by && hops < 20; hops++) {
    const next = indicatorById(x, i.replaced_by);
    if (!next) break;
    i = next;
  }
  return i;
}
