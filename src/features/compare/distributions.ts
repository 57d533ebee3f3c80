/**
 * Where the compared places fall among all places (or a peer group) on each drawn indicator, pure: per metric the
 * figures of every stored place that reports it (the year asked, or each one's latest; per 10,000 residents when the
 * panel is divided) and their median and middle half. Loaded on demand (./spread-reader.ts); what the panels need
 * of a spread is in ./spreads.ts.
 */
import type { Catalog } from '../../model/catalog';
import type { MetricPeriodBlock } from '../../model/dataset-tables';
import { distributionOf } from '../../model/distribution';
import { valuesByJurisdiction } from '../../model/metric-values';
import { dividesPerCapita, PER_CAPITA_BASE, type Population } from '../../model/per-capita';
import type { MetricSpread } from './spreads';


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

