import { describe, expect, it } from 'vitest';
import { practiceMatrix } from '../../../src/model/practice-matrix';
import type { Practice } from '../../../src/model/schema';

const p = (id: string): Practice => ({ id, category: 'licensing', name: { zh: id, en: id }, keywords: [id] });
const m = (practice: string, jurisdiction: string, n: number) => ({ id: `${practice}.${jurisdiction}.${n}`, report: 'r', practice, quote: 'q', offset: n, jurisdiction });

describe('practiceMatrix', () => {
  it('counts mentions per practice and jurisdiction, widest practices first', () => {
    const mx = practiceMatrix([p('a'), p('b'), p('c')], ['x', 'y'], [m('b', 'x', 1), m('b', 'y', 2), m('b', 'y', 3), m('a', 'x', 4), m('z', 'x', 5)]);
    expect(mx.practices.map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(mx.counts).toEqual([[1, 2], [1, 0], [0, 0]]);
  });
});
