/** Metric-period blocks → one value per jurisdiction (a fixed year, or each one's latest). Pure. */
import { qualifierOf, type MetricPeriodBlock } from './dataset-tables';
import type { Caveat } from './schema';
import { rankMetric, type RankEntry, type RankedEntry } from './rank';
import type { Better } from './schema';

export interface PickResult {
  entries: RankEntry[];
  periods: number[];
}

/**
 * One entry per jurisdiction: the figure of `year`, or (year null) of its latest period. Within a period, bundled
 * data wins over user data (blocks are passed bundled-first: `inDatasetOrder` in blocks.ts) and a figure from the text over a
 * derived one.
 * Blocks are visited latest period first, so each jurisdiction's entry is made once.
 */
export function valuesByJurisdiction(blocks: readonly MetricPeriodBlock[], year: number | null): PickResult {
  const ordered = blocks
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => year === null || b.period === year)
    .sort((x, y) => y.b.period - x.b.period || x.i - y.i)
    .map(({ b }) => b);
  const best = new Map<string, RankEntry>();
  for (const b of ordered) {
    const caveats = caveatsByRow(b);
    for (let i = 0; i < b.jurisdiction.length; i++) {
      const j = b.jurisdiction[i]!;
      const prev = best.get(j);
      if (prev && (prev.period > b.period || !prev.derived || b.derived[i] === 1)) continue;
      best.set(j, {
        jurisdiction: j,
        value: b.value[i]!,
        qualifier: qualifierOf(b.qualifier[i]!),
        period: b.period,
        observation: b.observation[i]!,
        derived: b.derived[i] === 1,
        caveats: caveats?.get(i),
      });
    }
  }
  const entries = [...best.values()];
  const periods = [...new Set(entries.map((e) => e.period))].sort((a, b) => a - b);
  return { entries, periods };
}

/** A block's sparse caveats by row (null when none of its figures has any). */
function caveatsByRow(b: MetricPeriodBlock): Map<number, Caveat[]> | null {
  const c = b.caveats;
  if (!c || c.row.length === 0) return null;
  return new Map(c.row.map((row, k) => [row, c.caveats[k]!]));
}

/** Per jurisdiction column (shared between blocks, src/store/codecs/blocks.ts) and index map: each entry's index. */
const indexCache = new WeakMap<readonly string[], { index: ReadonlyMap<string, number>; at: Int32Array }>();
function indexesOf(column: readonly string[], index: ReadonlyMap<string, number>): Int32Array {
  const hit = indexCache.get(column);
  if (hit && hit.index === index) return hit.at;
  const at = new Int32Array(column.length);
  for (let i = 0; i < column.length; i++) at[i] = index.get(column[i]!) ?? -1;
  indexCache.set(column, { index, at });
  return at;
}

/**
 * The values `valuesByJurisdiction` picks (same rules), written into `out` at each jurisdiction's position in
 * `index` (NaN where none): no entry objects, and no string lookups once a column has been seen. For the
 * composite, which reads twenty metrics over thousands of jurisdictions. With `periods` (as long as `out`), each
 * value's period is written there too (0 where there is none).
 */
export function valuesInto(blocks: readonly MetricPeriodBlock[], year: number | null, index: ReadonlyMap<string, number>, out: Float64Array, periods?: Int32Array): void {
  out.fill(Number.NaN);
  const period = periods ?? new Int32Array(out.length);
  period.fill(0);
  const derived = new Uint8Array(out.length);
  const ordered = blocks
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => year === null || b.period === year)
    .sort((x, y) => y.b.period - x.b.period || x.i - y.i)
    .map(({ b }) => b);
  for (const b of ordered) {
    const at = indexesOf(b.jurisdiction, index);
    for (let i = 0; i < at.length; i++) {
      const j = at[i]!;
      if (j < 0) continue;
      // first (latest) figure wins; within its period a figure from the text replaces a derived one
      if (period[j] !== 0 && (period[j]! > b.period || !derived[j] || b.derived[i] === 1)) continue;
      out[j] = b.value[i]!;
      period[j] = b.period;
      derived[j] = b.derived[i]!;
    }
  }
}

/**
 * The caveats of the figures `valuesByJurisdiction` (and `valuesInto`) pick, by jurisdiction: only those that have
 * some. Nothing to do where no block carries caveats (most metrics), so the composite pays for it only there.
 */
export function pickedCaveats(blocks: readonly MetricPeriodBlock[], year: number | null): Map<string, readonly Caveat[]> {
  const out = new Map<string, readonly Caveat[]>();
  if (!blocks.some((b) => b.caveats && b.caveats.row.length > 0)) return out;
  for (const e of valuesByJurisdiction(blocks, year).entries) if (e.caveats?.length) out.set(e.jurisdiction, e.caveats);
  return out;
}

/** The periods a metric has data for. */
export const periodsOf = (blocks: readonly MetricPeriodBlock[]): number[] =>
  [...new Set(blocks.map((b) => b.period))].sort((a, b) => a - b);

export interface MetricRanking {
  /** one entry per jurisdiction that reports the metric (in `year`, or its latest period), in rank order */
  rows: RankedEntry[];
  /** the periods the rows come from (more than one when ranking each jurisdiction's latest figure) */
  periods: number[];
  /** every period the metric has data for (the year picker) */
  all: number[];
}

/** The ranking of one metric over all jurisdictions: what the ranking view draws. */
export function rankingOf(blocks: readonly MetricPeriodBlock[], year: number | null, better: Better): MetricRanking {
  const { entries, periods } = valuesByJurisdiction(blocks, year);
  return { rows: rankMetric(entries, better), periods, all: periodsOf(blocks) };
}
