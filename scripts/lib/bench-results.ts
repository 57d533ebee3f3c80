/**
 * The benchmark's results: their shape (a zod schema, so the smoke test and the README writer check the same
 * thing), statistics (median with min–max spread), the performance targets, and the Markdown table.
 */
import { z } from 'zod';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { firstVisitMarkdown, firstVisitSchema, judgeFirstVisit } from './bench-first-visit';
import { judgeNewWork, newWorkMarkdown, newWorkSchema } from './bench-new-work';

/** One figure over several runs: median and spread. `null` when it could not be measured. */
export const statSchema = z.strictObject({
  median: z.number(),
  min: z.number(),
  max: z.number(),
  runs: z.array(z.number()),
});
export type Stat = z.infer<typeof statSchema>;
const maybeStat = statSchema.nullable();

export function stat(values: readonly (number | null | undefined)[]): Stat | null {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (!v.length) return null;
  const s = [...v].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  const r = (x: number) => Math.round(x * 10) / 10;
  return { median: r(median), min: r(s[0]!), max: r(s[s.length - 1]!), runs: v.map(r) };
}

export const bundleSchema = z.strictObject({
  /** what index.html loads eagerly: the entry script and every modulepreload */
  initial: z.strictObject({ files: z.array(z.string()), bytes: z.number(), gzip: z.number() }),
  /** every JavaScript file of the app (lazy views and the import worker included; not the service worker) */
  total: z.strictObject({ files: z.number(), bytes: z.number(), gzip: z.number() }),
  worker: z.strictObject({ file: z.string().nullable(), bytes: z.number(), gzip: z.number() }),
  /**
   * the report-file readers, loaded only when a Word or PDF file is added (pdf.js, its worker, mammoth); part of
   * `total`; absent in results written before they existed
   */
  readers: z.strictObject({ files: z.number(), bytes: z.number(), gzip: z.number() }).optional(),
});
export type BundleSizes = z.infer<typeof bundleSchema>;

export const sizeResultSchema = z.strictObject({
  /** observations asked for, and what the generated file holds */
  target: z.number(),
  dataset: z.strictObject({
    file: z.string(),
    bytes: z.number(),
    jurisdictions: z.number(),
    years: z.number(),
    metrics: z.number(),
    observations: z.number(),
    reports: z.number(),
  }),
  /** how the import was driven: the data view's file input, or the import worker directly */
  driver: z.enum(['data-view', 'worker']),
  import: z.strictObject({
    ms: maybeStat,
    observationsPerSecond: maybeStat,
    /** time in each phase as the progress events report it (read, parse, validate, write) */
    phases: z.record(z.string(), maybeStat),
    /** the longest main-thread task while the import ran, and how many took > 100 ms */
    longestTaskMs: maybeStat,
    tasksOver100ms: maybeStat,
    /** distinct progress-bar values seen; ≥ 3 means the bar moved */
    progressSteps: maybeStat,
    inWorker: z.boolean(),
  }),
  /** time inside the worker per step (one profiling run with the worker's own clock) */
  workerSteps: z.record(z.string(), z.number()).nullable(),
  storage: z.strictObject({ estimateMB: maybeStat, diskMB: maybeStat }),
  /** navigation → first chart drawn ([data-chart-state=finished]) on reload, with the dataset stored (5 s after the import) */
  firstChartAfterReloadMs: maybeStat,
  /** the same, right after the import (the browser still compacting its store) */
  firstChartRightAfterImportMs: maybeStat,
  /** navigation → ranking chart of one metric-year over all jurisdictions */
  rankingColdMs: maybeStat,
  /** selecting another metric → its ranking drawn (query + compute + chart) */
  rankingInteractionMs: maybeStat,
  rankingBars: z.number().nullable(),
  /** navigation → first chart of one jurisdiction's profile */
  profileMs: maybeStat,
  /** typing two characters into the place picker → suggestions drawn (absent in results of earlier versions) */
  pickerSearchMs: maybeStat.optional(),
  /** composite over 20 metrics with 500 draws: compute time the view reports, and navigation → chart */
  compositeComputeMs: maybeStat,
  compositeChartMs: maybeStat,
  compositeMetrics: z.number(),
  /**
   * per view: in-app navigation from the compare view (and back, for compare) → its first chart drawn, or for a
   * table view its first cell (scripts/lib/bench-views.ts); absent in results of earlier versions
   */
  viewSwitchMs: z.record(z.string(), maybeStat).optional(),
  /** main-thread JS heap (CDP JSHeapUsedSize): highest sample with the dataset loaded, and after a forced GC */
  heapMB: maybeStat,
  heapAfterGcMB: maybeStat,
  errors: z.array(z.string()),
});
export type SizeResult = z.infer<typeof sizeResultSchema>;

