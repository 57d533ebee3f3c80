/**
 * A metric's figures ranked per 10,000 residents (./per-capita.ts): apart from the per-head values, so that the
 * compare view does not load the ranking code.
 */
import { perCapitaFigure, type PerCapitaFigure, type Population } from './per-capita';
import type { RankEntry, RankedEntry } from './rank';
import { rankMetric } from './rank';
import type { Better } from './schema';

export interface PerCapitaRanked extends RankedEntry {
  perCapita: PerCapitaFigure;
}

export interface PerCapitaRanking {
  /** ranked by the per-head value, competition ranking in the metric's direction */
  rows: PerCapitaRanked[];
  /** places that report the metric but have no population: listed after the ranking, never ranked */
  noPopulation: RankEntry[];
}

/** A metric's figures ranked per 10,000 residents (the caller checks `dividesPerCapita` first). */
export function perCapitaRanking(entries: readonly RankEntry[], populations: ReadonlyMap<string, Population | null>, better: Better): PerCapitaRanking {
  const figures = new Map<string, PerCapitaFigure>();
  const divided: RankEntry[] = [];
  const noPopulation: RankEntry[] = [];
  for (const e of entries) {
    const pop = populations.get(e.jurisdiction);
    if (!pop) {
      noPopulation.push(e);
      continue;
    }
    const f = perCapitaFigure(e, pop);
    figures.set(e.jurisdiction, f);
    divided.push({ ...e, value: f.value, derived: true });
  }
  const rows = rankMetric(divided, better).map((r) => ({ ...r, perCapita: figures.get(r.jurisdiction)! }));
  noPopulation.sort((a, b) => (a.jurisdiction < b.jurisdiction ? -1 : a.jurisdiction > b.jurisdiction ? 1 : 0));
  return { rows, noPopulation };
}
