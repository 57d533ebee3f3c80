/**
 * The rows a ranking's table shows, pure: the first rows, or for a search the places whose name matches with the
 * places just above and below each (where it stands among thousands), and each row's percentile.
 */
import type { RankedEntry } from '../../model/rank';

/** Rows shown at once without a search (thousands of rows cost more than the chart). */
export const TABLE_ROWS = 500;
/** Places named by a search, each shown with its neighbours, at the most. */
export const SEARCH_MATCHES = 20;

/** Percentile of a competition rank among `n`: best 100, worst 0 (one place: 100). */
export const percentileOf = (rank: number, n: number): number => (n <= 1 ? 100 : Math.round((100 * (n - rank)) / (n - 1)));

export interface TableRow<T> {
  row: T;
  /** the row's position in the ranking */
  index: number;
  /** the row matches the search (a neighbour otherwise) */
  match: boolean;
  /** the first row after a gap in the ranking (the table says "…") */
  afterGap: boolean;
}

/** The rows to show: without a query the first TABLE_ROWS; with one, each match with `around` rows either side. */
export function tableRows<T extends Pick<RankedEntry, 'jurisdiction'>>(rows: readonly T[], query: string, name: (id: string) => string, around = 2): { shown: TableRow<T>[]; matches: number } {
  const q = query.trim().toLowerCase();
  if (!q) return { shown: rows.slice(0, TABLE_ROWS).map((row, index) => ({ row, index, match: false, afterGap: false })), matches: 0 };
  const hits: number[] = [];
  rows.forEach((r, i) => {
    if (name(r.jurisdiction).toLowerCase().includes(q)) hits.push(i);
  });
  const wanted = new Set<number>();
  for (const i of hits.slice(0, SEARCH_MATCHES)) for (let k = Math.max(0, i - around); k <= Math.min(rows.length - 1, i + around); k++) wanted.add(k);
  const hitSet = new Set(hits);
  const order = [...wanted].sort((a, b) => a - b);
  return {
    shown: order.map((index, k) => ({ row: rows[index]!, index, match: hitSet.has(index), afterGap: k > 0 && order[k - 1] !== index - 1 })),
    matches: hits.length,
  };
}
