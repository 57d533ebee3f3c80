/** How presentation mode is driven: the keys that step through the slides, and the browser's full screen. */
import { useEffect, type RefObject } from 'react';

/** → ↓ PageDown Space: next; ← ↑ PageUp: previous; Home/End: first/last; Esc: leave. */
export function useSlideKeys(keys: {
  step: (d: number) => void;
  go: (index: number) => void;
  count: number;
  closeRef: RefObject<() => void>;
}): void {
  const { step, go, count, closeRef } = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const k = e.key;
      if (k === 'Escape') closeRef.current();
      else if (k === 'ArrowRight' || k === 'ArrowDown' || k === 'PageDown' || k === ' ') step(1);
      else if (k === 'ArrowLeft' || k === 'ArrowUp' || k === 'PageUp') step(-1);
      else if (k === 'Home') go(0);
      else if (k === 'End') go(Math.max(0, count - 1));
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [step, go, count, closeRef]);
}

/**
 * Full screen when offered; leaving it (the browser's own Esc) calls the close callback. The root takes the
 * focus while mounted and gives it back to what had it.
 */
export function useFullscreen(rootRef: RefObject<HTMLElement | null>, closeRef: RefObject<() => void>): void {
  useEffect(() => {
    const root = rootRef.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    root?.focus();
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === root) entered = true;
      else if (entered && !document.fullscreenElement) closeRef.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (root && document.fullscreenEnabled && typeof root.requestFullscreen === 'function')
      root.requestFullscreen().catch(() => undefined /* the fixed full-window layer remains */);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => undefined);
      previous?.focus();
    };
  }, [rootRef, closeRef]);
}
