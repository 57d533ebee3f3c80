/**
 * URL state: the address is the single source of truth for what a shared link reproduces. A change is the app's at
 * once (every reader sees it in the same task) and the browser's history a frame later: `history.pushState` costs a
 * pick in a view about a third of its time when it comes before the chart is drawn. The person going back or
 * forward drops what is pending (the entry the browser went to wins); hiding or leaving the page writes it (the
 * browser may no longer take it when the page is already being unloaded: a reload begun within the frame of a
 * change opens on the address before it).
 */
import { useSyncExternalStore } from 'react';
import { replaceEqualDeep } from '@tanstack/react-query';
import { parseUrlState, serialiseUrlState, type UrlState } from './url-state';

const EVENT = 'rol:urlchange';
let cachedSearch: string | null = null;
/** History writes not made yet, in order, and the address they lead to. */
let pending: { url: string; mode: 'push' | 'replace' }[] = [];
let pendingSearch: string | null = null;
let flushAsked = false;

const liveSearch = (): string => pendingSearch ?? window.location.search;
let cachedState: UrlState | null = null;

function snapshot(): UrlState {
  const search = liveSearch();
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

/** Makes the pending history writes now (the page is being left or hidden, or a caller needs the address itself). */
export function flushUrl(): void {
  flushAsked = false;
  const writes = pending;
  pending = [];
  pendingSearch = null;
  for (const w of writes) {
    if (w.mode === 'push') window.history.pushState(null, '', w.url);
    else window.history.replaceState(null, '', w.url);
  }
}

function askFlush(): void {
  if (flushAsked) return;
  flushAsked = true;
  const run = () => {
    if (flushAsked) flushUrl();
  };
  // after the frame that draws the change, in a task of its own; a hidden page draws no frames
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 100);
}

if (typeof window !== 'undefined') {
  // back or forward while a write is pending (within a frame of a change): the entry the browser went to wins.
  // Added before any reader's listener, so readers see the state the browser went to
  window.addEventListener('popstate', () => {
    pending = [];
    pendingSearch = null;
  });
  window.addEventListener('pagehide', flushUrl);
  if (typeof document !== 'undefined')
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flushUrl();
    });
}

/** Applies a change; `push` makes it a history entry (Back returns to the previous view). */
export function updateUrl(patch: Partial<UrlState>, mode: 'push' | 'replace' = 'push'): void {
  const next = { ...snapshot(), ...patch };
  const search = serialiseUrlState(next);
  if (search === liveSearch()) return;
  pending.push({ url: `${window.location.pathname}${search}${window.location.hash}`, mode });
  pendingSearch = search;
  askFlush();
  window.dispatchEvent(new Event(EVENT));
}

export const currentUrlState = snapshot;
