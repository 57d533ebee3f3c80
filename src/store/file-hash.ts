/**
 * A user file's SHA-256 computed in a worker of its own (./hash-worker.ts), reading the file itself, while the
 * import worker validates and writes it: the second core does the digest. Where a worker cannot be started or
 * fails, the caller's own digest is used (`fallback`), so an import never depends on it.
 *
 * The worker is made at once but reads the file only on `start()` (or when the digest is asked for): reading and
 * digesting 300 MB beside the import worker's decoding slowed that decoding by about half (both compete for the
 * memory's bandwidth on a 2-core machine), while the validation and the block-making that follow leave the second
 * core idle. `stop()` ends a worker whose digest is no longer wanted (an import that failed before it).
 */
export type HashAside = (() => Promise<string>) & { start(): void; stop(): void };

export function fileHashAside(file: File, fallback: () => Promise<string>, opts: { deferred?: boolean } = {}): HashAside {
  let aside: Promise<string>;
  let worker: Worker | null = null;
  let posted = false;
  let settle: ((e: Error) => void) | null = null;
  try {
    const w = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module', name: 'rol-hash' });
    worker = w;
    aside = new Promise<string>((ok, fail) => {
      settle = fail;
      w.onmessage = (e: MessageEvent<{ ok: boolean; hex?: string; message?: string }>) => {
        w.terminate();
        worker = null;
        if (e.data.ok && typeof e.data.hex === 'string') ok(e.data.hex);
        else fail(new Error(e.data.message ?? 'digest failed'));
      };
      w.onerror = (e) => {
        e.preventDefault();
        w.terminate();
        worker = null;
        fail(new Error('the digest worker did not start'));
      };
    });
  } catch (e) {
    aside = Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  aside.catch(() => {});
  const start = () => {
    if (posted) return;
    posted = true;
    worker?.postMessage(file);
  };
  if (!opts.deferred) start();
  // the fallback starts only when the digest is asked for (the caller's bytes are read by then)
  let hashed: Promise<string> | null = null;
  const hash = () => {
    start();
    return (hashed ??= aside.catch(() => fallback()));
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
    settle?.(new Error('the digest is no longer wanted'));
  };
  return Object.assign(hash, { start, stop });
}