export const baselinesSchema = z.strictObject({
  /** raw IndexedDB, one record per observation, four indexes, one transaction; measured on a sample */
  rowPerRecord: z.strictObject({
    sampleRows: z.number(),
    ms: maybeStat,
    rowsPerSecond: maybeStat,
  }),
  /** navigation → first chart on reload with only the bundled five reports stored */
  firstChart5ReportsMs: maybeStat,
  /** view switches as in `viewSwitchMs`, with only the five reports stored (absent in earlier results) */
  viewSwitch5ReportsMs: z.record(z.string(), maybeStat).optional(),
  /**
   * a page that only loads ECharts, the same ranking options, per size, in the state the app's interactions are
   * measured in (a freshly loaded page that has drawn the first ranking, 1.5 s before). `ms`: setOption in place on
   * that chart → finished (what the ranking view does); `freshMs`: init + setOption on a fresh chart each time;
   * `warmMs`: init + setOption again afterwards in the same page
   */
  bareSetOption: z.array(z.strictObject({ target: z.number(), bars: z.number(), ms: maybeStat, freshMs: maybeStat, warmMs: maybeStat })),
});

export const targetSchema = z.strictObject({
  id: z.string(),
  description: z.string(),
  /** the size the target was checked at (observations); null for size-independent targets */
  atSize: z.number().nullable(),
  value: z.number().nullable(),
  baseline: z.number().nullable(),
  /** value ÷ baseline (or baseline ÷ value for "× faster") where a baseline applies */
  ratio: z.number().nullable(),
  limit: z.string(),
  /** unit of value and baseline */
  unit: z.enum(['ms', 'MB', 'KB']),
  pass: z.boolean().nullable(),
  note: z.string().optional(),
});
export type Target = z.infer<typeof targetSchema>;

/** The batch import of the add-report view (scripts/lib/bench-batch.ts): many report files, and one very long paste. */
export const batchSchema = z.strictObject({
  files: z.strictObject({
    reports: z.number(),
    chars: z.number(),
    bytes: z.number(),
    ms: maybeStat,
    longestTaskMs: maybeStat,
    tasksOver100ms: maybeStat,
    candidates: z.number(),
    domRows: z.number(),
  }),
  paste: z.strictObject({
    chars: z.number(),
    firstCandidatesMs: maybeStat,
    allMs: maybeStat,
    longestTaskMs: maybeStat,
    tasksOver100ms: maybeStat,
    candidates: z.number(),
    domRows: z.number(),
  }),
});
export type BatchResults = z.infer<typeof batchSchema>;

/**
 * The database peer (scripts/lib/bench-duckdb.ts): DuckDB-WASM with its database in OPFS, on the same data in the
 * same run, per size. `loadMs`: the CSV files read + CREATE TABLE … AS SELECT * FROM read_csv + CHECKPOINT;
 * `firstChartAfterReloadMs`: navigation → DuckDB instantiated, the OPFS database opened (`openMs`), one ranking
 * queried and drawn (ECharts `finished`); `rankingPickMs`: another metric queried + setOption in place → finished.
 * Absent in results written before the peer was measured.
 */
export const peerSchema = z.strictObject({
  engine: z.literal('duckdb-wasm'),
  version: z.string(),
  bundle: z.enum(['eh', 'mvp']),
  /** what the peer loads: CSV files written from the dataset in Node before the run (not timed) */
  input: z.literal('csv'),
  wasmBytes: z.number(),
  wasmGzipBytes: z.number(),
  workerBytes: z.number(),
  /** the page's script: DuckDB's browser bundle with Apache Arrow, and the app's ranking option builder */
  pageBytes: z.number(),
  sizes: z.array(
    z.strictObject({
      target: z.number(),
      observations: z.number(),
      csvBytes: z.number(),
      loadMs: maybeStat,
      opfsMB: maybeStat,
      firstChartAfterReloadMs: maybeStat,
      openMs: maybeStat,
      rankingPickMs: maybeStat,
      bars: z.number().nullable(),
      errors: z.array(z.string()),
    }),
  ),
});
export type PeerResults = z.infer<typeof peerSchema>;

