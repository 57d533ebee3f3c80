import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distinctShortNames, nameKey } from '../../../src/model/short-names';
import { mergeCatalog } from '../../../src/model/catalog';
import { toBlocks } from '../../../src/store/codecs/blocks';
import { tinyDataset } from '../../fixtures/factory';
import type { Jurisdiction } from '../../../src/model/schema';

const j = (id: string, short: string, parent?: string, province = '江苏'): Jurisdiction => ({
  id,
  name: { zh: `${short}区`, en: `${short} District` },
  short: { zh: short, en: short },
  level: 'district',
  province: { zh: province, en: province },
  ...(parent ? { parent } : {}),
});

describe('short names that tell places apart', () => {
  it('adds the parent to identical short names, the province when the parent is unknown, and leaves the rest', () => {
    const list = [j('fz', '福州'), j('nj', '南京'), j('gl.fz', '鼓楼', 'fz', '福建'), j('gl.nj', '鼓楼', 'nj'), j('gl.x', '鼓楼', undefined, '河南'), j('wj', '武进')];
    const out = distinctShortNames(list);
    expect(out.map((x) => x.short.zh)).toEqual(['福州', '南京', '鼓楼(福州)', '鼓楼(南京)', '鼓楼(河南)', '武进']);
    expect(out[5]).toBe(list[5]); // unchanged places are not copied
    expect(new Set(out.map((x) => x.short.en)).size).toBe(out.length);
  });

  it('falls back to the full name when the parent does not tell them apart', () => {
    const list = [j('a', '朝阳', undefined, '北京'), { ...j('b', '朝阳', undefined, '北京'), name: { zh: '朝阳县', en: 'Chaoyang County' } }];
    expect(distinctShortNames(list).map((x) => x.short.zh)).toEqual(['朝阳区(北京)', '朝阳县(北京)']);
  });

  it('the merged catalogue of two datasets shows two places of one short name apart', () => {
    const a = tinyDataset('a', { jurisdictions: 1 });
    const b = tinyDataset('b', { jurisdictions: 1 });
    b.jurisdictions[0] = { ...b.jurisdictions[0]!, id: 'other', province: { zh: '山西', en: 'Shanxi' } };
    b.reports = b.reports.map((r) => ({ ...r, jurisdiction: 'other' }));
    const meta = { origin: 'user' as const, hash: 'h'.repeat(64), bytes: 1, importedAt: 1 };
    const c = mergeCatalog([toBlocks(a, meta).record, toBlocks(b, { ...meta, importedAt: 2 }).record]);
    const shorts = c.jurisdictions.map((x) => x.short.zh);
    expect(new Set(shorts).size).toBe(2);
    expect(c.jurisdictionById.get('other')!.short.zh).toContain('山西');
  });
});

describe('a name’s key on the plain path', () => {
  // a zero-width space sends a name through the full path (normalised, invisible characters removed, look-alikes
  // read as Latin), which must give what the plain path gives the name without it
  const full = (s: string) => nameKey(`${s}\u200b`);
  it('reads every census place name, and names of ASCII and spaces, as the full path does', () => {
    const csv = readFileSync(join(__dirname, '../../../data/gazetteer/census-2020-county.csv'), 'utf8');
    const names = new Set<string>();
    for (const line of csv.split('\n').slice(1)) for (const cell of line.split(',').slice(1, 4)) if (cell) names.add(cell);
    expect(names.size).toBeGreaterThan(3000);
    for (const extra of ['Wujin District', '  Suzhou   Industrial Park ', 'ABC-123 (x)', '鼓楼 区', '', ' ', 'Gulou~!@#$%^&*_+={}[]|\\:;"<>?,./`'])
      names.add(extra);
    for (const s of names) expect(nameKey(s), s).toBe(full(s));
  });
  it('leaves the full path to names it does not cover', () => {
    // fullwidth letters, a compatibility ideograph, a Cyrillic look-alike, a tab: each read as the full path reads it
    expect(nameKey('ＷＵＪＩＮ')).toBe('wujin');
    expect(nameKey('\uF900')).toBe('\u8C48');
    expect(nameKey('Wujіn')).toBe(nameKey('Wujin'));
    expect(nameKey('a\tb')).toBe('a b');
  });
});
