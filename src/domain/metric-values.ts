/** Metric-period blocks → one value per jurisdiction (a fixed year, or each one's latest). Pure. */
import { qualifierOf, type MetricPeriodBlock } from './blocks';
import type { RankEntry } from './rank';

export interface PickResult {
  entries: RankEntry[];
  periods: number[];
}

/**
 * One entry per jurisdiction: the figure of `year`, or (year null) of its latest period. Within a period, bundled
 * data wins over user data (blocks are passed bundled-first) and a figure from the text over a derived one.
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
      });
    }
  }
  const entries = [...best.values()];
  const periods = [...new Set(entries.map((e) => e.period))].sort((a, b) => a - b);
  return { entries, periods };
}

/** The periods a metric has data for. */
export const periodsOf = (blocks: readonly MetricPeriodBlock[]): number[] =>
  [...new Set(blocks.map((b) => b.period))].sort((a, b) => a - b);

/** Time series of one jurisdiction: value per year over [from, to], null where the year is missing (a gap, not a line). */
export function seriesOf(blocks: readonly MetricPeriodBlock[], jurisdiction: string, years: readonly number[]): (number | null)[] {
  const byYear = new Map<number, number>();
  for (const b of blocks) {
    const i = b.jurisdiction.indexOf(jurisdiction);
    if (i >= 0 && !byYear.has(b.period)) byYear.set(b.period, b.value[i]!);
  }
  return years.map((y) => byYear.get(y) ?? null);
}