export const resultsSchema = z.strictObject({
  format: z.literal('rol-compare/bench'),
  version: z.literal(1),
  date: z.string(),
  quick: z.boolean(),
  machine: z.strictObject({
    cpu: z.string(),
    cores: z.number(),
    memoryGB: z.number(),
    os: z.string(),
    node: z.string(),
    chromium: z.string(),
  }),
  options: z.strictObject({ sizes: z.array(z.number()), runs: z.number(), seed: z.number(), baselineRows: z.number() }),
  bundle: bundleSchema,
  baselines: baselinesSchema,
  sizes: z.array(sizeResultSchema),
  /** absent in results written before the batch import was measured */
  batch: batchSchema.nullable().optional(),
  peer: peerSchema.nullable().optional(),
  /** the first visit and the offline reload (scripts/lib/bench-first-visit.ts); absent in earlier results */
  firstVisit: firstVisitSchema.nullable().optional(),
  /** per head, peer groups, the framework view, the review queue (scripts/lib/bench-new-work.ts); absent in earlier results */
  newWork: newWorkSchema.nullable().optional(),
  targets: z.array(targetSchema),
  totalSeconds: z.number(),
});
export type BenchResults = z.infer<typeof resultsSchema>;

const KB = 1000;
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** A view-switch target: the slowest view's median against the limit; the note gives each view's median and slowest. */
function viewTarget(id: string, description: string, views: Record<string, Stat | null>, limitMs: number): Omit<Target, 'atSize'> {
  const measured = Object.entries(views).filter((e): e is [string, Stat] => e[1] !== null);
  const worst = measured.length ? Math.max(...measured.map(([, s]) => s.median)) : null;
  return {
    id,
    description,
    value: worst,
    baseline: null,
    ratio: null,
    limit: `< ${limitMs} ms`,
    unit: 'ms',
    pass: worst === null ? null : worst < limitMs,
    note: `median (slowest, the first switch loading the view's code): ${measured.map(([n, s]) => `${n} ${Math.round(s.median)} (${Math.round(s.max)})`).join(', ')}`,
  };
}

