/**
 * The address-bar store (src/ui/url/url-store.ts) in a minimal window: fields that did not change keep their identity, so
 * components that read one field (useUrlField) and memos keyed on fields do not see a change of another field; a
 * change is seen at once and written to the history afterwards, in order, unless the person went back meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const loc = { pathname: '/', search: '?v=rank&j=a,b&w=m1~2,m2~1', hash: '' };
const pushed: string[] = [];
const writes: string[] = [];
beforeAll(() => {
  const setUrl = (mode: string) => (_: unknown, __: string, url: string) => {
    pushed.push(url);
    writes.push(`${mode} ${new URL(url, 'http://localhost').search}`);
    loc.search = new URL(url, 'http://localhost').search;
  };
  Object.assign(globalThis, {
    window: Object.assign(new EventTarget(), { location: loc, history: { pushState: setUrl('push'), replaceState: setUrl('replace') } }),
  });
});

// a link naming metrics loads the table of old metric ids once, unawaited (url-store.ts): loaded before the file
// ends, or a test run under load can end it mid-load and report the interrupted import as an error of this file
afterAll(async () => {
  await import('../../../../src/ui/url/legacy-metric-ids');
});

describe('the URL store', () => {
  it('keeps unchanged fields identical across a change of another field, and gives a changed field a new value', async () => {
    const { currentUrlState, flushUrl, updateUrl } = await import('../../../../src/ui/url/url-store');
    const before = currentUrlState();
    expect(before.view).toBe('rank');
    expect(before.weights).toEqual({ m1: 2, m2: 1 });

    let events = 0;
    window.addEventListener('rol:urlchange', () => events++);
    updateUrl({ rankMetric: 'm3' });
    const after = currentUrlState();
    expect(events).toBe(1);
    flushUrl();
    expect(pushed.at(-1)).toContain('m3');
    expect(after).not.toBe(before);
    expect(after.rankMetric).toBe('m3');
    expect(after.weights).toBe(before.weights);
    expect(after.jurisdictions).toBe(before.jurisdictions);
    expect(after.categories).toBe(before.categories);

    updateUrl({ weights: { m1: 2, m2: 3 } });
    const third = currentUrlState();
    expect(third.weights).toEqual({ m1: 2, m2: 3 });
    expect(third.weights).not.toBe(after.weights);
    expect(third.jurisdictions).toBe(before.jurisdictions);

    // the same state again is no change at all: no history entry, no event, the same snapshot — also while the
    // previous change is still to be written
    updateUrl({ weights: { m1: 2, m2: 3 } });
    flushUrl();
    const n = pushed.length;
    updateUrl({ weights: { m1: 2, m2: 3 } });
    flushUrl();
    expect(pushed.length).toBe(n);
    expect(events).toBe(2);
    // once written, the browser's address gives the same state back (nothing parsed anew)
    expect(currentUrlState()).toBe(third);
  });

  it('shows a change at once and writes the history after it, every entry in order, by itself in time', async () => {
    vi.useFakeTimers();
    try {
      const { currentUrlState, updateUrl } = await import('../../../../src/ui/url/url-store');
      writes.length = 0;
      const search = loc.search;
      updateUrl({ rankMetric: 'm4' });
      updateUrl({ rankYear: 2022 }, 'replace');
      updateUrl({ view: 'compare' });
      // the app reads the new state at once; the browser's address is still the old one
      expect(currentUrlState()).toMatchObject({ rankMetric: 'm4', rankYear: 2022, view: 'compare' });
      expect(loc.search).toBe(search);
      expect(writes).toEqual([]);
      await vi.advanceTimersByTimeAsync(150);
      expect(writes.map((w) => w.split(' ')[0])).toEqual(['push', 'replace', 'push']);
      expect(writes[0]).toContain('rm=m4');
      expect(writes[1]).toContain('ry=2022');
      expect(writes[2]).toMatch(/rm=m4.*ry=2022|ry=2022.*rm=m4/);
      expect(new URLSearchParams(loc.search).get('ry')).toBe('2022');
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops what is not yet written when the person goes back or forward: the entry the browser went to wins', async () => {
    vi.useFakeTimers();
    try {
      const { currentUrlState, updateUrl } = await import('../../../../src/ui/url/url-store');
      writes.length = 0;
      updateUrl({ rankMetric: 'm9' });
      expect(currentUrlState().rankMetric).toBe('m9');
      loc.search = '?v=profile&p=x';
      window.dispatchEvent(new Event('popstate'));
      expect(currentUrlState()).toMatchObject({ view: 'profile', profile: 'x' });
      await vi.advanceTimersByTimeAsync(150);
      expect(writes).toEqual([]);
      expect(loc.search).toBe('?v=profile&p=x');
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes what is pending when the page is left', async () => {
    const { updateUrl } = await import('../../../../src/ui/url/url-store');
    writes.length = 0;
    updateUrl({ profile: 'leaving' });
    expect(writes).toEqual([]);
    window.dispatchEvent(new Event('pagehide'));
    expect(writes).toHaveLength(1);
    expect(loc.search).toContain('p=leaving');
  });
});
