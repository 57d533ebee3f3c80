import { describe, expect, it } from 'vitest';
import { ChunkLoadError, errorText, isChunkLoadError, loadWithRetry, requireDefault } from '../../../src/ui/chunk-load';

describe('loadWithRetry', () => {
  it('returns the first success without calling again', async () => {
    let calls = 0;
    await expect(loadWithRetry(async () => ++calls)).resolves.toBe(1);
    expect(calls).toBe(1);
  });

  it('retries once after a rejection and returns the second result', async () => {
    let calls = 0;
    const load = async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module: http://x/assets/A.js');
      return 'ok';
    };
    await expect(loadWithRetry(load)).resolves.toBe('ok');
    expect(calls).toBe(2);
  });

  it('passes on the last rejection when every attempt fails', async () => {
    let calls = 0;
    const load = async () => {
      calls++;
      throw new Error(`attempt ${calls}`);
    };
    await expect(loadWithRetry(load)).rejects.toThrow('attempt 2');
    expect(calls).toBe(2);
    calls = 0;
    await expect(loadWithRetry(load, 0)).rejects.toThrow('attempt 1');
    expect(calls).toBe(1);
  });
});

describe('requireDefault', () => {
  it('passes a module with a default export through', () => {
    const mod = { default: () => null };
    expect(requireDefault(mod, 'rank')).toBe(mod);
  });

  it('turns an undefined module (a swallowed import) into a chunk load error naming the view', () => {
    expect(() => requireDefault(undefined, 'rank')).toThrow(ChunkLoadError);
    expect(() => requireDefault(undefined, 'rank')).toThrow(/^rank: /);
    expect(() => requireDefault({ default: undefined }, 'data')).toThrow(ChunkLoadError);
  });
});

describe('isChunkLoadError', () => {
  it('knows the browsers’ and Vite’s failed-load messages', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://h/assets/RankView-1.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: http://h/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Unable to preload CSS for /assets/RankView-1.css'))).toBe(true);
    expect(isChunkLoadError(new ChunkLoadError('x'))).toBe(true);
  });

  it('does not take a rendering bug or a non-error for a failed load', () => {
    expect(isChunkLoadError(new TypeError("Cannot read properties of undefined (reading 'map')"))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
    expect(isChunkLoadError(null)).toBe(false);
  });
});

describe('errorText', () => {
  it('is the message, the name when there is no message, or the value as text', () => {
    expect(errorText(new Error('<b>x</b>'))).toBe('<b>x</b>');
    expect(errorText(new TypeError(''))).toBe('TypeError');
    expect(errorText(42)).toBe('42');
  });
});
