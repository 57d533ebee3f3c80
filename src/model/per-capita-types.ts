/** The types per-head figures share with the comparison (src/model/per-capita.ts computes them). */
import type { FormatInput } from './format';
import type { Bilingual } from './schema';

/**
 * The resident population a per-head figure is divided by, and where it comes from: the gazetteer's 2020 census
 * (`census-2020`), or the figure the dataset gives for the place (`dataset`, its own words in `sourceText`).
 */
export interface Population {
  population: number;
  year: number;
  source: 'census-2020' | 'dataset';
  /** for `dataset`: where the dataset says the figure comes from (e.g. 某市统计局) */
  sourceText?: Bilingual;
}

/** A figure per 10,000 residents: the divided value with the reported figure's qualifier. */
export interface PerCapitaFigure extends FormatInput {
  derived: 'per_capita';
  population: Population;
  /** the figure as reported */
  raw: FormatInput;
}
