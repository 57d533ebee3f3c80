/**
 * The bootstrap started as early as the page can: the small entry `src/app/boot-entry.ts` runs this as soon as it
 * has loaded (an `async` module script, before the app's own JavaScript has loaded, compiled and rendered), so the
 * import worker opens the store and brings in the bundled dataset meanwhile. The bootstrap read takes that run
 * (`takeBootstrap`) instead of starting another; later reads start their own. Nothing else reads the store before it
 * has finished, as before.
 */
import { runInWorker } from '../store/worker-client';
import type { BundledResult } from '../store/worker-protocol';

let early: Promise<BundledResult> | null = null;

const run = (): Promise<BundledResult> => runInWorker<BundledResult>({ type: 'bundled', baseUrl: document.baseURI });

/** Starts the bootstrap once, ahead of the app (idempotent until it is taken). */
export function startBootstrap(): void {
  early ??= run();
  // an early failure is the bootstrap read's to report; never an unhandled rejection meanwhile
  early.catch(() => undefined);
}

/** The early run if there is one (once), else a new run. */
export function takeBootstrap(): Promise<BundledResult> {
  const p = early ?? run();
  early = null;
  return p;
}
