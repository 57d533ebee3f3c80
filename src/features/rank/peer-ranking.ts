/**
 * A metric's ranking within a peer group, as the rank view shows it: the rows (and per-head rows, and places
 * without population) of the group's members, ranked again among themselves, with the group and its focus place
 * for the chart's subtitle and the standing line. Kept per ranking and group, so the chart option built for it is
 * reused while neither changes. Pure.
 */
import type { Catalog } from '../../model/catalog';
import type { Lang } from '../../model/format';
import { rankWithin, standingOf, type RankedRow } from '../../model/peer-rank';
import { shortName, translator } from '../../i18n';
import { peerGroupText } from '../../ui/peer-text';
import type { ShownRanking } from './per-capita-ranking';

export type PeerOfRanking = NonNullable<ShownRanking['peer']>;

const kept = new WeakMap<ShownRanking, WeakMap<ReadonlySet<string>, ShownRanking>>();

export function peerRanking(ranked: ShownRanking, ids: ReadonlySet<string>, peer: PeerOfRanking): ShownRanking {
  const hit = kept.get(ranked)?.get(ids);
  if (hit) return hit;
  const rows = rankWithin(ranked.rows, ids);
  const periods = [...new Set(rows.map((r) => r.period))].sort((a, b) => a - b);
  const out: ShownRanking = { ...ranked, rows, periods, peer };
  if (ranked.perCapita)
    out.perCapita = { rows: rankWithin(ranked.perCapita.rows, ids), noPopulation: ranked.perCapita.noPopulation.filter((e) => ids.has(e.jurisdiction)) };
  const byIds = kept.get(ranked) ?? new WeakMap<ReadonlySet<string>, ShownRanking>();
  byIds.set(ids, out);
  kept.set(ranked, byIds);
  return out;
}

/** "武进:第 3 / 12 名,江苏省 区县", or that the focus is not ranked (does not report it). */
export function standingLine(
  rows: readonly RankedRow[],
  peer: Pick<PeerOfRanking, 'describe' | 'focus'>,
  catalog: Catalog,
  lang: Lang,
  notRanked: 'peer.notRanked' | 'peer.notScored' = 'peer.notRanked',
): string {
  const t = translator(lang);
  const group = peerGroupText(peer.describe, lang);
  const place = shortName(catalog, peer.focus, lang);
  const s = standingOf(rows, peer.focus);
  if (!s) return t(notRanked, { place, group, of: rows.length });
  return t(s.tied ? 'peer.standingTied' : 'peer.standing', { place, group, rank: s.rank, of: s.of });
}

/** The standing line of a metric's ranking; null without a peer group. */
export const peerLine = (ranked: ShownRanking, catalog: Catalog, lang: Lang): string | null =>
  ranked.peer ? standingLine(ranked.rows, ranked.peer, catalog, lang) : null;
