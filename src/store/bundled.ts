/** The bundled dataset: imported on first load, again only when its content hash changes. */
import { isBackingStoreError, openWithRetry, type RolDb } from './db';
import type { importDatasetJson, ProgressFn } from './import';
import type { BundledResult } from './worker-protocol';
import { fetchManifest, type BundleManifest } from './bundled-quick';
// this worker opens the database first, so it runs the store's format upgrades
import './upgrade-v3';

/** `known`: the manifest, when the caller has fetched it already (./bundled-quick.ts); else it is fetched here. */
export async function ensureBundledDataset(db: RolDb, baseUrl: string, onProgress?: ProgressFn, known?: BundleManifest | null): Promise<BundledResult> {
  // open (and upgrade) the store before anything else, even when the network is down
  try {
    await openWithRetry(db);
  } catch (e) {
    if (!isBackingStoreError(e)) throw e;
    return { ok: false, errors: { kind: 'unavailable', message: e instanceof Error ? e.message : String(e) } };
  }
  const fetched = known ?? (await fetchManifest(baseUrl));
  if ('message' in fetched) return { ok: false, errors: { kind: 'fetch', message: fetched.message } };
  const manifest = fetched;
  const current = await db.datasets.get(manifest.id);
  if (current && current.hash === manifest.sha256) return { ok: true, value: { imported: false } };
  // the import's code (validation, codecs) is loaded only when the stored dataset is missing or outdated, while the
  // dataset is fetched
  const code = import('./import');
  code.catch(() => undefined);
  let bytes: Uint8Array;
  try {
    const res = await fetch(new URL(`data/${manifest.file}`, baseUrl));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    return { ok: false, errors: { kind: 'fetch', message: e instanceof Error ? e.message : String(e) } };
  }
  const opts: Parameters<typeof importDatasetJson>[3] = { origin: 'bundled', replace: true, hash: manifest.sha256 };
  if (onProgress) opts.onProgress = onProgress;
  const { importDatasetJson: importJson } = await code;
  const result = await importJson(db, bytes, manifest.file, opts);
  if (!result.ok) return result;
  return { ok: true, value: { imported: true, summary: result.value } };
}
