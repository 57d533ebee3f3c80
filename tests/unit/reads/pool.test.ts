import { describe, expect, it } from 'vitest';
import { inPool } from '../../../src/reads/pool';

describe('inPool', () => {
  it('keeps at most `width` calls in flight and returns results in item order', async () => {
    let inFlight = 0;
    let most = 0;
    const delays = [30, 5, 20, 1, 15, 2, 8, 12];
    const out = await inPool(delays, 3, async (ms, i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((ok) => setTimeout(ok, ms));
      inFlight--;
      return `${i}:${ms}`;
    });
    expect(most).toBe(3);
    expect(out).toEqual(delays.map((ms, i) => `${i}:${ms}`));
    expect(await inPool([], 4, async () => 1)).toEqual([]);
  });
  it('rejects with the first failure', async () => {
    await expect(inPool([1, 2, 3], 2, async (x) => {
      if (x === 2) throw new Error('two');
      return x;
    })).rejects.toThrow('two');
  });
});
