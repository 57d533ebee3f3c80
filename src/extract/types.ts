/** Types of the report extractor (src/extract). Pure: no React, no Dexie, no Node APIs. */
import type { Category, Mention, Metric, Practice, Qualifier } from '../model/schema';

export interface ExtractInput {
  /** the report text as written (quotes and offsets refer to it) */
  text: string;
  reportId: string;
  /** the year the report is about; figures without a year of their own get it */
  period: number;
  /** the metric catalogue: a recognised measure gets its id only when the catalogue holds it */
  metrics: readonly Metric[];
  practices: readonly Practice[];
  /** simplified rendering of a traditional text, same length as text (matching only) */
  textSimplified?: string;
}

/** A figure the extractor proposes; a person confirms it before it becomes an observation. */
export interface Candidate {
  category: Category;
  /** a metric id from the catalogue, or `<category>.unclassified` */
  metric: string;
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
  /** 0–1: how sure the extractor is about the figure and its metric */
  confidence: number;
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
  /** the number is written in Chinese numerals */
  chinese: boolean;
  /** a change verb (下降, 增长 …) stands before the number, or was carried over from a coordinated figure */
  change: 'decrease' | 'increase' | null;
  /** the change verb is not part of the figure's own span (…下降34.01%和30.06%: the second figure) */
  changeCarried: boolean;
  /** joined to the figure before it by 和/、/及 with the same unit (34.01%和30.06%, 237期、316期) */
  joined: boolean;
  /** a rank (排名第二: an ordinal that is a figure), or 双百 (both rates at 100) */
  special?: 'rank' | 'both_full';
}

export const unclassifiedId = (c: Category): string => `${c}.unclassified`;