/** The performance targets (docs/performance.md), judged at 1.16M observations (or the largest size measured). */
export function judgeTargets(res: Omit<BenchResults, 'targets' | 'totalSeconds'>): Target[] {
  const sizes = [...res.sizes].sort((a, b) => a.target - b.target);
  const big = sizes.find((s) => s.target >= 1_160_000) ?? sizes[sizes.length - 1];
  const out: Target[] = [];
  const at = big?.dataset.observations ?? null;
  const t = (x: Omit<Target, 'atSize'> & { atSize?: number | null }): void => {
    out.push({ atSize: at, ...x });
  };
  if (big) {
    const imp = big.import.ms?.median ?? null;
    const rate = res.baselines.rowPerRecord.rowsPerSecond?.median ?? null;
    const baseMs = rate ? (big.dataset.observations / rate) * 1000 : null;
    const ratio = imp && baseMs ? r1(baseMs / imp) : null;
    t({
      id: 'import-vs-row-per-record',
      description: 'import (read + parse + validate + store) ≥ 20× faster than one IndexedDB record per observation',
      value: imp,
      baseline: baseMs === null ? null : Math.round(baseMs),
      ratio,
      limit: '≥ 20×',
      unit: 'ms',
      pass: ratio === null ? null : ratio >= 20,
      note:
        `baseline: write time only, extrapolated per row from ${res.baselines.rowPerRecord.sampleRows} rows written in the same browser; ` +
        `our figure: end to end` +
        (baseMs && big.workerSteps?.commit
          ? `; write step alone (blocks + store + commit, profiling run): ${r1(baseMs / ((big.workerSteps.blocks ?? 0) + (big.workerSteps.store ?? 0) + (big.workerSteps.commit ?? 0)))}×`
          : ''),
    });
    const longest = big.import.longestTaskMs?.max ?? null;
    t({
      id: 'import-main-thread',
      description: 'import in a Web Worker with a progress bar, no main-thread task > 100 ms while it runs',
      value: longest ?? 0,
      baseline: null,
      ratio: null,
      limit: '≤ 100 ms, worker, progress',
      unit: 'ms',
      pass: big.import.ms === null ? null : (longest ?? 0) <= 100 && big.import.inWorker && (big.import.progressSteps?.min ?? 0) >= 3,
      note: `${big.import.inWorker ? 'worker' : 'no worker seen'}; progress steps seen ≥ ${big.import.progressSteps?.min ?? 0}`,
    });
    const fc = big.firstChartAfterReloadMs?.median ?? null;
    const fc5 = res.baselines.firstChart5ReportsMs?.median ?? null;
    const fcr = fc !== null && fc5 ? r2(fc / fc5) : null;
    const fcNow = big.firstChartRightAfterImportMs?.median ?? null;
    t({
      id: 'first-chart-after-reload',
      description: 'first chart after reload with the dataset stored (at rest) < 1.5× the time with the five bundled reports',
      value: fc,
      baseline: fc5,
      ratio: fcr,
      limit: '< 1.5×',
      unit: 'ms',
      pass: fcr === null ? null : fcr < 1.5,
      ...(fcNow !== null && fc5 ? { note: `right after the import, ${fcNow} ms: ${r2(fcNow / fc5)}×` } : {}),
    });
    const rk = big.rankingInteractionMs?.median ?? null;
    const bareRow = res.baselines.bareSetOption.find((b) => b.target === big.target);
    const bare = bareRow?.ms?.median ?? null;
    const fresh = bareRow?.freshMs?.median ?? null;
    const warm = bareRow?.warmMs?.median ?? null;
    const rkr = rk !== null && bare ? r2(rk / bare) : null;
    t({
      id: 'ranking-vs-bare-echarts',
      description:
        'a pick inside a view: the ranking of another metric over all jurisdictions (query + compute + chart) within 1.5× of a bare ECharts setOption of the same option, in place on a chart in the same state (a fresh page that has drawn the first ranking)',
      value: rk,
      baseline: bare,
      ratio: rkr,
      limit: '≤ 1.5×',
      unit: 'ms',
      pass: rkr === null ? null : rkr <= 1.5,
      ...(rk !== null && fresh && warm
        ? { note: `against init + setOption on a fresh chart, ${fresh} ms: ${r2(rk / fresh)}×; warm, ${warm} ms: ${r2(rk / warm)}×` }
        : {}),
    });
    const cc = big.compositeComputeMs?.median ?? null;
    t({ id: 'composite-compute', description: `composite over ${big.compositeMetrics} metrics with a 500-draw stability band`, value: cc, baseline: null, ratio: null, limit: '< 300 ms', unit: 'ms', pass: cc === null ? null : cc < 300 });
    const pick = big.pickerSearchMs?.median ?? null;
    t({
      id: 'place-picker-search',
      description: `finding a place in the picker by typing two characters of its name, with ${count(big.dataset.jurisdictions)} places stored`,
      value: pick,
      baseline: null,
      ratio: null,
      limit: '< 100 ms',
      unit: 'ms',
      pass: pick === null ? null : pick < 100,
    });
    const views = big.viewSwitchMs;
    if (views) t(viewTarget('view-switch', `every view opens (in-app navigation → first chart or table drawn, median) with ${count(big.dataset.observations)} observations stored`, views, 300));
    const heap = big.heapMB?.max ?? null;
    t({ id: 'js-heap', description: 'main-thread JS heap with the dataset loaded (highest sample)', value: heap, baseline: null, ratio: null, limit: '< 400 MB', unit: 'MB', pass: heap === null ? null : heap < 400 });
  }
  const v5 = res.baselines.viewSwitch5ReportsMs;
  if (v5) out.push({ ...viewTarget('view-switch-5-reports', 'every view opens (median) with the five bundled reports stored', v5, 150), atSize: null });
  const ij = r1(res.bundle.initial.gzip / KB);
  const tj = r1(res.bundle.total.gzip / KB);
  out.push({ id: 'initial-js', description: 'initial JS (entry + modulepreload), gzip', atSize: null, value: ij, baseline: null, ratio: null, limit: '≤ 330 KB', unit: 'KB', pass: ij <= 330 });
  const rj = r1((res.bundle.readers?.gzip ?? 0) / KB);
  const tjr = r1(tj - rj);
  out.push({
    id: 'total-js',
    description: 'total JS of the app (lazy views and worker included; not the Word and PDF readers, loaded only when such a file is added), gzip',
    atSize: null,
    value: tjr,
    baseline: null,
    ratio: null,
    limit: '≤ 700 KB',
    unit: 'KB',
    pass: tjr <= 700,
    ...(res.bundle.readers ? { note: `Word and PDF readers ${rj} KB gzip (pdf.js, its worker, mammoth); with them ${tj} KB` } : {}),
  });
  const bf = res.batch?.files;
  if (bf) {
    const longest = bf.longestTaskMs?.max ?? null;
    t({
      id: 'batch-files',
      atSize: null,
      description: `reading and extracting ${bf.reports} report files (${(bf.bytes / 1e6).toFixed(1)} MB of text) ≤ 10 s, no main-thread task > 100 ms`,
      value: bf.ms?.median ?? null,
      baseline: null,
      ratio: null,
      limit: '≤ 10 s, tasks ≤ 100 ms',
      unit: 'ms',
      pass: bf.ms === null ? null : bf.ms.median <= 10_000 && (longest ?? 0) <= 100,
      note: `longest main-thread task ${longest ?? '—'} ms, ${bf.tasksOver100ms?.median ?? '—'} over 100 ms; ${count(bf.candidates)} candidates, ${bf.domRows} rows in the DOM`,
    });
  }
  const bp = res.batch?.paste;
  if (bp) {
    const longest = bp.longestTaskMs?.max ?? null;
    t({
      id: 'batch-paste',
      atSize: null,
      description: `a ${count(bp.chars)}-character paste: first candidates ≤ 5 s, the page never blocked (no task > 100 ms)`,
      value: bp.firstCandidatesMs?.median ?? null,
      baseline: null,
      ratio: null,
      limit: '≤ 5 s, tasks ≤ 100 ms',
      unit: 'ms',
      pass: bp.firstCandidatesMs === null ? null : bp.firstCandidatesMs.median <= 5_000 && (longest ?? 0) <= 100,
      note: `all ${count(bp.candidates)} candidates after ${bp.allMs ? (bp.allMs.median / 1000).toFixed(1) : '—'} s; longest main-thread task ${longest ?? '—'} ms; ${bp.domRows} rows in the DOM`,
    });
  }
  out.push(...judgeNewWork(res.newWork), ...judgeFirstVisit(res.firstVisit));
  return out;
}

