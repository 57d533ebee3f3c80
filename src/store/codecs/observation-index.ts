/**
 * One pass over a dataset's observations, in dataset order: which jurisdiction block and which (metric, period)
 * group each belongs to, the values the metric blocks need as flat columns (read back by row later, cheaper than
 * revisiting the objects), and per metric the blocks that report it. Then the rows of each block and group, by a
 * counting sort of those keys.
 */
import { QUALIFIERS } from '../../model/constants';
import type { Observation } from '../../model/schema';
import { RARE_CAVEATS, RARE_DERIVED, type ObservationTable } from '../../model/observation-table';

/** Per metric: which blocks report it, and how many. */
interface Coverage {
  seen: Uint8Array;
  count: number;
}

export interface ObservationIndex {
  /** per observation: its jurisdiction block */
  block: Uint32Array;
  /** per observation: its (metric, period) group */
  group: Uint32Array;
  id: readonly string[];
  value: Float64Array;
  /** valueMax, NaN where absent */
  max: Float64Array;
  /** index into QUALIFIERS */
  qualifier: Uint8Array;
  /** 1 for a derived figure */
  derived: Uint8Array;
  /**
   * 1 for a figure with caveats: the metric blocks read a figure's caveats by row in group order, and reading every
   * observation object out of order to find the few that have them costs more than the rest of a block
   */
  caveated: Uint8Array;
  blockSize: Uint32Array;
  /** the groups in the order they first appear */
  groups: { metric: string; period: number }[];
  groupSize: number[];
  periods: Set<number>;
  /** per metric, in the order metrics first appear */
  coverage: Map<string, Coverage>;
}

const QUALIFIER_CODE = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));

/**
 * `reportBlock`: each report's jurisdiction block, of `blockCount`. Runs of one report and one metric are usual,
 * so the lookups are cached.
 */
export function indexObservations(
  observations: readonly Observation[],
  reportBlock: ReadonlyMap<string, number>,
  blockCount: number,
): ObservationIndex {
  const n = observations.length;
  const id = new Array<string>(n);
  const x: ObservationIndex = {
    block: new Uint32Array(n),
    group: new Uint32Array(n),
    id,
    value: new Float64Array(n),
    max: new Float64Array(n),
    qualifier: new Uint8Array(n),
    derived: new Uint8Array(n),
    caveated: new Uint8Array(n),
    blockSize: new Uint32Array(blockCount),
    groups: [],
    groupSize: [],
    periods: new Set(),
    coverage: new Map(),
  };
  const { block, group, value, max, qualifier, derived, caveated, blockSize, groups, groupSize, periods, coverage } = x;
  const byMetric = new Map<string, Map<number, number>>();
  let lastReport: string | null = null;
  let b = 0;
  let lastMetric: string | null = null;
  let byPeriod: Map<number, number> = new Map();
  let cov: Coverage = { seen: new Uint8Array(0), count: 0 };
  for (let i = 0; i < n; i++) {
    const o = observations[i]!;
    if (o.report !== lastReport) {
      lastReport = o.report;
      b = reportBlock.get(o.report)!;
    }
    block[i] = b;
    blockSize[b]!++;
    if (o.metric !== lastMetric) {
      lastMetric = o.metric;
      let m = byMetric.get(o.metric);
      if (!m) {
        byMetric.set(o.metric, (m = new Map()));
        coverage.set(o.metric, { seen: new Uint8Array(blockCount), count: 0 });
      }
      byPeriod = m;
      cov = coverage.get(o.metric)!;
    }
    if (!cov.seen[b]) {
      cov.seen[b] = 1;
      cov.count++;
    }
    let g = byPeriod.get(o.period);
    if (g === undefined) {
      g = groups.push({ metric: o.metric, period: o.period }) - 1;
      groupSize.push(0);
      byPeriod.set(o.period, g);
      periods.add(o.period);
    }
    group[i] = g;
    groupSize[g]!++;
    id[i] = o.id;
    value[i] = o.value;
    max[i] = o.valueMax ?? Number.NaN;
    qualifier[i] = QUALIFIER_CODE.get(o.qualifier)!;
    derived[i] = o.derived ? 1 : 0;
    if (o.caveats !== undefined) caveated[i] = 1;
  }
  return x;
}

