/**
 * Where the compared places fall among all places (or a peer group) on each drawn indicator, pure: per metric the
 * figures of every stored place that reports it (the year asked, or each one's latest; per 10,000 residents when the
 * panel is divided), their median and middle half, and each compared place's percentile among them.
 */
import type { Catalog } from '../../model/catalog';
import type { Panel } from '../../model/compare';
import type { MetricPeriodBlock } from '../../model/dataset-tables';
import { distributionOf, percentileAmong, type Distribution } from '../../model/distribution';
import { valuesByJurisdiction } from '../../model/metric-values';
import { dividesPerCapita, PER_CAPITA_BASE, type Population } from '../../model/per-capita';

export interface MetricSpread {
  dist: Distribution;
  values: number[];
  /** the figures are per 10,000 residents */
  perCapita: boolean;
}

export function metricSpreads(
  ids: readonly string[],
  blocks: readonly (readonly MetricPeriodBlock[])[],
  catalog: Catalog,
  opts: { year: number | null; members: ReadonlySet<string> | null; populations: ReadonlyMap<string, Population | null> | undefined },
): Map<string, MetricSpread> {
  const out = new Map<string, MetricSpread>();
  ids.forEach((id, i) => {
    const m = catalog.metricById.get(id);
    if (!m) return;
    const per = opts.populations !== undefined && dividesPerCapita(m.kind);
    const values: number[] = [];
    for (const e of valuesByJurisdiction(blocks[i] ?? [], opts.year).entries) {
      if (opts.members && !opts.members.has(e.jurisdiction)) continue;
      if (!per) values.push(e.value);
      else {
        const p = opts.populations!.get(e.jurisdiction);
        if (p) values.push((e.value * PER_CAPITA_BASE) / p.population);
      }
    }
    const dist = distributionOf(values);
    if (dist) out.set(id, { dist, values, perCapita: per });
  });
  return out;
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