// -------------------------------------------------------------------------------------------------------------
// Markdown

const ms = (s: Stat | null | undefined, unit = 'ms'): string => {
  if (!s) return '—';
  const f = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : String(r1(x)));
  return s.min === s.max ? `${f(s.median)} ${unit}` : `${f(s.median)} ${unit} (${f(s.min)}–${f(s.max)})`;
};
const secs = (s: Stat | null | undefined): string => {
  if (!s) return '—';
  const f = (x: number) => (x / 1000).toFixed(1);
  return s.min === s.max ? `${f(s.median)} s` : `${f(s.median)} s (${f(s.min)}–${f(s.max)})`;
};
const count = (n: number) => n.toLocaleString('en-US');

/** One measure of the app beside the database peer and the target's limit, at one size. */
export interface PeerRow {
  measure: string;
  app: number | null;
  peer: number | null;
  /** the app's target as a time: its baseline times the target's factor */
  limit: number | null;
  /** what the limit is made of */
  limitNote: string;
  peerOverApp: number | null;
  appOverLimit: number | null;
  peerOverLimit: number | null;
}

const div = (a: number | null, b: number | null) => (a !== null && b ? r2(a / b) : null);

/** App, DuckDB-WASM and the limit side by side, per size the peer was measured at (load, first chart, ranking pick). */
export function peerComparison(res: Omit<BenchResults, 'targets' | 'totalSeconds'>): { target: number; observations: number; rows: PeerRow[] }[] {
  const out: { target: number; observations: number; rows: PeerRow[] }[] = [];
  for (const p of res.peer?.sizes ?? []) {
    const app = res.sizes.find((s) => s.target === p.target);
    if (!app) continue;
    const rate = res.baselines.rowPerRecord.rowsPerSecond?.median ?? null;
    const rpr = rate ? Math.round((app.dataset.observations / rate) * 1000) : null;
    const fc5 = res.baselines.firstChart5ReportsMs?.median ?? null;
    const bare = res.baselines.bareSetOption.find((b) => b.target === p.target)?.ms?.median ?? null;
    const row = (measure: string, a: number | null, q: number | null, limit: number | null, limitNote: string): PeerRow => ({
      measure,
      app: a,
      peer: q,
      limit,
      limitNote,
      peerOverApp: div(q, a),
      appOverLimit: div(a, limit),
      peerOverLimit: div(q, limit),
    });
    out.push({
      target: p.target,
      observations: app.dataset.observations,
      rows: [
        row(
          'load the dataset into the browser store (app: JSON read + parse + validate + IndexedDB; DuckDB-WASM: CSV read + CREATE TABLE AS read_csv + CHECKPOINT into OPFS)',
          app.import.ms?.median ?? null,
          p.loadMs?.median ?? null,
          rpr === null ? null : Math.round(rpr / 20),
          rpr === null ? 'one IndexedDB record per observation ÷ 20' : `one IndexedDB record per observation (${(rpr / 1000).toFixed(1)} s, extrapolated) ÷ 20`,
        ),
        row(
          'first chart after reload, dataset stored (DuckDB-WASM: wasm instantiated, OPFS database opened, ranking queried and drawn)',
          app.firstChartAfterReloadMs?.median ?? null,
          p.firstChartAfterReloadMs?.median ?? null,
          fc5 === null ? null : r1(fc5 * 1.5),
          fc5 === null ? '1.5× the five bundled reports' : `1.5× the five bundled reports (${Math.round(fc5)} ms)`,
        ),
        row(
          'ranking pick: another metric → its chart drawn (query + option + setOption in place)',
          app.rankingInteractionMs?.median ?? null,
          p.rankingPickMs?.median ?? null,
          bare === null ? null : r1(bare * 2),
          bare === null ? '2× bare ECharts setOption in place' : `2× bare ECharts setOption in place (${r1(bare)} ms)`,
        ),
      ],
    });
  }
  return out;
}

