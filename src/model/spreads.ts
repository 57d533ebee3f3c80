/**
 * The spreads of metrics over all stored places (or a peer group), pure: per request (a metric and a year, or
 * each place's latest) the figures of every place that reports it — per 10,000 residents for counts and amounts
 * when populations are given; with `near`, a place without a figure of the year asked counts with its figure of
 * the year after, else the year before — and their median and middle half. Loaded on demand (src/reads/spreads.ts);
 * what the views need of a spread is in ./distribution.ts.
 */
import type { Catalog } from './catalog';
import type { MetricPeriodBlock } from './dataset-tables';
import { distributionOf, type Spread } from './distribution';
import { valuesByJurisdiction } from './metric-values';
import { dividesPerCapita, PER_CAPITA_BASE, type Population } from './per-capita';
import type { RankEntry } from './rank';

export interface SpreadRequest {
  metric: string;
  /** null: each place's latest figure */
  year: number | null;
}

export interface SpreadOptions {
  /** the peer group's members (null: every stored place) */
  members: ReadonlySet<string> | null;
  /** per 10,000 residents (counts and amounts): every place's population; undefined: figures as reported */
  populations: ReadonlyMap<string, Population | null> | undefined;
  /** a place without a figure of the year asked counts with its figure of the year after, else the year before */
  near?: boolean | undefined;
  /** a place left out of the figures (the one that is placed among them) */
  exclude?: string | undefined;
}

/** Each place's figure of `year`; with `near`, the nearest year's for the places without one (marked adjacent). */
function picked(blocks: readonly MetricPeriodBlock[], year: number | null, near: boolean): { entry: RankEntry; adjacent: boolean }[] {
  const exact = valuesByJurisdiction(blocks, year).entries.map((entry) => ({ entry, adjacent: false }));
  if (!near || year === null) return exact;
  const seen = new Set(exact.map((x) => x.entry.jurisdiction));
  const out = [...exact];
  for (const y of [year + 1, year - 1]) {
    for (const entry of valuesByJurisdiction(blocks, y).entries) {
      if (seen.has(entry.jurisdiction)) continue;
      seen.add(entry.jurisdiction);
      out.push({ entry, adjacent: true });
    }
  }
  return out;
}

/** The spread of one metric's blocks; null for a metric the catalogue does not know. */
export function spreadOf(blocks: readonly MetricPeriodBlock[], metric: string, year: number | null, catalog: Pick<Catalog, 'metricById'>, opts: SpreadOptions): Spread | null {
  const m = catalog.metricById.get(metric);
  if (!m) return null;
  const per = opts.populations !== undefined && dividesPerCapita(m.kind);
  const values: number[] = [];
  let adjacent = 0;
  for (const { entry: e, adjacent: near } of picked(blocks, year, opts.near === true)) {
    if (e.jurisdiction === opts.exclude) continue;
    if (opts.members && !opts.members.has(e.jurisdiction)) continue;
    let v = e.value;
    if (per) {
      const p = opts.populations!.get(e.jurisdiction);
      if (!p) continue;
      v = (e.value * PER_CAPITA_BASE) / p.population;
    }
    values.push(v);
    if (near) adjacent++;
  }
  return { dist: distributionOf(values), values, perCapita: per, adjacent };
}

/** The spread of each request (in order), from each one's blocks (`blocks[i]` for `requests[i]`). */
export function metricSpreads(
  requests: readonly SpreadRequest[],
  blocks: readonly (readonly MetricPeriodBlock[])[],
  catalog: Pick<Catalog, 'metricById'>,
  opts: SpreadOptions,
): (Spread | null)[] {
  return requests.map((r, i) => spreadOf(blocks[i] ?? [], r.metric, r.year, catalog, opts));
}
