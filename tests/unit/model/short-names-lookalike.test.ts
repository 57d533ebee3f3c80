import { describe, expect, it } from 'vitest';
import { distinctShortNames, nameKey } from '../../../src/model/short-names';
import type { Jurisdiction } from '../../../src/model/schema';

const place = (id: string, name: string, short: string, extra: Partial<Jurisdiction> = {}): Jurisdiction => ({
  id,
  name: { zh: name, en: name },
  short: { zh: short, en: short },
  level: 'district',
  province: { zh: '江苏', en: 'Jiangsu' },
  ...extra,
});

describe('names that read the same', () => {
  it('are one key after NFKC, without invisible characters, with Cyrillic/Greek look-alikes read as Latin', () => {
    expect(nameKey('Wuj\u0456n')).toBe(nameKey('Wujin')); // Cyrillic і
    expect(nameKey('W\u043Ej\u0456n')).toBe(nameKey('wojin')); // о, і; case ignored
    expect(nameKey('武\u200D进')).toBe(nameKey('武进'));
    expect(nameKey('\u202Enijuw')).toBe('nijuw');
    expect(nameKey('Ｗｕｊｉｎ')).toBe('wujin'); // full-width
    expect(nameKey('武进')).not.toBe(nameKey('武清'));
  });

  it('get their parent added, in full and short names, though written with other code points', () => {
    const list = [
      place('cz', '常州市', '常州'),
      place('sz', '苏州市', '苏州'),
      place('cz.wj', '武进区', 'Wujin', { parent: 'cz' }),
      place('sz.wj', '武\u200B进区', 'Wuj\u0456n', { parent: 'sz' }),
    ];
    const out = distinctShortNames(list);
    expect(out.map((j) => j.short.en)).toEqual(['常州', '苏州', 'Wujin(常州)', 'Wuj\u0456n(苏州)']);
    expect(out.map((j) => j.name.zh)).toEqual(['常州市', '苏州市', '武进区(常州)', '武进区(苏州)']);
    // the zero-width space is not shown
    expect(out[3]!.name.zh).not.toMatch(/\u200B/);
  });

  it('identical names of one parent and province fall back to the id: never two places under one name', () => {
    const list = [place('a.1', '新区', '新区'), place('a.2', '新区', '新区')];
    const out = distinctShortNames(list);
    expect(out.map((j) => j.short.zh)).toEqual(['新区(a.1)', '新区(a.2)']);
    expect(out.map((j) => j.name.zh)).toEqual(['新区(a.1)', '新区(a.2)']);
  });

  it('removes bidi controls from the names shown even where no two places clash', () => {
    const out = distinctShortNames([place('x', 'Wujin\u202E', '\u202Enijuw', { province: { zh: '江苏\u2066', en: 'Jiangsu' } })]);
    expect(out[0]).toMatchObject({ name: { zh: 'Wujin' }, short: { zh: 'nijuw' }, province: { zh: '江苏' } });
  });

  it('leaves different names as they are (no copies)', () => {
    const list = [place('a', '武进区', '武进'), place('b', '武清区', '武清')];
    const out = distinctShortNames(list);
    expect(out[0]).toBe(list[0]);
    expect(out[1]).toBe(list[1]);
  });
});
