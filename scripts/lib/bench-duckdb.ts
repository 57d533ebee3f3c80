/**
 * The database peer of the benchmark: DuckDB-WASM (a devDependency used only here) with its database persisted in
 * OPFS, on the same dataset as the app's run at each size, in the same browser, each run in a fresh on-disk profile.
 *  - the dataset is written once in Node as four CSV files (observations with their report's jurisdiction and
 *    quote, reports with their text, jurisdictions, metrics); only the in-browser part is timed: reading the
 *    files + CREATE TABLE … AS SELECT * FROM read_csv(…) + CHECKPOINT into the OPFS database;
 *  - first chart after reload: the page reloaded (twice, the second counted, 5 s after the load, as the app's),
 *    navigation → DuckDB instantiated (its worker and wasm), the OPFS database opened, one metric's ranking
 *    (each jurisdiction's latest year) queried and drawn with ECharts until `finished`;
 *  - ranking pick: 1.5 s later, each of the metrics the app's interaction figure uses: query + the app's option
 *    builder + setOption in place → `finished`.
 * The page (scripts/lib/bench-duckdb-page.ts) is bundled with Vite into the pages directory, next to DuckDB's
 * worker and wasm files copied from node_modules (no network).
 */
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Dataset } from '../../src/model/schema';
import { ROOT } from './bench-dataset';
import { bundlePageScript } from './bench-build';
import { openProfile } from './bench-browser';
import { stat, type PeerResults } from './bench-results';

const DUCKDB_DIST = join(ROOT, 'node_modules', '@duckdb', 'duckdb-wasm', 'dist');
const WASM = 'duckdb-eh.wasm';
const WORKER = 'duckdb-browser-eh.worker.js';

