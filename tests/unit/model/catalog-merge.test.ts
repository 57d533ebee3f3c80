import { describe, expect, it } from 'vitest';
import { mergeCatalog } from '../../../src/model/catalog';
import { toBlocks } from '../../../src/store/codecs/blocks';
import { tinyDataset } from '../../fixtures/factory';

describe('one place in two datasets', () => {
  const meta = { origin: 'user' as const, hash: 'h'.repeat(64), bytes: 1, importedAt: 1 };
  it('keeps the first definition, and takes the code and the population a later one adds', () => {
    const a = tinyDataset('a', { jurisdictions: 1 });
    const b = tinyDataset('b', { jurisdictions: 1 });
    const id = a.jurisdictions[0]!.id;
    expect(b.jurisdictions[0]!.id).toBe(id);
    b.jurisdictions[0] = { ...b.jurisdictions[0]!, name: { zh: '另一个名字', en: 'other' }, code: '320412', population: { value: 1_800_000, year: 2023, source: { zh: '统计公报', en: 'bulletin' } } };
    const c = mergeCatalog([toBlocks(a, meta).record, toBlocks(b, { ...meta, importedAt: 2 }).record]);
    const j = c.jurisdictionById.get(id)!;
    expect(j.name).toEqual(a.jurisdictions[0]!.name);
    expect(j.code).toBe('320412');
    expect(j.population?.value).toBe(1_800_000);
    // a code the first one has is not replaced
    const d = tinyDataset('d', { jurisdictions: 1 });
    d.jurisdictions[0] = { ...d.jurisdictions[0]!, code: '141100' };
    const c2 = mergeCatalog([toBlocks(b, meta).record, toBlocks(d, { ...meta, importedAt: 2 }).record]);
    expect(c2.jurisdictionById.get(id)!.code).toBe('320412');
  });
});
