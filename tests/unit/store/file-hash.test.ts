import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileHashAside } from '../../../src/store/file-hash';

const file = new File([new Uint8Array([1, 2, 3])], 'a.json');

/** A stand-in for the digest worker: answers the posted file with `reply`, or fails to start. */
function fakeWorker(behaviour: 'answers' | 'fails' | 'errors') {
  return class {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: ((e: { preventDefault(): void }) => void) | null = null;
    terminated = false;
    postMessage() {
      queueMicrotask(() => {
        if (behaviour === 'answers') this.onmessage?.({ data: { ok: true, hex: 'ab'.repeat(32) } });
        else if (behaviour === 'fails') this.onmessage?.({ data: { ok: false, message: 'no digest' } });
        else this.onerror?.({ preventDefault() {} });
      });
    }
    terminate() {
      this.terminated = true;
    }
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('the digest made in a worker of its own', () => {
  it('is the worker’s answer, and the fallback is never run', async () => {
    vi.stubGlobal('Worker', fakeWorker('answers'));
    const fallback = vi.fn(async () => 'fallback');
    expect(await fileHashAside(file, fallback)()).toBe('ab'.repeat(32));
    expect(fallback).not.toHaveBeenCalled();
  });

  it.each(['fails', 'errors'] as const)('falls back to the caller’s digest when the worker %s, only once asked', async (how) => {
    vi.stubGlobal('Worker', fakeWorker(how));
    const fallback = vi.fn(async () => 'fallback');
    const hash = fileHashAside(file, fallback);
    await new Promise((r) => setTimeout(r, 0));
    // the caller's bytes may not be read yet: nothing runs before the digest is asked for
    expect(fallback).not.toHaveBeenCalled();
    expect(await hash()).toBe('fallback');
    expect(await hash()).toBe('fallback');
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('falls back where no worker can be made', async () => {
    vi.stubGlobal('Worker', undefined);
    expect(await fileHashAside(file, async () => 'fallback')()).toBe('fallback');
  });
});
