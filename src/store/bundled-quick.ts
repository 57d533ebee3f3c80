/**
 * The bootstrap's quick answer, without Dexie: on a reload the store is nearly always at this code's schema version
 * and already holds the bundled dataset of the deployed build. That is checked with the browser's own IndexedDB —
 * the database opened at whatever version it has (never created, never upgraded), the bundled dataset's record read
 * for its hash — while the manifest is fetched. Only an exact "unchanged" is answered here; anything else (no
 * database, another version, another or no hash, an error) is left to the full bootstrap (./bundled.ts), which opens
 * the store with Dexie (and upgrades it), says why it failed, and imports. So the import worker's script holds no
 * Dexie, and what every reload runs is small.
 */

/** What `data/manifest.json` says of the deployed bundled dataset. */
export interface BundleManifest {
  id: string;
  file: string;
  sha256: string;
  bytes: number;
}

/** The database's name and schema version (Dexie's, as declared in ./db.ts; a unit test keeps them equal). */
export const STORE_NAME = 'rol-compare';
export const STORE_VERSION = 3;

/** The manifest of the deployed bundled dataset, or why it could not be fetched. */
export async function fetchManifest(baseUrl: string): Promise<BundleManifest | { message: string }> {
  try {
    const res = await fetch(new URL('data/manifest.json', baseUrl));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const m = (await res.json()) as Partial<BundleManifest> | null;
    if (!m || typeof m.id !== 'string' || typeof m.sha256 !== 'string' || typeof m.file !== 'string') throw new Error('data/manifest.json names no dataset');
    return m as BundleManifest;
  } catch (e) {
    return { message: e instanceof Error ? e.message : String(e) };
  }
}

/** The database at its current version, or null when there is none (the open that would create it is aborted). */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(name);
    } catch {
      resolve(null);
      return;
    }
    // no such database: opening would make an empty one at version 1; abort that (the open then fails)
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(null);
    req.onblocked = () => resolve(null);
  });
}

/** The `hash` of the dataset record `id`, or null. */
function storedHash(db: IDBDatabase, id: string): Promise<string | null> {
  return new Promise((resolve) => {
    try {
      const req = db.transaction('datasets', 'readonly').objectStore('datasets').get(id);
      req.onsuccess = () => {
        const hash = (req.result as { hash?: unknown } | undefined)?.hash;
        resolve(typeof hash === 'string' ? hash : null);
      };
      req.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

export interface QuickCheck {
  /** the store needs nothing: at this version, holding the deployed bundled dataset */
  unchanged: boolean;
  /** the manifest, when it was fetched (the full bootstrap need not fetch it again) */
  manifest: BundleManifest | null;
}

/**
 * Whether the store is at `version` and holds the bundled dataset the manifest names, by its hash. The connection
 * is closed before this returns, so it never holds up another tab's upgrade.
 */
export async function quickBundledCheck(
  baseUrl: string,
  factory: IDBFactory | null = globalThis.indexedDB ?? null,
  name = STORE_NAME,
  version = STORE_VERSION,
): Promise<QuickCheck> {
  const manifest = fetchManifest(baseUrl).then((m) => ('message' in m ? null : m));
  const db = factory ? await openExisting(factory, name) : null;
  if (!db) return { unchanged: false, manifest: await manifest };
  try {
    // Dexie stores its version ×10
    if (db.version !== version * 10 || !db.objectStoreNames.contains('datasets')) return { unchanged: false, manifest: await manifest };
    const m = await manifest;
    if (!m) return { unchanged: false, manifest: null };
    return { unchanged: (await storedHash(db, m.id)) === m.sha256, manifest: m };
  } finally {
    db.close();
  }
}
