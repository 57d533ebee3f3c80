/**
 * Ranks within a peer group, pure: a ranking over all places narrowed to the group's members, ranked again among
 * themselves (competition ranking, 1 2 2 4, ties as the full ranking has them), and where the focus place stands
 * ("第 3 / 12 名"). Apart from ./peers.ts so that the compare view does not load ranking code.
 */
import type { RankedEntry } from './rank';

/** The rows of `ids`, in the order given (a ranking's order), ranked again among themselves. */
export function rankWithin<T extends RankedEntry>(rows: readonly T[], ids: ReadonlySet<string>): T[] {
  const kept = rows.filter((r) => ids.has(r.jurisdiction));
  const out: T[] = [];
  for (let i = 0; i < kept.length; i++) {
    const r = kept[i]!;
    const prev = out[i - 1];
    const sameAsPrev = prev !== undefined && prev.value === r.value;
    const sameAsNext = kept[i + 1]?.value === r.value;
    out.push({ ...r, rank: sameAsPrev ? prev.rank : i + 1, tied: sameAsPrev || sameAsNext });
  }
  return out;
}

export interface Standing {
  rank: number;
  /** how many places are ranked */
  of: number;
  tied: boolean;
}

/** A row of a ranking: a metric's (tied given) or the composite's (tied when another row has the same rank). */
export interface RankedRow {
  jurisdiction: string;
  rank: number;
  tied?: boolean;
}

/** Where `id` stands among `rows` (a ranking); null when it is not ranked (it does not report the figure). */
export function standingOf(rows: readonly RankedRow[], id: string): Standing | null {
  const r = rows.find((x) => x.jurisdiction === id);
  if (!r) return null;
  const tied = r.tied ?? rows.some((x) => x !== r && x.rank === r.rank);
  return { rank: r.rank, of: rows.length, tied };
}

/**
 * At most `n` of the group for a side-by-side chart: the focus first, then the peers nearest to it in population
 * (by ratio: 2× and ½× are as near), ties by id. Places without population come last.
 */
export function nearestPeers(ids: readonly string[], focus: string, population: (id: string) => number | undefined, n: number): string[] {
  const home = population(focus);
  const distance = (id: string) => {
    const p = population(id);
    return p && home ? Math.abs(Math.log(p / home)) : Number.POSITIVE_INFINITY;
  };
  const rest = ids
    .filter((id) => id !== focus)
    .map((id) => ({ id, d: distance(id) }))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((x) => x.id);
  return [focus, ...rest].slice(0, Math.max(1, n));
}
