/** The types per-head figures share with the comparison (src/model/per-capita.ts computes them). */
import type { FormatInput } from './format';

/** The resident population a per-head figure is divided by, and where it comes from. */
export interface Population {
  population: number;
  year: 2020;
  source: 'census-2020';
}

/** A figure per 10,000 residents: the divided value with the reported figure's qualifier. */
export interface PerCapitaFigure extends FormatInput {
  derived: 'per_capita';
  population: Population;
  /** the figure as reported */
  raw: FormatInput;
}
