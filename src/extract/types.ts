/** Types of the report extractor (src/extract). Pure: no React, no Dexie, no Node APIs. */
import type { Indicator } from '../model/indicators';
import type { Category, Level, Mention, Metric, MetricKind, Practice, Qualifier } from '../model/schema';

export interface ExtractInput {
  /** the report text as written (quotes and offsets refer to it) */
  text: string;
  reportId: string;
  /** the year the report is about; figures without a year of their own get it */
  period: number;
  /** the metric catalogue: a recognised measure gets its id only when the catalogue holds it */
  metrics: readonly Metric[];
  /**
   * the indicator catalogue (data/indicators/): every figure is mapped to one of these, or to `<area>.unclassified`.
   * Absent or empty: every figure is unclassified (its area, unit and kind are still given).
   */
  indicators?: readonly Indicator[];
  /** the reporting government's level; absent: guessed from the text (全省 / 全市 / 全区 …) */
  level?: Level;
  practices: readonly Practice[];
  /** simplified rendering of a traditional text, same length as text (matching only) */
  textSimplified?: string;
}

/** A figure the extractor proposes; a person confirms it before it becomes an observation. */
export interface Candidate {
  category: Category;
  /** a metric id from the catalogue, or `<category>.unclassified` */
  metric: string;
  /**
   * an indicator id from the indicator catalogue, a change of one (`<id>.change`, `<id>.change_pp`), or
   * `<category>.unclassified`; its area is always `category`
   */
  indicator: string;
  /** the unit as written after the number, scale words moved into the value (万元 → 元, 万件 → 件), or % */
  unit: string;
  kind: MetricKind;
  value: number;
  qualifier: Qualifier;
  valueMax?: number;
  period: number;
  /** verbatim substring of the text: the clause or sentence holding the figure */
  quote: string;
  /** offset of the quote in the text */
  offset: number;
  /** the figure as written (a substring of quote) */
  figure: string;
  /** offset of the figure in the text */
  figureOffset: number;
  /** 0–1: how sure the extractor is about the figure and its metric */
  confidence: number;
  /**
   * other indicators the words around the figure point to, best first (never `indicator` itself): offered first when
   * a person reviews the figure. Absent when there are none, and for changes
   */
  suggested?: string[];
}

export interface ExtractResult {
  observations: Candidate[];
  mentions: Mention[];
  warnings: string[];
}

/** Half-open span [start, end) of the text. */
export interface Span {
  start: number;
  end: number;
}

/** A figure found by the scanner, before it is classified. Offsets are in the text. */
export interface RawFigure {
  /** span of the figure with its qualifier words and unit */
  start: number;
  end: number;
  /** span of the first number */
  numStart: number;
  numEnd: number;
  /** unit word as matched in the matching text ('%' for percentages), '' for none */
  unit: string;
  /** span of the unit word in the text */
  unitStart: number;
  unitEnd: number;
  /** the number is written in Chinese numerals */
  chinese: boolean;
  /** a change verb (下降, 增长 …) stands before the number, or was carried over from a coordinated figure */
  change: 'decrease' | 'increase' | null;
  /** the change verb is not part of the figure's own span (…下降34.01%和30.06%: the second figure) */
  changeCarried: boolean;
  /** joined to the figure before it by 和/、/及 with the same unit (34.01%和30.06%, 237期、316期) */
  joined: boolean;
  /** a reduction that is itself the measure (压缩50%以上, 压减20%): a rate, not a change */
  reduction: boolean;
  /** a rank (排名第二: an ordinal), or 双百 (both rates at 100) */
  special?: 'rank' | 'both_full';
  /** a cell of a flattened table: the row label's span, the column header's span and the year it names */
  cell?: { row: Span; header: Span | null; period: number | null };
}

export const unclassifiedId = (c: Category): string => `${c}.unclassified`;
