import { describe, expect, it } from 'vitest';
import { distinctShortNames } from '../../../src/model/short-names';
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
