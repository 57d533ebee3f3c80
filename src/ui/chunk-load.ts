/**
 * Loading a view's code on demand, for React.lazy: one retry (a passing network failure), and a load that
 * yields no component is an error rather than `undefined` (React.lazy would then fail on reading `default`).
 * After a new deploy the old build's chunks are gone from the server: the load rejects, the view's error boundary
 * shows what failed, and the reload notice asks for the new build (src/ui/state/pwa.ts).
 */

/** Calls `load`, once more if it rejects (`retries` more times in all); the last rejection is passed on. */
export async function loadWithRetry<T>(load: () => Promise<T>, retries = 1): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (e) {
      if (attempt >= retries) throw e;
    }
  }
}

/** A loaded module must have a default export (the view); anything else is a failed load. */
export function requireDefault<M extends { default: unknown }>(mod: M | undefined | null, name: string): M {
  if (!mod || typeof mod !== 'object' || mod.default === undefined) throw new ChunkLoadError(`${name}: the module has no default export`);
  return mod;
}

/** A view's code could not be loaded (a missing or unreadable chunk). */
export class ChunkLoadError extends Error {
  override name = 'ChunkLoadError';
}

// What browsers and Vite say when a dynamic import or its preloaded dependency fails.
const CHUNK_MESSAGES = [
  /Failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /Importing a module script failed/i, // Safari
  /Unable to preload CSS/i, // Vite's preload of a chunk's CSS
  /Loading (CSS )?chunk .* failed/i,
];

/** Whether an error is a failed load of code (rather than a bug of the view's rendering). */
export function isChunkLoadError(e: unknown): boolean {
  if (e instanceof ChunkLoadError) return true;
  if (!(e instanceof Error)) return false;
  return CHUNK_MESSAGES.some((re) => re.test(e.message));
}

/** The error's message as plain text, for showing (never HTML). */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message || e.name : String(e));
