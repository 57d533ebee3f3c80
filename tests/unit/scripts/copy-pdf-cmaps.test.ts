import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without types
import { chineseCmaps, cmapSource } from '../../../scripts/copy-pdf-cmaps.mjs';

describe('public/pdf-cmaps', () => {
  const shipped = readdirSync('public/pdf-cmaps').sort();
  const wanted = (chineseCmaps as (dir: string) => string[])((cmapSource as () => string)());

  it('holds the Chinese CMaps of the installed pdf.js, byte for byte, and their licence', () => {
    expect(shipped).toEqual([...wanted, 'LICENSE.txt'].sort());
    for (const f of wanted) expect(readFileSync(join('public/pdf-cmaps', f)).equals(readFileSync(join(cmapSource(), f))), f).toBe(true);
  });

  it('has the GB and CNS encodings government PDFs use, and no Japanese or Korean ones', () => {
    for (const f of ['UniGB-UCS2-H', 'GBK-EUC-H', 'GB-EUC-H', 'GBpc-EUC-H', 'GBT-H', 'Adobe-GB1-UCS2', 'UniCNS-UCS2-H', 'B5pc-H', 'ETen-B5-H', 'HKscs-B5-H', 'Adobe-CNS1-UCS2'])
      expect(shipped).toContain(`${f}.bcmap`);
    expect(shipped.filter((f) => /Japan|Korea|JIS|RKSJ|KSC|UniKS/.test(f))).toEqual([]);
  });
});
