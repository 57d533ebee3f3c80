/**
 * The address-bar store (src/ui/url/url-store.ts) in a minimal window: fields that did not change keep their identity, so
 * components that read one field (useUrlField) and memos keyed on fields do not see a change of another field.
 */
import { beforeAll, describe, expect, it } from 'vitest';

const loc = { pathname: '/', search: '?v=rank&j=a,b&w=m1~2,m2~1', hash: '' };
const pushed: string[] = [];
beforeAll(() => {
  const setUrl = (_: unknown, __: string, url: string) => {
    pushed.push(url);
    loc.search = new URL(url, 'http://localhost').search;
  };
  Object.assign(globalThis, {
    window: Object.assign(new EventTarget(), { location: loc, history: { pushState: setUrl, replaceState: setUrl } }),
  });
});

describe('the URL store', () => {
  it('keeps unchanged fields identical across a change of another field, and gives a changed field a new value', async () => {
    const { currentUrlState, updateUrl } = await import('../../../../src/ui/url/url-store');
    const before = currentUrlState();
    expect(before.view).toBe('rank');
    expect(before.weights).toEqual({ m1: 2, m2: 1 });

    let events = 0;
    window.addEventListener('rol:urlchange', () => events++);
    updateUrl({ rankMetric: 'm3' });
    const after = currentUrlState();
    expect(events).toBe(1);
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

    // the same state again is no change at all: no history entry, no event, the same snapshot
    const n = pushed.length;
    updateUrl({ weights: { m1: 2, m2: 3 } });
    expect(pushed.length).toBe(n);
    expect(events).toBe(2);
    expect(currentUrlState()).toBe(third);
  });
});
