/** URL state: the address bar is the single source of truth for what a shared link reproduces. */
import { useSyncExternalStore } from 'react';
import { replaceEqualDeep } from '@tanstack/react-query';
import { parseUrlState, serialiseUrlState, type UrlState } from './url-state';

const EVENT = 'rol:urlchange';
let cachedSearch: string | null = null;
let cachedState: UrlState | null = null;

function snapshot(): UrlState {
  const search = window.location.search;
  if (search !== cachedSearch || !cachedState) {
    cachedSearch = search;
    const next = parseUrlState(search);
    // structural sharing: a field that did not change keeps its identity (same array, same object), so a
    // component that reads only other fields neither re-renders nor recomputes what it memoised on them
    cachedState = cachedState ? replaceEqualDeep(cachedState, next) : next;
    checkLegacyIds(cachedState);
  }
  return cachedState;
}

let legacyChecked = false;
/** Once per page: a link that names metrics may use ids of before the indicator catalogue (see legacy-metric-ids). */
function checkLegacyIds(s: UrlState): void {
  if (legacyChecked) return;
  legacyChecked = true;
  if (!s.metrics.length && !s.rankMetric && !Object.keys(s.weights).length) return;
  void import('./legacy-metric-ids').then(({ upgradeMetricIds }) => {
    const patch = upgradeMetricIds(snapshot());
    if (patch) updateUrl(patch, 'replace');
  });
}

// one pair of window listeners for every subscriber: a view subscribes hundreds of components (each figure's
// language), and adding and removing two window listeners each cost more than rendering them
const listeners = new Set<() => void>();
const notify = () => {
  for (const cb of [...listeners]) cb();
};
function subscribe(cb: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('popstate', notify);
    window.addEventListener(EVENT, notify);
  }
  listeners.add(cb);
  return () => {
    listeners.delete(cb);
    if (listeners.size > 0) return;
    window.removeEventListener('popstate', notify);
    window.removeEventListener(EVENT, notify);
  };
}

/** The whole URL state: the component re-renders on any change of the address. */
export function useUrlState(): UrlState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/**
 * One field of the URL state: the component re-renders only when that field changes (by value: fields keep their
 * identity while equal). Prefer it to useUrlState in anything that stays mounted while other controls change the
 * address (a metric change must not re-render the whole app).
 */
export function useUrlField<K extends keyof UrlState>(key: K): UrlState[K] {
  const get = () => snapshot()[key];
  return useSyncExternalStore(subscribe, get, get);
}

/** Applies a change; `push` makes it a history entry (Back returns to the previous view). */
export function updateUrl(patch: Partial<UrlState>, mode: 'push' | 'replace' = 'push'): void {
  const next = { ...snapshot(), ...patch };
  const url = `${window.location.pathname}${serialiseUrlState(next)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(EVENT));
}

export const currentUrlState = snapshot;
