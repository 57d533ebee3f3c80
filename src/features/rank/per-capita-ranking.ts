/**
 * A metric's ranking per 10,000 residents, as the rank view shows it (pc=1, counts and amounts): the per-head
 * rows in rank order and the places without population after them. Kept per ranking and populations, so the
 * chart option built for it (rank-chart.ts) is reused while neither changes. Pure.
 */
import type { MetricRanking } from '../../model/metric-values';
import { dividesPerCapita, type Population } from '../../model/per-capita';
import { perCapitaRanking, type PerCapitaRanking } from '../../model/per-capita-rank';
import type { Metric } from '../../model/schema';
import type { PeerGroup } from '../../model/peers';

export interface ShownRanking extends MetricRanking {
  /** set when the rows are per 10,000 residents */
  perCapita?: PerCapitaRanking | undefined;
  /** set when the rows are those of a peer group, ranked among themselves (./peer-ranking.ts) */
  peer?: { describe: PeerGroup['describe']; focus: string; size: number } | undefined;
}

type Populations = ReadonlyMap<string, Population | null>;
const kept = new WeakMap<MetricRanking, WeakMap<Populations, ShownRanking>>();

/** The ranking per head when asked for and the metric is a count or an amount; else the ranking as it is. */
export function shownRanking(ranking: MetricRanking, metric: Metric, populations: Populations | undefined): ShownRanking {
  if (!populations || !dividesPerCapita(metric.kind)) return ranking;
  const hit = kept.get(ranking)?.get(populations);
  if (hit) return hit;
  const perCapita = perCapitaRanking(ranking.rows, populations, metric.better);
  const out: ShownRanking = { ...ranking, rows: perCapita.rows, perCapita };
  const byPopulations = kept.get(ranking) ?? new WeakMap<Populations, ShownRanking>();
  byPopulations.set(populations, out);
  kept.set(ranking, byPopulations);
  return out;
}