/** The peer's table: app, DuckDB-WASM and the limit side by side, with the ratios. */
export function peerMarkdown(res: BenchResults, onlyLargest = false): string {
  const p = res.peer;
  if (!p) return '';
  let groups = peerComparison(res);
  if (onlyLargest) groups = groups.slice(-1);
  if (!groups.length) return '';
  const f = (x: number | null) => (x === null ? '—' : x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${x >= 100 ? Math.round(x) : r1(x)} ms`);
  const x = (v: number | null) => (v === null ? '—' : `${v}×`);
  const L: string[] = [
    `The database peer, in the same run on the same data: DuckDB-WASM ${p.version} (${p.bundle} bundle, ${r1(p.wasmGzipBytes / 1e6)} MB of wasm gzip, ` +
      `${r1(p.wasmBytes / 1e6)} MB raw) with its database persisted in OPFS, the ranking drawn by the same ECharts option builder. ` +
      `The limit is the app's target as a time (its baseline × the target's factor).`,
  ];
  for (const g of groups) {
    const ps = p.sizes.find((s) => s.target === g.target);
    L.push(
      '',
      `${count(g.observations)} observations (CSV ${ps ? `${r1(ps.csvBytes / 1e6)} MB` : '—'}; DuckDB in OPFS ${ps?.opfsMB ? `${Math.round(ps.opfsMB.median)} MB` : '—'}; DuckDB open after ${ps?.openMs ? `${Math.round(ps.openMs.median)} ms` : '—'} of the first chart):`,
      '',
      '| measure | app | DuckDB-WASM | limit | DuckDB-WASM ÷ app | app ÷ limit | DuckDB-WASM ÷ limit |',
      '|---|---|---|---|---|---|---|',
    );
    for (const r of g.rows)
      L.push(`| ${r.measure} | ${f(r.app)} | ${f(r.peer)} | ${r.limit === null ? '—' : f(r.limit)} (${r.limitNote}) | ${x(r.peerOverApp)} | ${x(r.appOverLimit)} | ${x(r.peerOverLimit)} |`);
    if (ps?.errors.length) L.push('', `DuckDB-WASM errors: ${ps.errors.join('; ')}`);
  }
  return L.join('\n');
}

/** The line that says where and how the figures were measured. */
function measuredOn(res: BenchResults): string {
  const m = res.machine;
  return (
    `Measured ${res.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, shared), ${m.memoryGB} GB RAM, ${m.os}, Node ${m.node}, Chromium ${m.chromium} headless; ` +
      `median of ${res.options.runs} run${res.options.runs > 1 ? 's' : ''} (min–max). Reproduce with \`npm run bench\` (results in \`bench/results.json\`).`
  );
}

