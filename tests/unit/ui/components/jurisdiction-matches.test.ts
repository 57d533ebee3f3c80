import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../../../../src/model/schema';
import { jurisdictionMatches } from '../../../../src/ui/components/jurisdiction-matches';

const j = (id: string, zh: string, en: string): Jurisdiction => ({
  id,
  name: { zh: `${zh}区`, en: `${en} District` },
  short: { zh, en },
  level: 'district',
  province: { zh: '江苏省', en: 'Jiangsu' },
});

const list = [j('a', '武进', 'Wujin'), j('b', '新北', 'Xinbei'), j('c', '武侯', 'Wuhou')];

describe('jurisdictionMatches', () => {
  it('finds by either language, case-blind, in list order', () => {
    expect(jurisdictionMatches('武', list, []).map((x) => x.id)).toEqual(['a', 'c']);
    expect(jurisdictionMatches('  WU ', list, []).map((x) => x.id)).toEqual(['a', 'c']);
    expect(jurisdictionMatches('district', list, []).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('leaves out the selected ones and answers nothing to an empty query', () => {
    expect(jurisdictionMatches('wu', list, ['a']).map((x) => x.id)).toEqual(['c']);
    expect(jurisdictionMatches('   ', list, [])).toEqual([]);
  });

  it('stops at twenty suggestions', () => {
    const many = Array.from({ length: 30 }, (_, i) => j(`x${i}`, `区${i}`, `Place ${i}`));
    expect(jurisdictionMatches('place', many, [])).toHaveLength(20);
  });
});
