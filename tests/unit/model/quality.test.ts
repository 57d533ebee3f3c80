import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notesFor } from '../../../src/model/quality';
import type { Dataset } from '../../../src/model/schema';

describe('data-quality notes next to figures', () => {
  it('finds the note of the doubled percent sign for 吕梁 99.19%', () => {
    const ds = JSON.parse(readFileSync('public/data/bundled.json', 'utf8')) as Dataset;
    const o = ds.observations.find((x) => x.report === 'lvliang-2023' && x.figure === '99.19%')!;
    expect(o).toBeDefined();
    expect(notesFor(o, ds.reports).map((n) => n.kind)).toEqual(['typo']);
    const clean = ds.observations.find((x) => x.report === 'wujin-2022')!;
    expect(notesFor(clean, ds.reports)).toEqual([]);
  });
});