/** Every figure of the run, per dataset size, with its baselines (docs/performance.md). */
export function detailMarkdown(res: BenchResults): string {
  const L: string[] = [measuredOn(res), ''];
  const sizes = res.sizes;
  const head = `| | ${sizes.map((s) => `${count(s.dataset.observations)} observations (${(s.dataset.bytes / 1e6).toFixed(0)} MB)`).join(' | ')} | baseline |`;
  L.push(head, `|---|${sizes.map(() => '---|').join('')}---|`);
  const row = (label: string, cells: string[], base = '') => L.push(`| ${label} | ${cells.join(' | ')} | ${base} |`);
  const rpr = res.baselines.rowPerRecord;
  row(
    'import, end to end (read, parse, validate, store)',
    sizes.map((s) => secs(s.import.ms)),
    rpr.rowsPerSecond
      ? `one record per observation: ${count(Math.round(rpr.rowsPerSecond.median))} rows/s → ${sizes.map((s) => `${((s.dataset.observations / rpr.rowsPerSecond!.median)).toFixed(0)} s`).join(' / ')} (extrapolated from ${count(rpr.sampleRows)} rows)`
      : '',
  );
  row('import rate', sizes.map((s) => (s.import.observationsPerSecond ? `${count(Math.round(s.import.observationsPerSecond.median))} obs/s` : '—')));
  row(
    'import phases as the progress bar shows them',
    sizes.map((s) =>
      Object.entries(s.import.phases)
        .filter(([k, v]) => k !== 'done' && v)
        .map(([k, v]) => `${k} ${(v!.median / 1000).toFixed(1)} s`)
        .join(', ') || '—',
    ),
  );
  row('longest main-thread task during import', sizes.map((s) => ms(s.import.longestTaskMs)));
  row('store size (storage.estimate / on disk)', sizes.map((s) => `${ms(s.storage.estimateMB, 'MB')} / ${ms(s.storage.diskMB, 'MB')}`));
  row('first chart after reload (store at rest, 5 s after the import)', sizes.map((s) => ms(s.firstChartAfterReloadMs)), `5 reports: ${ms(res.baselines.firstChart5ReportsMs)}`);
  row('first chart after reload, right after the import', sizes.map((s) => ms(s.firstChartRightAfterImportMs)));
  row(
    'ranking, select metric → chart drawn (1.5 s after the view opened)',
    sizes.map((s) => `${ms(s.rankingInteractionMs)}${s.rankingBars ? `, ${count(s.rankingBars)} bars` : ''}`),
    `bare ECharts in the same state (fresh page, first chart drawn), setOption in place: ${res.baselines.bareSetOption.map((b) => ms(b.ms)).join(' / ')}; init + setOption: ${res.baselines.bareSetOption.map((b) => ms(b.freshMs)).join(' / ')}; warm: ${res.baselines.bareSetOption.map((b) => ms(b.warmMs)).join(' / ')}`,
  );
  row('ranking, navigation → chart', sizes.map((s) => ms(s.rankingColdMs)));
  row('profile of one jurisdiction, navigation → chart', sizes.map((s) => ms(s.profileMs)));
  row('place picker: two characters typed → suggestions drawn', sizes.map((s) => ms(s.pickerSearchMs ?? null)));
  row(
    'composite, compute (20 metrics, 500 draws)',
    sizes.map((s) => `${ms(s.compositeComputeMs)}; chart ${ms(s.compositeChartMs)}`),
  );
  row('main-thread JS heap, highest / after GC', sizes.map((s) => `${ms(s.heapMB, 'MB')} / ${ms(s.heapAfterGcMB, 'MB')}`));
  L.push('');
  if (res.batch) {
    const { files: f, paste: p } = res.batch;
    L.push(
      `Batch import (add-report view): ${f.reports} report files, ${count(f.chars)} characters (${(f.bytes / 1e6).toFixed(2)} MB) → every report read, extracted and in the queue ${secs(f.ms)}, ` +
        `longest main-thread task ${ms(f.longestTaskMs)}, ${count(f.candidates)} candidates with ${f.domRows} review rows in the DOM; ` +
        `a ${count(p.chars)}-character paste → first candidates ${secs(p.firstCandidatesMs)}, all ${count(p.candidates)} ${secs(p.allMs)}, longest main-thread task ${ms(p.longestTaskMs)}.`,
      '',
    );
  }
  for (const x of [newWorkMarkdown(res.newWork), firstVisitMarkdown(res.firstVisit)]) if (x) L.push(x, '');
  const peer = peerMarkdown(res);
  if (peer) L.push(peer, '');
  const b = res.bundle;
  L.push(
    `Bundle: initial JS ${r1(b.initial.gzip / KB)} KB gzip (${r1(b.initial.bytes / KB)} KB, ${b.initial.files.length} file${b.initial.files.length > 1 ? 's' : ''}); ` +
      `all JS ${r1(b.total.gzip / KB)} KB gzip (${r1(b.total.bytes / KB)} KB, ${b.total.files} files; the import worker ${r1(b.worker.gzip / KB)} KB gzip).`,
  );
  const big = sizes[sizes.length - 1];
  if (big?.workerSteps) {
    const steps = Object.entries(big.workerSteps)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
      .join(', ');
    L.push('', `Where the import time goes at ${count(big.dataset.observations)} observations (inside the worker, one run): ${steps}.`);
  }
  return L.join('\n');
}

