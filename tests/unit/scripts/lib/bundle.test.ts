import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../../scripts/lib/bundle';

describe('the committed bundle', () => {
  it('is what `npm run dataset:build` makes from data/ (deterministic, up to date)', () => {
    const { json, manifest } = buildBundle('data');
    const again = buildBundle('data');
    expect(again.json).toBe(json);
    const upToDate = readFileSync('public/data/bundled.json', 'utf8') === json;
    expect(upToDate, 'public/data/bundled.json is out of date: run npm run dataset:build').toBe(true);
    expect(JSON.parse(readFileSync('public/data/manifest.json', 'utf8'))).toEqual(manifest);
  });

  it('keeps the five source texts byte for byte', () => {
    const ds = JSON.parse(readFileSync('public/data/bundled.json', 'utf8')) as { reports: { source: string; text: string }[] };
    expect(ds.reports).toHaveLength(5);
    for (const r of ds.reports) expect(Buffer.from(r.text, 'utf8').equals(readFileSync(`data/reports/${r.source}`))).toBe(true);
  });
});
