/** A metric's spread over all places, as the panels read it (computed by ./distributions.ts, loaded on demand). Pure. */
import type { Panel } from '../../model/compare';
import { percentileAmong, type Distribution } from '../../model/distribution';

export interface MetricSpread {
  dist: Distribution;
  values: number[];
  /** the figures are per 10,000 residents */
  perCapita: boolean;
}

/** Per metric of the panel (in its order) the spread, or null where there is none (fewer than three places). */
export function panelSpreads(panel: Panel, spreads: ReadonlyMap<string, MetricSpread> | null): (MetricSpread | null)[] {
  return panel.metrics.map((m) => {
    const s = spreads?.get(m.id);
    // a divided panel is compared with per-head figures only (and a plain one with plain figures)
    return s && s.perCapita === Boolean(panel.perCapita?.divided) ? s : null;
  });
}

/** Each compared place's percentile on metric `mi` of the panel (null: not reported there). */
export function placePercentiles(panel: Panel, mi: number, spread: MetricSpread): (number | null)[] {
  return panel.cells[mi]!.map((c) => (c.status === 'reported' ? percentileAmong(c.value, spread.values) : null));
}
