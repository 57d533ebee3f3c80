import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { catalogueOf } from '../../../../src/features/add-report/indicator-file';

const shipped = JSON.parse(readFileSync(new URL('../../../../public/data/indicators.json', import.meta.url), 'utf8')) as Record<string, unknown> & { indicators: Record<string, unknown>[] };

describe('the shipped indicator catalogue file', () => {
  it('reads the file dataset:build writes', () => {
    const c = catalogueOf(shipped);
    expect(c.indicators.length).toBe(shipped.indicators.length);
    expect(c.indicators.length).toBeGreaterThan(300);
    expect(c.tasks.length).toBeGreaterThan(0);
  });

  it('refuses another format or version, and names the first indicator that is not one', () => {
    expect(() => catalogueOf(null)).toThrow(/not a rol-compare\/indicators file/);
    expect(() => catalogueOf({ ...shipped, version: 2 })).toThrow(/version 2 is not known/);
    expect(() => catalogueOf({ ...shipped, indicators: undefined })).toThrow(/lacks its tasks or indicators/);
    const bad = [...shipped.indicators];
    bad[3] = { ...bad[3], area: 'nowhere' };
    expect(() => catalogueOf({ ...shipped, indicators: bad })).toThrow('indicators[3] is not an indicator');
    bad[3] = { ...shipped.indicators[3], aliases: [1] };
    expect(() => catalogueOf({ ...shipped, indicators: bad })).toThrow('indicators[3] is not an indicator');
  });
});