/** Row numbers grouped by key (keys 0 … sizes.length - 1), each group in ascending order: views into one array. */
export function rowsBy(keys: Uint32Array, sizes: ArrayLike<number>): Uint32Array[] {
  const start = new Uint32Array(sizes.length + 1);
  for (let k = 0; k < sizes.length; k++) start[k + 1] = start[k]! + sizes[k]!;
  const fill = start.slice(0, sizes.length);
  const rows = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) rows[fill[keys[i]!]!++] = i;
  const out = new Array<Uint32Array>(sizes.length);
  for (let k = 0; k < sizes.length; k++) out[k] = rows.subarray(start[k]!, start[k + 1]!);
  return out;
}

/**
 * The same index of a table's rows (./observation-table.ts): the table's own columns serve as the flat columns
 * (ids, values, maxima, qualifiers), so only the keys, the groups and the flags are made.
 */
export function indexTable(t: ObservationTable, reportBlock: ReadonlyMap<string, number>, blockCount: number): ObservationIndex {
  const n = t.n;
  const derived = new Uint8Array(n);
  const caveated = new Uint8Array(n);
  const rare = t.rare;
  for (let i = 0; i < n; i++) {
    const f = rare[i]!;
    if (f === 0) continue;
    if (f & RARE_DERIVED) derived[i] = 1;
    if (f & RARE_CAVEATS) caveated[i] = 1;
  }
  const x: ObservationIndex = {
    block: new Uint32Array(n),
    group: new Uint32Array(n),
    // the metric blocks take the ids from the table itself
    id: t.id ?? [],
    value: t.value,
    max: t.valueMax,
    qualifier: t.qualifier,
    derived,
    caveated,
    blockSize: new Uint32Array(blockCount),
    groups: [],
    groupSize: [],
    periods: new Set(),
    coverage: new Map(),
  };
  const { block, group, blockSize, groups, groupSize, periods, coverage } = x;
  const { report, metric, period } = t;
  const byMetric = new Map<string, Map<number, number>>();
  let lastReport: string | null = null;
  let b = 0;
  let lastMetric: string | null = null;
  let byPeriod: Map<number, number> = new Map();
  let cov: Coverage = { seen: new Uint8Array(0), count: 0 };
  let lastPeriod = Number.NaN;
  let lastGroup = 0;
  for (let i = 0; i < n; i++) {
    const r = report[i]!;
    if (r !== lastReport) {
      lastReport = r;
      b = reportBlock.get(r)!;
    }
    block[i] = b;
    blockSize[b]!++;
    const m = metric[i]!;
    if (m !== lastMetric) {
      lastMetric = m;
      let bp = byMetric.get(m);
      if (!bp) {
        byMetric.set(m, (bp = new Map()));
        coverage.set(m, { seen: new Uint8Array(blockCount), count: 0 });
      }
      byPeriod = bp;
      cov = coverage.get(m)!;
      lastPeriod = Number.NaN;
    }
    if (!cov.seen[b]) {
      cov.seen[b] = 1;
      cov.count++;
    }
    // a whole year read from a Float64Array: `| 0` makes it a small integer, as a parsed one is (the same clone bytes)
    const p = period[i]! | 0;
    if (p !== lastPeriod) {
      let g = byPeriod.get(p);
      if (g === undefined) {
        g = groups.push({ metric: m, period: p }) - 1;
        groupSize.push(0);
        byPeriod.set(p, g);
        periods.add(p);
      }
      lastPeriod = p;
      lastGroup = g;
    }
    group[i] = lastGroup;
    groupSize[lastGroup]!++;
  }
  return x;
}
