import { describe, expect, it } from 'vitest';
import { nearestPeers, rankWithin, standingOf } from '../../../src/model/peer-rank';
import { rankMetric, type RankEntry } from '../../../src/model/rank';

const e = (jurisdiction: string, value: number): RankEntry => ({ jurisdiction, value, qualifier: 'exact', period: 2022, observation: `o.${jurisdiction}`, derived: false });
// a national ranking: a 50, b 40, c 40, d 30, e 20, f 20
const all = rankMetric([e('a', 50), e('b', 40), e('c', 40), e('d', 30), e('e', 20), e('f', 20)], 'higher');

describe('ranking within a peer group', () => {
  it('narrows to the group and ranks again: competition ranks among the members', () => {
    const r = rankWithin(all, new Set(['c', 'd', 'e', 'f']));
    expect(r.map((x) => [x.jurisdiction, x.rank, x.tied])).toEqual([
      ['c', 1, false],
      ['d', 2, false],
      ['e', 3, true],
      ['f', 3, true],
    ]);
    // a tie broken by the group: b left out, c no longer tied
    expect(all.find((x) => x.jurisdiction === 'c')).toMatchObject({ rank: 2, tied: true });
  });

  it('keeps what the rows carry (per-head figures, caveats)', () => {
    const rows = all.map((r) => ({ ...r, extra: r.jurisdiction.toUpperCase() }));
    expect(rankWithin(rows, new Set(['d']))).toEqual([{ ...rows[3], rank: 1, tied: false }]);
  });

  it('says where the focus stands, or null when it is not ranked', () => {
    const r = rankWithin(all, new Set(['b', 'c', 'd', 'x']));
    expect(standingOf(r, 'd')).toEqual({ rank: 3, of: 3, tied: false });
    expect(standingOf(r, 'b')).toEqual({ rank: 1, of: 3, tied: true });
    expect(standingOf(r, 'x')).toBeNull();
  });
});

describe('nearest peers for a side-by-side chart', () => {
  const pop: Record<string, number> = { focus: 100, half: 50, double: 200, near: 110, far: 1000 };
  it('the focus first, then by population ratio, places without population last', () => {
    expect(nearestPeers(['far', 'none', 'double', 'focus', 'near', 'half'], 'focus', (id) => pop[id], 10)).toEqual(['focus', 'near', 'double', 'half', 'far', 'none']);
    expect(nearestPeers(['far', 'double', 'focus', 'near'], 'focus', (id) => pop[id], 2)).toEqual(['focus', 'near']);
  });
});