/** The targets, each with its value, limit and result (the README). */
export function summaryMarkdown(res: BenchResults, withPeer = true): string {
  const L: string[] = [measuredOn(res), '', '| target | value | limit | result |', '|---|---|---|---|'];
  for (const t of res.targets) {
    const f = (x: number | null) =>
      x === null ? '—' : t.unit === 'ms' && x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${x >= 100 ? Math.round(x) : r1(x)} ${t.unit}`;
    const v = t.value === null ? '—' : t.ratio !== null ? `${f(t.value)} vs ${f(t.baseline)} → ${t.ratio}×` : f(t.value);
    L.push(`| ${t.description} | ${v}${t.note ? ` (${t.note})` : ''} | ${t.limit} | ${t.pass === null ? 'not measured' : t.pass ? 'met' : '**not met**'} |`);
  }
  const peer = withPeer ? peerMarkdown(res, true) : '';
  if (peer) L.push('', peer);
  return L.join('\n');
}

/** Both, as the benchmark prints them. */
export const markdown = (res: BenchResults): string => `${detailMarkdown(res)}\n\n${summaryMarkdown(res, false).split('\n').slice(2).join('\n')}`;

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

/** Puts the table between the markers of a Markdown document; adds a "## Performance" section with them when missing. */
export function insertIntoReadme(readme: string, table: string): string {
  const block = `${README_START}\n${table}\n${README_END}`;
  const a = readme.indexOf(README_START);
  const b = readme.indexOf(README_END);
  if (a >= 0 && b > a) return readme.slice(0, a) + block + readme.slice(b + README_END.length);
  return `${readme.replace(/\s*$/, '')}\n\n## Performance\n${block}\n`;
}

/** The README gets the targets, docs/performance.md (beside it, under docs/) every figure: both between the markers. */
export function writeResultsDocs(res: BenchResults, readmePath: string): void {
  const perfPath = join(dirname(readmePath), 'docs', 'performance.md');
  writeFileSync(readmePath, insertIntoReadme(readFileSync(readmePath, 'utf8'), summaryMarkdown(res)));
  writeFileSync(perfPath, insertIntoReadme(readFileSync(perfPath, 'utf8'), detailMarkdown(res)));
}