export function duckdbVersion(): string {
  return (JSON.parse(readFileSync(join(DUCKDB_DIST, '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** duckdb.html + its bundle, DuckDB's eh worker and wasm, into the pages directory (beside echarts.min.js). */
export async function writePeerPage(dir: string): Promise<{ wasmBytes: number; wasmGzipBytes: number; workerBytes: number; pageBytes: number }> {
  mkdirSync(dir, { recursive: true });
  await bundlePageScript(dir, 'bench-duckdb-page.ts', 'duckdb-page.js');
  copyFileSync(join(DUCKDB_DIST, WASM), join(dir, WASM));
  copyFileSync(join(DUCKDB_DIST, WORKER), join(dir, WORKER));
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><title>DuckDB-WASM peer</title>' +
    '<script src="echarts.min.js"></script><script type="module" src="duckdb-page.js"></script></head><body style="margin:0"></body></html>\n';
  writeFileSync(join(dir, 'duckdb.html'), html);
  const wasm = readFileSync(join(dir, WASM));
  return {
    wasmBytes: wasm.byteLength,
    wasmGzipBytes: gzipSync(wasm, { level: 6 }).byteLength,
    workerBytes: statSync(join(dir, WORKER)).size,
    pageBytes: statSync(join(dir, 'duckdb-page.js')).size,
  };
}

const cell = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return `"${String(v).replace(/"/g, '""')}"`;
};

function writeCsv(path: string, header: string[], rows: Iterable<unknown[]>): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  let buf: string[] = [header.join(',') + '\n'];
  let pending = 0;
  const flush = () => {
    const b = Buffer.from(buf.join(''), 'utf8');
    writeSync(fd, b);
    bytes += b.length;
    buf = [];
    pending = 0;
  };
  try {
    for (const r of rows) {
      const line = r.map(cell).join(',') + '\n';
      buf.push(line);
      pending += line.length;
      if (pending > 4_000_000) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** The dataset as the peer's four CSV files (written once per size); returns their paths and total bytes. */
export function writePeerCsv(ds: Dataset, dir: string): { files: string[]; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const jurOf = new Map(ds.reports.map((r) => [r.id, r.jurisdiction]));
  const files = ['obs', 'reports', 'jurisdictions', 'metrics'].map((n) => join(dir, `${n}.csv`));
  let bytes = 0;
  bytes += writeCsv(
    files[0]!,
    ['id', 'report', 'jurisdiction', 'metric', 'period', 'value', 'qualifier', 'derived', 'figure', 'quote'],
    (function* () {
      for (const o of ds.observations) yield [o.id, o.report, jurOf.get(o.report), o.metric, o.period, o.value, o.qualifier, !!o.derived, o.figure, o.quote];
    })(),
  );
  bytes += writeCsv(files[1]!, ['id', 'jurisdiction', 'period', 'title', 'text'], ds.reports.map((r) => [r.id, r.jurisdiction, r.period, r.title, r.text]));
  bytes += writeCsv(files[2]!, ['id', 'short_zh', 'name_zh'], ds.jurisdictions.map((j) => [j.id, j.short.zh, j.name.zh]));
  bytes += writeCsv(files[3]!, ['id', 'name_zh', 'unit_zh', 'kind', 'better'], ds.metrics.map((m) => [m.id, m.name.zh, m.unit.zh, m.kind, m.better]));
  return { files, bytes };
}

export interface PeerPlan {
  target: number;
  observations: number;
  csv: { files: string[]; bytes: number };
  rankMetric: string;
  interactMetrics: string[];
}

interface PeerRun {
  loadMs: number | null;
  opfsMB: number | null;
  firstChartMs: number | null;
  wasmReadyMs: number | null;
  picks: number[];
  bars: number | null;
  errors: string[];
}

type PeerWindow = {
  peerLoad: (f: File[]) => Promise<{ ms: number; rows: number; opfsBytes: number }>;
  peerPick: (m: string[], pause: number) => Promise<number[]>;
  peer: { first: { at: number; bars: number; wasmReadyAt: number } | null; error: string | null };
};

/** A page call that fails after `ms` (a page error inside DuckDB's worker can leave its promise pending). */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${what}: no answer after ${ms / 1000} s`)), ms)));
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** One run of the peer in a fresh profile: load, settle, reload twice (the second counted), the picks. */
async function peerRun(plan: PeerPlan, pagesUrl: string, dir: string, width: number, settleMs: number): Promise<PeerRun> {
  const out: PeerRun = { loadMs: null, opfsMB: null, firstChartMs: null, wasmReadyMs: null, picks: [], bars: null, errors: [] };
  const ctx = await openProfile(dir);
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    page.setDefaultTimeout(15 * 60_000);
    await page.goto(`${pagesUrl}duckdb.html`);
    await page.evaluate(() => {
      const i = document.createElement('input');
      i.type = 'file';
      i.multiple = true;
      i.id = 'peer-files';
      document.body.append(i);
    });
    await page.setInputFiles('#peer-files', plan.csv.files);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const load = await within(
      page.evaluate(() => (window as unknown as PeerWindow).peerLoad([...(document.getElementById('peer-files') as HTMLInputElement).files!])),
      10 * 60_000,
      'load',
    ).catch((e: unknown) => {
      throw new Error(`${String(e)}${errors.length ? ` (page: ${errors.join('; ')})` : ''}`);
    });
    if (load.rows !== plan.observations) out.errors.push(`load: ${load.rows} rows stored, ${plan.observations} expected`);
    out.loadMs = load.ms;
    out.opfsMB = load.opfsBytes / 1e6;
    await page.waitForTimeout(settleMs);
    const first = async () => {
      await page.goto(`${pagesUrl}duckdb.html?first=${encodeURIComponent(plan.rankMetric)}&w=${width}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => {
        const p = (window as unknown as Partial<PeerWindow>).peer;
        return !!p && (p.first !== null || p.error !== null);
      }, undefined, { timeout: 120_000, polling: 50 });
      const s = await page.evaluate(() => {
        const p = (window as unknown as PeerWindow).peer;
        return { first: p.first, error: p.error };
      });
      if (s.error || !s.first) throw new Error(s.error ?? 'no first chart');
      return s.first;
    };
    await first();
    const f = await first();
    out.firstChartMs = f.at;
    out.wasmReadyMs = f.wasmReadyAt;
    out.bars = f.bars;
    out.picks = await within(
      page.evaluate(([m, p]) => (window as unknown as PeerWindow).peerPick(m, p), [plan.interactMetrics, 1500] as const),
      5 * 60_000,
      'ranking picks',
    );
  } catch (e) {
    out.errors.push(e instanceof Error ? e.message.split('\n')[0]! : String(e));
  } finally {
    await ctx.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

export type PeerSize = NonNullable<PeerResults>['sizes'][number];

/** The peer at one size, `runs` times, each in a fresh profile. */
export async function benchPeer(
  plan: PeerPlan,
  pagesUrl: string,
  profileDir: string,
  runs: number,
  width: number,
  settleMs: number,
  log: (s: string) => void,
): Promise<PeerSize> {
  const rs: PeerRun[] = [];
  for (let r = 0; r < runs; r++) {
    const o = await peerRun(plan, pagesUrl, join(profileDir, `peer-${plan.target}-${r}`), width, settleMs);
    rs.push(o);
    log(
      `  DuckDB-WASM run ${r + 1}/${runs}: load ${o.loadMs === null ? '—' : `${(o.loadMs / 1000).toFixed(1)} s`}, ` +
        `first chart after reload ${o.firstChartMs === null ? '—' : `${Math.round(o.firstChartMs)} ms`} (DuckDB open at ${o.wasmReadyMs === null ? '—' : Math.round(o.wasmReadyMs)} ms), ` +
        `picks ${o.picks.map((x) => Math.round(x)).join(', ') || '—'} ms${o.errors.length ? `; ✖ ${o.errors.join('; ')}` : ''}`,
    );
  }
  return {
    target: plan.target,
    observations: plan.observations,
    csvBytes: plan.csv.bytes,
    loadMs: stat(rs.map((o) => o.loadMs)),
    opfsMB: stat(rs.map((o) => o.opfsMB)),
    firstChartAfterReloadMs: stat(rs.map((o) => o.firstChartMs)),
    openMs: stat(rs.map((o) => o.wasmReadyMs)),
    rankingPickMs: stat(rs.flatMap((o) => o.picks)),
    bars: rs.find((o) => o.bars !== null)?.bars ?? null,
    errors: [...new Set(rs.flatMap((o) => o.errors))],
  };
}
