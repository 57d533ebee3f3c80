/** URL state: the address bar is the single source of truth for what a shared link reproduces. */
import { useSyncExternalStore } from 'react';
import { parseUrlState, serialiseUrlState, type UrlState } from '../domain/url-state';

const EVENT = 'rol:urlchange';
let cachedSearch: string | null = null;
let cachedState: UrlState | null = null;

function snapshot(): UrlState {
  const search = window.location.search;
  if (search !== cachedSearch || !cachedState) {
    cachedSearch = search;
    cachedState = parseUrlState(search);
  }
  return cachedState;
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('popstate', cb);
  window.addEventListener(EVENT, cb);
  return () => {
    window.removeEventListener('popstate', cb);
    window.removeEventListener(EVENT, cb);
  };
}

export function useUrlState(): UrlState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
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
