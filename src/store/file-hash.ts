/**
 * A user file's SHA-256 computed in a worker of its own (./hash-worker.ts), reading the file itself, while the
 * import worker reads, parses and validates it: the second core does the digest. Where a worker cannot be started
 * or fails, the caller's own digest is used (`fallback`), so an import never depends on it.
 */
export function fileHashAside(file: File, fallback: () => Promise<string>): () => Promise<string> {
  let aside: Promise<string>;
  try {
    const w = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module', name: 'rol-hash' });
    aside = new Promise<string>((ok, fail) => {
      w.onmessage = (e: MessageEvent<{ ok: boolean; hex?: string; message?: string }>) => {
        w.terminate();
        if (e.data.ok && typeof e.data.hex === 'string') ok(e.data.hex);
        else fail(new Error(e.data.message ?? 'digest failed'));
      };
      w.onerror = (e) => {
        e.preventDefault();
        w.terminate();
        fail(new Error('the digest worker did not start'));
      };
    });
    w.postMessage(file);
  } catch (e) {
    aside = Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  aside.catch(() => {});
  // the fallback starts only when the digest is asked for (the caller's bytes are read by then)
  let hashed: Promise<string> | null = null;
  return () => (hashed ??= aside.catch(() => fallback()));
}
