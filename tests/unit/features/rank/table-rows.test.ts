import { describe, expect, it } from 'vitest';
import { percentileOf, tableRows, TABLE_ROWS } from '../../../../src/features/rank/table-rows';

const rows = Array.from({ length: 1000 }, (_, i) => ({ jurisdiction: `p${i}` }));
const name = (id: string) => (id === 'p500' ? '武进区' : id === 'p2' ? '武进县' : id);

describe('the rows of a ranking table', () => {
  it('without a search: the first rows', () => {
    const r = tableRows(rows, '', name);
    expect(r.shown).toHaveLength(TABLE_ROWS);
    expect(r.shown[0]).toEqual({ row: rows[0], index: 0, match: false, afterGap: false });
  });

  it('a search shows each match with the places just above and below, gaps marked', () => {
    const r = tableRows(rows, '武进', name);
    expect(r.matches).toBe(2);
    expect(r.shown.map((x) => [x.index, x.match, x.afterGap])).toEqual([
      [0, false, false], [1, false, false], [2, true, false], [3, false, false], [4, false, false],
      [498, false, true], [499, false, false], [500, true, false], [501, false, false], [502, false, false],
    ]);
    expect(tableRows(rows, 'nothing', name)).toEqual({ shown: [], matches: 0 });
  });

  it('the percentile of a rank: best 100, worst 0', () => {
    expect(percentileOf(1, 2903)).toBe(100);
    expect(percentileOf(2903, 2903)).toBe(0);
    expect(percentileOf(1452, 2903)).toBe(50);
    expect(percentileOf(1, 1)).toBe(100);
  });
});
