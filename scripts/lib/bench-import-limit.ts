/**
 * The import against the limit the browser itself sets, and the Arrow import, at each size of the benchmark.
 *  - the limit (its page: this module's LIMIT_JS, its worker scripts/lib/bench-import-limit-worker.ts): in a fresh
 *    on-disk profile, the same JSON file read, decoded and JSON.parse'd in a worker, plus one IndexedDB transaction
 *    writing the records the app's import writes for it (made with the app's codec before the clock starts) —
 *    parse and store, without validation. Measured in the same run as the app's import, alternating with it;
 *  - the Arrow import: the same dataset as an Arrow IPC file (docs/dataset-format.md), through the data view's file
 *    input, end to end, in a fresh profile.
 * Targets: the JSON import within 1.3× of the limit; the Arrow import under 3 s at national scale.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundlePageScript } from './bench-build';
import { AppPage, importViaDataView, openProfile, type ImportRun } from './bench-browser';
import { stat, type Stat, type Target } from './bench-results';
import type { LimitReply } from './bench-import-limit-worker';
import { datasetToArrow } from '../../src/formats/arrow-dataset/write';
import type { Dataset } from '../../src/model/schema';

const LIMIT_JS = `
window.benchLimit = (dbName) => new Promise((ok) => {
  const file = document.getElementById('file').files[0];
  const w = new Worker('import-limit-worker.js', { type: 'module' });
  w.onmessage = (e) => { w.terminate(); ok(e.data); };
  w.onerror = (e) => { w.terminate(); ok({ ok: false, message: e.message || 'worker failed' }); };
  w.postMessage({ file, dbName });
});
`;

/** import-limit.html, its script and its worker (bundled with Vite) into the pages directory. */
export async function writeImportLimitPage(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await bundlePageScript(dir, 'bench-import-limit-worker.ts', 'import-limit-worker.js');
  writeFileSync(join(dir, 'import-limit.js'), LIMIT_JS);
  writeFileSync(
    join(dir, 'import-limit.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>import limit</title><script src="import-limit.js"></script></head>' +
      '<body><input type="file" id="file"></body></html>\n',
  );
}

/** The Arrow twin of a generated JSON file, written beside it (once). */
export function arrowTwin(jsonFile: string): { file: string; bytes: number } {
  const file = jsonFile.replace(/\.json$/, '.arrow');
  if (!existsSync(file) || statSync(file).mtimeMs < statSync(jsonFile).mtimeMs) {
    const ds = JSON.parse(readFileSync(jsonFile, 'utf8')) as Dataset;
    writeFileSync(file, datasetToArrow(ds));
  }
  return { file, bytes: statSync(file).size };
}

export interface LimitRun {
  /** read + decode + parse + write */
  ms: number;
  readMs: number;
  decodeMs: number;
  parseMs: number;
  writeMs: number;
  records: number;
}

/** The limit for one file, in a fresh profile. */
export async function benchImportLimit(pagesUrl: string, file: string, profileDir: string): Promise<LimitRun> {
  const ctx = await openProfile(profileDir);
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(`${pagesUrl}import-limit.html`);
    await page.setInputFiles('#file', file);
    const r = (await page.evaluate((n) => (window as unknown as { benchLimit: (n: string) => Promise<LimitReply> }).benchLimit(n), 'limit')) as LimitReply;
    if (!r.ok) throw new Error(`import limit: ${r.message ?? 'failed'}`);
    return { ms: r.readMs + r.decodeMs + r.parseMs + r.writeMs, readMs: r.readMs, decodeMs: r.decodeMs, parseMs: r.parseMs, writeMs: r.writeMs, records: r.records };
  } finally {
    await ctx.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/** The Arrow file through the data view (after the first visit stored the bundled reports), in a fresh profile. */
export async function benchArrowImport(appUrl: string, file: string, profileDir: string, timeout: number): Promise<ImportRun> {
  const ctx = await openProfile(profileDir);
  try {
    const app = await AppPage.open(ctx, appUrl);
    await app.goto('');
    await app.waitBundled();
    return await importViaDataView(app, file, timeout);
  } finally {
    await ctx.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/** What one size's runs measured: the limit's runs and the Arrow imports' (the JSON import is the size's own). */
export interface ImportSide {
  target: number;
  observations: number;
  arrowBytes: number;
  limit: LimitRun[];
  arrow: ImportRun[];
  errors: string[];
}

/** One run of the limit and of the Arrow import for a size (call it right after the app's run of the same size). */
export async function importSideRun(
  side: ImportSide,
  urls: { app: string; pages: string },
  files: { json: string; arrow: string },
  profilesDir: string,
  timeout: number,
): Promise<void> {
  try {
    side.limit.push(await benchImportLimit(urls.pages, files.json, join(profilesDir, `limit-${side.target}`)));
  } catch (e) {
    side.errors.push(`import limit: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const r = await benchArrowImport(urls.app, files.arrow, join(profilesDir, `arrow-${side.target}`), timeout);
    if (r.ok) side.arrow.push(r);
    else side.errors.push(`arrow import failed: ${r.message.slice(0, 300)}`);
  } catch (e) {
    side.errors.push(`arrow import: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The two targets, judged at the largest size: the JSON import against the limit, and the Arrow import. */
export function importLimitTargets(sides: readonly ImportSide[], appImport: (target: number) => Stat | null): Target[] {
  const big = [...sides].sort((a, b) => a.target - b.target).pop();
  const at = big?.observations ?? null;
  const limit = big ? stat(big.limit.map((l) => l.ms)) : null;
  const app = big ? appImport(big.target) : null;
  const ratio = app && limit ? r2(app.median / limit.median) : null;
  const part = (k: keyof LimitRun) => (big ? stat(big.limit.map((l) => l[k])) : null)?.median ?? 0;
  const arrow = big ? stat(big.arrow.map((a) => a.ms)) : null;
  const arrowPhases = big?.arrow[0]?.phases;
  return [
    {
      id: 'import-vs-browser-limit',
      description:
        'JSON import, end to end, within 1.3× of the browser’s own limit for the same file in the same run (read + decode + JSON.parse in a worker, plus one IndexedDB transaction writing the records the import writes)',
      atSize: at,
      value: app?.median ?? null,
      baseline: limit?.median ?? null,
      ratio,
      limit: '≤ 1.3×',
      unit: 'ms',
      pass: ratio === null ? null : ratio <= 1.3,
      ...(limit && big
        ? {
            note: `limit: read ${secs(part('readMs'))}, decode ${secs(part('decodeMs'))}, parse ${secs(part('parseMs'))}, write ${secs(part('writeMs'))} (${big.limit[0]!.records.toLocaleString('en-US')} records); ${big.limit.length} run${big.limit.length > 1 ? 's' : ''}, ${limit.min}–${limit.max} ms`,
          }
        : {}),
    },
    {
      id: 'arrow-import',
      description: 'Arrow IPC import of the same dataset through the data view, end to end (read, decode, validate, store)',
      atSize: at,
      value: arrow?.median ?? null,
      baseline: null,
      ratio: null,
      limit: '< 3 s',
      unit: 'ms',
      pass: arrow === null ? null : arrow.median < 3000,
      ...(arrow && big
        ? {
            note: `${(big.arrowBytes / 1e6).toFixed(0)} MB file; ${big.arrow.length} run${big.arrow.length > 1 ? 's' : ''}, ${secs(arrow.min)}–${secs(arrow.max)}${
              arrowPhases ? `; ${Object.entries(arrowPhases).filter(([k, v]) => k !== 'done' && v).map(([k, v]) => `${k} ${secs(v)}`).join(', ')}` : ''
            }`,
          }
        : {}),
    },
  ];
}

/** The import worker's own step timings for one file (posted to the built worker directly), in a fresh profile. */
async function importSteps(appUrl: string, workerUrl: string, file: string, kind: 'json' | 'arrow', profileDir: string, timeout: number): Promise<{ ms: number; steps: Record<string, number> | null; message: string }> {
  const ctx = await openProfile(profileDir);
  try {
    const app = await AppPage.open(ctx, appUrl);
    await app.goto('?v=data');
    await app.waitBundled();
    await app.page.evaluate(() => {
      const i = document.createElement('input');
      i.type = 'file';
      i.id = 'bench-file';
      document.body.append(i);
    });
    await app.page.setInputFiles('#bench-file', file);
    return await app.page.evaluate(
      async ({ url, kind, timeout }) => {
        const f = (document.getElementById('bench-file') as HTMLInputElement).files![0]!;
        const w = new Worker(url, { type: 'module', name: 'rol-import-bench' });
        const t0 = performance.now();
        const done = await new Promise<{ type: string; result?: { ok?: boolean; value?: { timings?: Record<string, number> }; errors?: unknown }; message?: string }>((ok) => {
          const timer = setTimeout(() => ok({ type: 'error', message: 'timeout' }), timeout);
          w.onmessage = (e: MessageEvent<{ type: string }>) => {
            if (e.data.type === 'result' || e.data.type === 'error') {
              clearTimeout(timer);
              ok(e.data);
            }
          };
          w.onerror = (e) => ok({ type: 'error', message: e.message });
          w.postMessage({ type: kind, id: 1, file: f, replace: true });
        });
        const ms = performance.now() - t0;
        w.terminate();
        const ok = done.type === 'result' && done.result?.ok === true;
        return { ms, steps: ok ? (done.result?.value?.timings ?? null) : null, message: ok ? '' : JSON.stringify(done.result?.errors ?? done.message).slice(0, 300) };
      },
      { url: workerUrl, kind, timeout },
    );
  } finally {
    await ctx.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/**
 * Only the import rows (`npm run bench -- --import-only`): per run, in fresh profiles, the limit, the JSON import and
 * the Arrow import through the data view, then (with `steps`) each import once more posted to the worker for its
 * step timings. Printed, nothing written.
 */
export async function benchImportRows(
  urls: { app: string; pages: string; worker: string },
  files: { json: string; arrow: string },
  profilesDir: string,
  runs: number,
  timeout: number,
  log: (s: string) => void,
  steps = true,
): Promise<void> {
  const limits: number[] = [];
  const jsons: number[] = [];
  const arrows: number[] = [];
  const phases = (r: ImportRun) => Object.entries(r.phases).filter(([k, v]) => k !== 'done' && v).map(([k, v]) => `${k} ${secs(v)}`).join(', ');
  for (let r = 0; r < runs; r++) {
    const l = await benchImportLimit(urls.pages, files.json, join(profilesDir, 'limit-only'));
    limits.push(l.ms);
    log(` run ${r + 1}: limit ${secs(l.ms)} (read ${secs(l.readMs)}, decode ${secs(l.decodeMs)}, parse ${secs(l.parseMs)}, write ${secs(l.writeMs)})`);
    const j = await benchArrowImport(urls.app, files.json, join(profilesDir, 'json-only'), timeout);
    if (!j.ok) throw new Error(`JSON import failed: ${j.message.slice(0, 300)}`);
    jsons.push(j.ms);
    log(`  JSON import ${secs(j.ms)} (${phases(j)}; longest main-thread task ${Math.round(j.longestTaskMs)} ms) = ${r2(j.ms / l.ms)}× the limit`);
    const a = await benchArrowImport(urls.app, files.arrow, join(profilesDir, 'arrow-only'), timeout);
    if (!a.ok) throw new Error(`Arrow import failed: ${a.message.slice(0, 300)}`);
    arrows.push(a.ms);
    log(`  Arrow import ${secs(a.ms)} (${phases(a)}; longest main-thread task ${Math.round(a.longestTaskMs)} ms)`);
    if (steps)
      for (const kind of ['json', 'arrow'] as const) {
        const s = await importSteps(urls.app, urls.worker, kind === 'json' ? files.json : files.arrow, kind, join(profilesDir, 'steps-only'), timeout);
        log(`  ${kind} worker steps (${secs(s.ms)}): ${s.steps ? Object.entries(s.steps).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ') : s.message}`);
      }
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)]!;
  log(`medians over ${runs}: limit ${secs(med(limits))}, JSON import ${secs(med(jsons))} (${r2(med(jsons) / med(limits))}×), Arrow import ${secs(med(arrows))}`);
}
