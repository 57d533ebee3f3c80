/**
 * npm run bench — the national-scale benchmark, in real headless Chromium (what it measures and why:
 * docs/performance.md).
 *
 *   npm run bench -- [--sizes 100000,1160000] [--runs 3] [--seed 1] [--baseline-rows 100000]
 *                    [--results bench/results.json] [--readme README.md | --no-readme]
 *                    [--dist bench/tmp/dist] [--no-build] [--work bench/tmp] [--quick] [--no-peer] [--import-only]
 *
 * Builds the app (vite build --outDir bench/tmp/dist; never dist/), generates the datasets (npm run generate),
 * serves the build (scripts/serve.mjs) and, per size and run, in a fresh on-disk profile: imports the file through
 * the data view, then measures the store size, the first chart after reload, a ranking over all jurisdictions,
 * a profile, a 20-metric composite, interaction latency and the JS heap. Baselines in the same browser: one
 * IndexedDB record per observation (on a sample, extrapolated per row), a bare ECharts setOption of the same
 * ranking, and the first chart with only the five bundled reports. Then the batch import of the add-report view:
 * 100 report files, and a 4.9-million-character paste (scripts/lib/bench-batch.ts). The new work with the dataset stored
 * (per head, peer groups, the framework view) and the review queue with 5,000+ candidates (scripts/lib/bench-new-work.ts);
 * the first visit and the offline reload, each in a fresh profile (scripts/lib/bench-first-visit.ts). Then the database peer on the same
 * data: DuckDB-WASM with an OPFS database — load, first chart after reload, ranking pick (scripts/lib/bench-duckdb.ts;
 * --no-peer skips it). Writes bench/results.json and the table in README.md between <!-- bench:start --> and <!-- bench:end -->.
 * --quick: one tiny size, one run, a small baseline sample, no README (the test suite's smoke test).
 * --import-only: only the import rows (the limit, the JSON and the Arrow import, each import's worker steps) at the
 * largest size, printed; nothing written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Server } from 'node:http';
import { generateDataset, type GenerateOptions } from './lib/synth/generate';
import { decodeMetricBlock, materialize, toBlocks } from '../src/store/codecs/blocks';
import { valuesByJurisdiction } from '../src/model/metric-values';
import { rankMetric } from '../src/model/rank';
import { formatFigure } from '../src/model/format';
import { buildRankOption } from '../src/charts/rank-option';
import type { Dataset } from '../src/model/schema';
// @ts-expect-error -- plain ESM script without types
import { startServer } from './serve.mjs';
import { BENCH_TMP, defaultOut, generateToFile, ROOT } from './lib/bench-dataset';
import { buildApp, bundleSizes } from './lib/bench-build';
import { writeBaselinePages } from './lib/bench-pages';
import { benchBatchFiles, benchPaste, type BatchRun, type PasteRun } from './lib/bench-batch';
import { benchViews, viewSwitches } from './lib/bench-views';
import { benchNewWorkViews, benchQueue, newWorkPlan, newWorkResults, type NewWorkPlan, type NewWorkViews, type QueueRun } from './lib/bench-new-work';
import { benchFirstVisits, firstVisitResults } from './lib/bench-first-visit';
import { arrowTwin, benchImportRows, importLimitTargets, importSideRun, writeImportLimitPage, type ImportSide } from './lib/bench-import-limit';
import { benchPeer, duckdbVersion, writePeerCsv, writePeerPage, type PeerPlan } from './lib/bench-duckdb';
import {
  AppPage,
  duBytes,
  importViaDataView,
  importViaWorker,
  openProfile,
  selectRankMetric,
  type ImportRun,
} from './lib/bench-browser';
import {
  writeResultsDocs,
  judgeTargets,
  markdown,
  peerComparison,
  resultsSchema,
  stat,
  type BatchResults,
  type BenchResults,
  type PeerResults,
  type SizeResult,
} from './lib/bench-results';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'baseline-rows': { type: 'string' },
    results: { type: 'string' },
    readme: { type: 'string' },
    'no-readme': { type: 'boolean', default: false },
    dist: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    work: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-peer': { type: 'boolean', default: false },
    'import-only': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]);
  process.exit(0);
}

const quick = args.quick;
const sizes = (args.sizes ?? (quick ? '600' : '100000,1160000')).split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 50)) throw new Error('--sizes: observation counts ≥ 50, comma-separated');
const runs = Number(args.runs ?? (quick ? 1 : 3));
const seed = Number(args.seed);
const baselineRows = Number(args['baseline-rows'] ?? (quick ? 2000 : 100_000));
const work = resolve(args.work ?? BENCH_TMP);
const dist = resolve(args.dist ?? join(BENCH_TMP, 'dist'));
const resultsPath = resolve(args.results ?? join(ROOT, 'bench', 'results.json'));
const readmePath = args['no-readme'] || (quick && !args.readme) ? null : resolve(args.readme ?? join(ROOT, 'README.md'));
/** pause after an import before the store is measured "at rest" (first chart after reload) */
const SETTLE_MS = 5000;
const IMPORT_TIMEOUT = 15 * 60_000;
const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);

/** Generator parameters for about `n` observations: 10 years × 40 metrics per jurisdiction (tiny sizes: 3 × 14). */
function paramsFor(n: number): GenerateOptions {
  if (n < 4000) return { jurisdictions: Math.max(2, Math.round(n / 42)), years: 3, metrics: 14, seed };
  return { jurisdictions: Math.max(1, Math.round(n / 400)), years: 10, metrics: 40, seed };
}

interface SizePlan {
  target: number;
  params: GenerateOptions;
  file: string;
  bytes: number;
  counts: { jurisdictions: number; observations: number; reports: number };
  rankMetric: string;
  rankYear: number;
  interactMetrics: string[];
  compositeMetrics: string[];
  profileJurisdiction: string;
  /** two characters of a place's name, typed into the place picker */
  pickerQuery: string;
  /** the ranking options of the interaction metrics, as JSON (functions dropped), for the bare ECharts page */
  bareOptions: { metric: string; bars: number; option: unknown }[];
  /** the option of the metric the ranking view opens with (drawn untimed first, as the view draws it) */
  bareFirst: { metric: string; bars: number; option: unknown };
  /** the same dataset as CSV files for the database peer (null with --no-peer) */
  peer: PeerPlan | null;
  /** per head, peer groups and the framework view (scripts/lib/bench-new-work.ts) */
  newWork: NewWorkPlan;
}

function planSize(target: number): SizePlan {
  const params = paramsFor(target);
  const file = defaultOut(params).replace(BENCH_TMP, work);
  if (!existsSync(file)) {
    log(`generating ${relative(ROOT, file)} …`);
    generateToFile(params, file, (s) => log(`  ${s}`));
  }
  const bytes = readFileSync(file).byteLength;
  const { dataset } = generateDataset(params);
  // report-specific metrics are listed, never ranked or scored: the views offer only catalogue indicators
  const metrics = dataset.metrics.filter((m) => !m.specific);
  const pick = (k: number) => metrics[k % metrics.length]!.id;
  const rank = pick(0);
  const interact = [...new Set([5, 12, 19, 26, 33].map(pick))].filter((m) => m !== rank).slice(0, 4);
  const directed = metrics.filter((m) => m.better !== 'neutral').map((m) => m.id);
  const neutral = metrics.filter((m) => m.better === 'neutral').map((m) => m.id);
  const composite = [...directed, ...neutral].slice(0, 20);
  return {
    target,
    params,
    file,
    bytes,
    counts: { jurisdictions: dataset.jurisdictions.length, observations: dataset.observations.length, reports: dataset.reports.length },
    rankMetric: rank,
    rankYear: Math.max(...dataset.reports.map((r) => r.period)),
    interactMetrics: interact,
    compositeMetrics: composite,
    profileJurisdiction: dataset.jurisdictions[0]!.id,
    pickerQuery: [...dataset.jurisdictions[Math.floor(dataset.jurisdictions.length / 2)]!.short.zh].slice(0, 2).join(''),
    bareOptions: interact.map((m) => bareOption(dataset, m)),
    bareFirst: bareOption(dataset, rank),
    newWork: newWorkPlan(dataset, rank, Math.max(...dataset.reports.map((r) => r.period))),
    peer: args['no-peer']
      ? null
      : {
          target,
          observations: dataset.observations.length,
          csv: writePeerCsv(dataset, join(work, 'peer-csv', String(target))),
          rankMetric: rank,
          interactMetrics: interact,
        },
  };
}

/** The same option the ranking view builds (src/charts/rank-option.ts), for the latest year of each jurisdiction. */
function bareOption(ds: Dataset, metricId: string): { metric: string; bars: number; option: unknown } {
  const metric = ds.metrics.find((m) => m.id === metricId)!;
  const { metricBlocks } = toBlocks(ds, { origin: 'user', hash: '', bytes: 0, importedAt: 0 });
  const ids = ds.jurisdictions.map((j) => j.id);
  const blocks = materialize(metricBlocks)
    .filter((b) => b.metric === metricId)
    .map((b) => decodeMetricBlock(b, ids));
  const { entries, periods } = valuesByJurisdiction(blocks, null);
  const rows = rankMetric(entries, metric.better);
  const short = new Map(ds.jurisdictions.map((j) => [j.id, j.short.zh]));
  const option = buildRankOption(rows, {
    title: `${metric.name.zh}排名`,
    subtitle: `${metric.unit.zh} · ${periods.join('–')}`,
    name: (j) => short.get(j) ?? j,
    value: (e) => formatFigure(e, metric, 'zh'),
    period: (y) => `${y}年`,
    caveat: (c) => c.note.zh,
  });
  return { metric: metricId, bars: rows.length, option: withoutFunctions(option) };
}

/** The option as the page can receive it: functions (formatters) dropped, typed arrays kept as typed arrays. */
function withoutFunctions(x: unknown): unknown {
  if (typeof x === 'function') return undefined;
  if (x === null || typeof x !== 'object' || ArrayBuffer.isView(x)) return x;
  if (Array.isArray(x)) return x.map(withoutFunctions);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) if (typeof v !== 'function') out[k] = withoutFunctions(v);
  return out;
}

interface RunOut {
  fc5: number | null;
  /** view switches (ms per view, each repetition) with the five reports, and with the dataset stored */
  views5: Record<string, number[]> | null;
  views: Record<string, number[]> | null;
  imp: ImportRun | null;
  estimateMB: number | null;
  diskMB: number | null;
  fcN: number | null;
  fcNRightAfterImport: number | null;
  rankCold: number | null;
  chartWidth: number | null;
  interactions: number[];
  profile: number | null;
  pickerSearch: number | null;
  compositeCompute: number | null;
  compositeChart: number | null;
  heap: number[];
  heapAfterGc: number | null;
  newWork?: NewWorkViews | null;
  errors: string[];
}

async function step<T>(errors: string[], what: string, f: () => Promise<T>): Promise<T | null> {
  try {
    return await f();
  } catch (e) {
    const m = `${what}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    errors.push(m);
    log(`  ✖ ${m}`);
    return null;
  }
}

let dataViewAvailable: boolean | null = null;

/** Each view is switched to this many times per run (the first also loads its code). */
const VIEW_REPS = 3;
/** The views with only the five bundled reports: a ranking and a composite their figures allow, and 吕梁's profile. */
const FIVE = { rankMetric: 'litigation.head_appearance_rate', weights: 'litigation.head_appearance_rate~1,mediation.success_rate~1', profile: 'sx.lvliang' };

/** Per view, every run's switches pooled. */
function viewStats(outs: readonly (Record<string, number[]> | null)[]): Record<string, ReturnType<typeof stat>> {
  const names = [...new Set(outs.flatMap((o) => (o ? Object.keys(o) : [])))];
  return Object.fromEntries(names.map((n) => [n, stat(outs.flatMap((o) => o?.[n] ?? []))]));
}

/**
 * From the input event that carries the whole query, every frame: are its suggestions drawn (all of them matching)?
 */
const PICKER_PROBE = `function (q) {
  window.__pick = { at: 0, shown: null };
  var el = document.querySelector('[data-testid=jurisdiction-search]');
  function shown() {
    var items = Array.prototype.slice.call(document.querySelectorAll('.suggestions li'));
    return items.length > 0 && items.every(function (li) { return (li.textContent || '').indexOf(q) >= 0; });
  }
  function poll() {
    if (shown()) window.__pick.shown = performance.now();
    else if (performance.now() - window.__pick.at < 10000) requestAnimationFrame(poll);
  }
  el.addEventListener('input', function () {
    if (el.value !== q || window.__pick.at) return;
    window.__pick.at = performance.now();
    requestAnimationFrame(poll);
  });
}`;

/**
 * Typing two characters into the compare view's place picker (thousands of places stored): from the input event
 * of the second character to the frame that shows its suggestions, measured in the page.
 */
async function pickerSearch(app: AppPage, query: string): Promise<number | null> {
  await app.goto('');
  await app.firstChart();
  const input = app.page.locator('[data-testid=jurisdiction-search]');
  // a few places are checkboxes, not a search: nothing to measure
  if ((await input.count()) === 0) return null;
  await input.click();
  // page code as text: the bundler's helpers for named functions do not exist in the page
  await app.page.evaluate(`(${PICKER_PROBE})(${JSON.stringify(query)})`);
  await input.pressSequentially(query);
  await app.page.waitForFunction(() => (window as unknown as { __pick: { shown: number | null } }).__pick.shown !== null, undefined, { timeout: 10_000 });
  return app.page.evaluate(() => {
    const p = (window as unknown as { __pick: { at: number; shown: number } }).__pick;
    return p.shown - p.at;
  });
}

async function appRun(plan: SizePlan, base: string, workerUrl: string, label: string, mode: 'full' | 'profile'): Promise<RunOut> {
  const dir = join(work, 'profiles', label);
  const out: RunOut = {
    fc5: null, views5: null, views: null, imp: null, estimateMB: null, diskMB: null, fcN: null, fcNRightAfterImport: null, rankCold: null, chartWidth: null,
    interactions: [], profile: null, pickerSearch: null, compositeCompute: null, compositeChart: null, heap: [], heapAfterGc: null, errors: [],
  };
  const ctx = await openProfile(dir);
  try {
    const app = await AppPage.open(ctx, base);
    const e = out.errors;
    // first visit: the bundled five reports are imported
    await step(e, 'first visit', async () => {
      await app.goto('');
      await app.waitBundled();
      await app.firstChart(120_000);
    });
    if (mode === 'full')
      out.fc5 = await step(e, 'first chart, 5 reports', async () => {
        await app.goto('');
        await app.firstChart();
        await app.goto('');
        return app.firstChart();
      });
    if (mode === 'full')
      out.views5 = await step(e, 'view switches, 5 reports', () =>
        viewSwitches(app, benchViews({ rankMetric: FIVE.rankMetric, compositeWeights: FIVE.weights, profile: FIVE.profile }), VIEW_REPS, '', (v, x) =>
          e.push(`view switch to ${v}, 5 reports: ${x instanceof Error ? x.message.split('\n')[0] : String(x)}`),
        ),
      );
    // import
    if (mode === 'profile') out.imp = await step(e, 'import (worker)', () => importViaWorker(app, plan.file, workerUrl, IMPORT_TIMEOUT));
    else {
      if (dataViewAvailable === null) {
        await app.goto('?v=data');
        dataViewAvailable = await app.page
          .waitForSelector('input[data-testid=import-file]', { state: 'attached', timeout: 30_000 })
          .then(() => true)
          .catch(() => false);
        if (!dataViewAvailable) log('  the data view has no file input: importing through the worker directly');
      }
      out.imp = await step(e, 'import', () =>
        dataViewAvailable ? importViaDataView(app, plan.file, IMPORT_TIMEOUT) : importViaWorker(app, plan.file, workerUrl, IMPORT_TIMEOUT),
      );
    }
    if (out.imp && !out.imp.ok) e.push(`import failed: ${out.imp.message.slice(0, 300)}`);
    if (!out.imp?.ok || mode === 'profile') return out;
    log(`  import ${(out.imp.ms / 1000).toFixed(1)} s; longest main-thread task ${Math.round(out.imp.longestTaskMs)} ms`);
    const heap = async () => {
      const h = await step(e, 'heap', () => app.heapMB());
      if (h !== null) out.heap.push(h);
    };
    await heap();
    out.estimateMB = await step(e, 'storage estimate', () => app.storageMB());
    out.diskMB = duBytes(join(dir, 'Default', 'IndexedDB')) / 1e6;
    const reloadTwice = async () => {
      await app.goto('');
      await app.firstChart();
      await app.goto('');
      return app.firstChart();
    };
    // Right after an import of 300 MB the browser is still compacting its store for a few seconds, and every read
    // is slower meanwhile (reloads get faster one after the other until the store is at rest); the target is about
    // a store at rest, so it is measured after a pause, and the figure right after the import is kept next to it
    // (docs/performance.md).
    out.fcNRightAfterImport = await step(e, 'first chart after reload, right after the import', reloadTwice);
    await app.page.waitForTimeout(SETTLE_MS);
    out.fcN = await step(e, 'first chart after reload', reloadTwice);
    await heap();
    out.rankCold = await step(e, 'ranking (navigation)', async () => {
      await app.goto(`?v=rank&rm=${plan.rankMetric}&ry=${plan.rankYear}`);
      return app.chart(`rank-${plan.rankMetric}`);
    });
    out.chartWidth = await app.page
      .evaluate((id) => document.querySelector(`[data-chart-id="${id}"]`)?.clientWidth ?? null, `rank-${plan.rankMetric}`)
      .catch(() => null);
    // a person reads the chart before picking another metric: the view warms its cache meanwhile
    if (out.rankCold !== null) await app.page.waitForTimeout(1500);
    if (out.rankCold !== null)
      for (const m of plan.interactMetrics) {
        const t = await step(e, `ranking (select ${m})`, () => selectRankMetric(app, m));
        if (t !== null) out.interactions.push(t);
      }
    await heap();
    out.profile = await step(e, 'profile', async () => {
      await app.goto(`?v=profile&p=${plan.profileJurisdiction}`);
      return app.firstChart(60_000);
    });
    await heap();
    out.pickerSearch = await step(e, 'place picker search', () => pickerSearch(app, plan.pickerQuery));
    const w = plan.compositeMetrics.map((m) => `${m}~1`).join(',');
    out.compositeChart = await step(e, 'composite', async () => {
      await app.goto(`?v=rank&w=${w}`);
      return app.chart('composite', 120_000);
    });
    if (out.compositeChart !== null)
      out.compositeCompute = await step(e, 'composite compute', async () => {
        // a large composite's band is computed after the chart is drawn, part by part: its time is known once it is there
        await app.page.waitForSelector('[data-testid=composite][data-band=done]', { timeout: 120_000 });
        return Number(await app.page.getAttribute('[data-testid=composite]', 'data-compute-ms'));
      });
    await heap();
    out.views = await step(e, 'view switches', () =>
      viewSwitches(app, benchViews({ rankMetric: plan.rankMetric, rankYear: plan.rankYear, compositeWeights: w, profile: plan.profileJurisdiction }), VIEW_REPS, '', (v, x) =>
        e.push(`view switch to ${v}: ${x instanceof Error ? x.message.split('\n')[0] : String(x)}`),
      ),
    );
    await heap();
    out.newWork = await step(e, 'new work', () => benchNewWorkViews(app, plan.newWork, VIEW_REPS, (v, x) => e.push(`${v}: ${x instanceof Error ? x.message.split('\n')[0] : String(x)}`)));
    out.heapAfterGc = await step(e, 'heap after GC', () => app.heapMB(true));
  } finally {
    await ctx.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

async function main() {
  const t0 = performance.now();
  mkdirSync(work, { recursive: true });
  if (!args['no-build']) {
    log(`building the app into ${relative(ROOT, dist) || dist} …`);
    buildApp(dist);
  }
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing (build first, or drop --no-build)`);
  const bundle = bundleSizes(dist);
  if (!bundle.worker.file) throw new Error('the build has no import worker chunk');
  const workerUrl = `/${bundle.worker.file}`;
  log(`initial JS ${(bundle.initial.gzip / 1000).toFixed(1)} KB gzip, all JS ${(bundle.total.gzip / 1000).toFixed(1)} KB gzip`);

  if (args['import-only']) {
    const file = defaultOut(paramsFor(Math.max(...sizes))).replace(BENCH_TMP, work);
    if (!existsSync(file)) generateToFile(paramsFor(Math.max(...sizes)), file, (s) => log(`  ${s}`));
    const pagesDir = join(work, 'pages');
    await writeImportLimitPage(pagesDir);
    const app = (await startServer({ root: dist, port: 0 })) as { server: Server; url: string };
    const pages = (await startServer({ root: pagesDir, port: 0 })) as { server: Server; url: string };
    try {
      await benchImportRows({ app: app.url, pages: pages.url, worker: workerUrl }, { json: file, arrow: arrowTwin(file).file }, join(work, 'profiles'), runs, IMPORT_TIMEOUT, log);
    } finally {
      await new Promise<void>((ok) => app.server.close(() => ok()));
      await new Promise<void>((ok) => pages.server.close(() => ok()));
    }
    return;
  }
  const plans = sizes.map(planSize);
  const pagesDir = join(work, 'pages');
  writeBaselinePages(pagesDir);
  await writeImportLimitPage(pagesDir);
  const peerPage = args['no-peer'] ? null : await writePeerPage(pagesDir);
  {
    const { dataset } = generateDataset(paramsFor(Math.max(baselineRows, 1000)));
    writeFileSync(join(pagesDir, 'rows.json'), JSON.stringify(dataset.observations.slice(0, baselineRows)));
  }
  const app = (await startServer({ root: dist, port: 0 })) as { server: Server; url: string };
  const pages = (await startServer({ root: pagesDir, port: 0 })) as { server: Server; url: string };
  let chromiumVersion: string;
  try {
    chromiumVersion = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim().replace(/^Chromium\s*/, '').split(' ')[0]!;
  } catch {
    chromiumVersion = 'unknown';
  }

  const sizeResults: SizeResult[] = [];
  const fc5: number[] = [];
  const views5: (Record<string, number[]> | null)[] = [];
  const chartWidths: number[] = [];
  const importSides: ImportSide[] = [];
  const newWorkRuns: { plan: SizePlan; runs: (NewWorkViews | null)[]; errors: string[] }[] = [];
  try {
    for (const plan of plans) {
      log(`size ${plan.target}: ${plan.counts.observations} observations, ${(plan.bytes / 1e6).toFixed(1)} MB`);
      const outs: RunOut[] = [];
      // the import against the browser's own limit and the Arrow import, alternating with the app's runs
      const arrow = arrowTwin(plan.file);
      const side: ImportSide = { target: plan.target, observations: plan.counts.observations, arrowBytes: arrow.bytes, limit: [], arrow: [], errors: [] };
      importSides.push(side);
      for (let r = 0; r < runs; r++) {
        log(` run ${r + 1}/${runs}`);
        const o = await appRun(plan, app.url, workerUrl, `${plan.target}-${r}`, 'full');
        await importSideRun(side, { app: app.url, pages: pages.url }, { json: plan.file, arrow: arrow.file }, join(work, 'profiles'), IMPORT_TIMEOUT);
        log(`  import limit ${side.limit.map((l) => (l.ms / 1000).toFixed(1)).join(', ')} s; Arrow import ${side.arrow.map((a) => (a.ms / 1000).toFixed(1)).join(', ')} s${side.errors.length ? `; ${side.errors.join('; ')}` : ''}`);
        outs.push(o);
        if (o.fc5 !== null) fc5.push(o.fc5);
        views5.push(o.views5);
        if (o.chartWidth) chartWidths.push(o.chartWidth);
      }
      newWorkRuns.push({ plan, runs: outs.map((o) => o.newWork ?? null), errors: outs.flatMap((o) => o.errors.filter((x) => /^(new work|rank, |compare, |framework)/.test(x))) });
      log(' profiling run (the import worker’s own step timings)');
      const prof = await appRun(plan, app.url, workerUrl, `${plan.target}-profile`, 'profile');
      const imps = outs.map((o) => o.imp).filter((x): x is ImportRun => !!x && x.ok);
      const phaseNames = [...new Set(imps.flatMap((i) => Object.keys(i.phases)))];
      sizeResults.push({
        target: plan.target,
        dataset: {
          file: relative(ROOT, plan.file),
          bytes: plan.bytes,
          jurisdictions: plan.counts.jurisdictions,
          years: plan.params.years,
          metrics: plan.params.metrics,
          observations: plan.counts.observations,
          reports: plan.counts.reports,
        },
        driver: dataViewAvailable === false ? 'worker' : 'data-view',
        import: {
          ms: stat(imps.map((i) => i.ms)),
          observationsPerSecond: stat(imps.map((i) => (plan.counts.observations / i.ms) * 1000)),
          phases: Object.fromEntries(phaseNames.map((p) => [p, stat(imps.map((i) => i.phases[p]))])),
          longestTaskMs: stat(imps.map((i) => i.longestTaskMs)),
          tasksOver100ms: stat(imps.map((i) => i.tasksOver100ms)),
          progressSteps: stat(imps.map((i) => i.progressSteps)),
          inWorker: imps.length > 0 && imps.every((i) => i.inWorker),
        },
        workerSteps: prof.imp?.workerSteps ?? null,
        storage: { estimateMB: stat(outs.map((o) => o.estimateMB)), diskMB: stat(outs.map((o) => o.diskMB)) },
        firstChartAfterReloadMs: stat(outs.map((o) => o.fcN)),
        firstChartRightAfterImportMs: stat(outs.map((o) => o.fcNRightAfterImport)),
        rankingColdMs: stat(outs.map((o) => o.rankCold)),
        rankingInteractionMs: stat(outs.flatMap((o) => o.interactions)),
        rankingBars: plan.bareOptions.length ? Math.round(plan.bareOptions.reduce((s, b) => s + b.bars, 0) / plan.bareOptions.length) : null,
        profileMs: stat(outs.map((o) => o.profile)),
        pickerSearchMs: stat(outs.map((o) => o.pickerSearch)),
        compositeComputeMs: stat(outs.map((o) => o.compositeCompute)),
        compositeChartMs: stat(outs.map((o) => o.compositeChart)),
        compositeMetrics: plan.compositeMetrics.length,
        viewSwitchMs: viewStats(outs.map((o) => o.views)),
        heapMB: stat(outs.map((o) => (o.heap.length ? Math.max(...o.heap) : null))),
        heapAfterGcMB: stat(outs.map((o) => o.heapAfterGc)),
        errors: [...new Set([...outs.flatMap((o) => o.errors), ...prof.errors.map((x) => `profiling run: ${x}`)])],
      });
    }

    // the batch import: report files, and one very long paste, each run in a fresh profile
    const batchFiles: BatchRun[] = [];
    const pastes: PasteRun[] = [];
    const nFiles = quick ? 10 : 100;
    const pasteChars = quick ? 300_000 : 4_900_000;
    for (let r = 0; r < runs; r++) {
      log(`batch import: ${nFiles} report files, then a ${pasteChars.toLocaleString('en-US')}-character paste (run ${r + 1}/${runs})`);
      const dir = join(work, 'profiles', 'batch');
      const f = await benchBatchFiles(app.url, dir, ROOT, nFiles).catch((e: unknown) => (log(`  files failed: ${String(e)}`), null));
      if (f) batchFiles.push(f);
      const p = await benchPaste(app.url, dir, ROOT, pasteChars).catch((e: unknown) => (log(`  paste failed: ${String(e)}`), null));
      if (p) pastes.push(p);
      rmSync(dir, { recursive: true, force: true });
      if (f) log(`  files: ${(f.ms / 1000).toFixed(1)} s, longest task ${f.longestTaskMs} ms, ${f.candidates} candidates`);
      if (p) log(`  paste: first candidates ${(p.firstCandidatesMs / 1000).toFixed(1)} s, all ${(p.allMs / 1000).toFixed(1)} s, longest task ${p.longestTaskMs} ms`);
    }
    // the new work's review queue (≥ 5,000 candidates), and the first visit and offline reload, each in fresh profiles
    const queues: QueueRun[] = [];
    for (let r = 0; r < runs; r++) {
      const q = await benchQueue(app.url, join(work, 'profiles', 'queue'), ROOT, quick ? 20 : 300, quick ? 20 : 200).catch((e: unknown) => (log(`  queue failed: ${String(e)}`), null));
      if (q) queues.push(q);
      if (q) log(`  review queue: ${q.batch.candidates} candidates, scroll longest task ${q.scrollLongestTaskMs} ms, keyboard ${q.keyLongestTaskMs} ms`);
    }
    log(`first visit and offline reload × ${quick ? 1 : Math.max(3, runs)}`);
    const firstVisits = await benchFirstVisits(dist, work, quick ? 1 : Math.max(3, runs), log);
    const nwAt = newWorkRuns[newWorkRuns.length - 1];
    const batch: BatchResults | null =
      batchFiles.length && pastes.length
        ? {
            files: {
              reports: batchFiles[0]!.reports,
              chars: batchFiles[0]!.chars,
              bytes: batchFiles[0]!.bytes,
              ms: stat(batchFiles.map((x) => x.ms)),
              longestTaskMs: stat(batchFiles.map((x) => x.longestTaskMs)),
              tasksOver100ms: stat(batchFiles.map((x) => x.tasksOver100ms)),
              candidates: batchFiles[0]!.candidates,
              domRows: Math.max(...batchFiles.map((x) => x.domRows)),
            },
            paste: {
              chars: pastes[0]!.chars,
              firstCandidatesMs: stat(pastes.map((x) => x.firstCandidatesMs)),
              allMs: stat(pastes.map((x) => x.allMs)),
              longestTaskMs: stat(pastes.map((x) => x.longestTaskMs)),
              tasksOver100ms: stat(pastes.map((x) => x.tasksOver100ms)),
              candidates: pastes[0]!.candidates,
              domRows: Math.max(...pastes.map((x) => x.domRows)),
            },
          }
        : null;

    // baselines, each in its own fresh profile
    log(`baseline: one IndexedDB record per observation, ${baselineRows} rows × ${runs}`);
    const rowMs: number[] = [];
    const bare: BenchResults['baselines']['bareSetOption'] = [];
    {
      const dir = join(work, 'profiles', 'baseline');
      const ctx = await openProfile(dir);
      try {
        const page = ctx.pages()[0] ?? (await ctx.newPage());
        await page.goto(`${pages.url}idb.html`);
        for (let r = 0; r < runs; r++) {
          const res = await page.evaluate(
            ([u, name]) => (window as unknown as { benchRows: (u: string, n: string) => Promise<{ ms: number }> }).benchRows(u, name),
            [`${pages.url}rows.json`, `rows-${r}`] as const,
          );
          rowMs.push(res.ms);
          log(`  ${baselineRows} rows in ${(res.ms / 1000).toFixed(1)} s (${Math.round((baselineRows / res.ms) * 1000)} rows/s)`);
        }
        const width = chartWidths.length ? chartWidths[0]! : 1200;
        // The app's interactions are the first metric changes in a freshly loaded view that has drawn one ranking:
        // the ranking chart takes each new option in place (setOption, merge). The baseline does the same with
        // bare ECharts in the same state: a fresh page, the view's first chart drawn, 1.5 s, then the same options
        // set on that chart. For comparison: each option on a fresh chart (init + setOption) in the same state, and
        // warm (the same again afterwards in the same page).
        type BareWindow = {
          benchBare: (o: unknown, w: number, h: number, n: number) => Promise<number[]>;
          benchInPlace: (first: unknown, options: unknown[], w: number, h: number, pause: number) => Promise<number[]>;
        };
        const freshDraw = (o: unknown) =>
          page.evaluate(([o, w]) => (window as unknown as BareWindow).benchBare(o, w as number, 380, 1), [o, width] as const);
        for (const plan of plans) {
          const inPlace: number[] = [];
          const fresh: number[] = [];
          const warm: number[] = [];
          const options = plan.bareOptions.map((b) => b.option);
          for (let r = 0; r < runs; r++) {
            await page.goto(`${pages.url}bare.html`);
            inPlace.push(
              ...(await page.evaluate(
                ([first, options, w]) => (window as unknown as BareWindow).benchInPlace(first, options as unknown[], w as number, 380, 1500),
                [plan.bareFirst.option, options, width] as const,
              )),
            );
            await page.goto(`${pages.url}bare.html`);
            await freshDraw(plan.bareFirst.option);
            await page.waitForTimeout(1500);
            for (const o of options) fresh.push(...(await freshDraw(o)));
          }
          for (let r = 0; r < runs; r++) for (const o of options) warm.push(...(await freshDraw(o)));
          const bars = plan.bareOptions.length ? Math.round(plan.bareOptions.reduce((s, b) => s + b.bars, 0) / plan.bareOptions.length) : 0;
          bare.push({ target: plan.target, bars, ms: stat(inPlace), freshMs: stat(fresh), warmMs: stat(warm) });
          log(
            `  bare ECharts, ${bars} bars: setOption in place ${stat(inPlace)?.median ?? '—'} ms; init + setOption ${stat(fresh)?.median ?? '—'} ms, warm ${stat(warm)?.median ?? '—'} ms`,
          );
        }
      } finally {
        await ctx.close().catch(() => {});
        rmSync(dir, { recursive: true, force: true });
      }
    }

    // the database peer on the same data, each run in a fresh profile
    let peer: PeerResults | null = null;
    if (peerPage) {
      const peerSizes: PeerResults['sizes'] = [];
      for (const plan of plans) {
        if (!plan.peer) continue;
        log(`database peer: DuckDB-WASM ${duckdbVersion()} (OPFS), ${plan.peer.observations} observations, ${(plan.peer.csv.bytes / 1e6).toFixed(1)} MB of CSV × ${runs}`);
        peerSizes.push(await benchPeer(plan.peer, pages.url, join(work, 'profiles'), runs, chartWidths[0] ?? 1200, SETTLE_MS, log));
      }
      peer = { engine: 'duckdb-wasm', version: duckdbVersion(), bundle: 'eh', input: 'csv', ...peerPage, sizes: peerSizes };
    }

    const partial: Omit<BenchResults, 'targets' | 'totalSeconds'> = {
      format: 'rol-compare/bench',
      version: 1,
      date: new Date().toISOString(),
      quick,
      machine: {
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        cores: cpus().length,
        memoryGB: Math.round(totalmem() / 1e9),
        os: `${type()} ${release()}`,
        node: process.versions.node,
        chromium: chromiumVersion,
      },
      options: { sizes, runs, seed, baselineRows },
      bundle,
      baselines: {
        rowPerRecord: {
          sampleRows: baselineRows,
          ms: stat(rowMs),
          rowsPerSecond: stat(rowMs.map((m) => (baselineRows / m) * 1000)),
        },
        firstChart5ReportsMs: stat(fc5),
        viewSwitch5ReportsMs: viewStats(views5),
        bareSetOption: bare,
      },
      sizes: sizeResults,
      batch,
      ...(peer ? { peer } : {}),
      firstVisit: firstVisitResults(firstVisits, true, stat),
      newWork: nwAt
        ? newWorkResults({ target: nwAt.plan.target, ...nwAt.plan.counts, plan: nwAt.plan.newWork }, nwAt.runs, queues, nwAt.errors, stat)
        : null,
    };
    for (const g of peerComparison(partial))
      for (const r of g.rows)
        log(
          `peer at ${g.observations}: ${r.measure.split(' (')[0]}: app ${r.app ?? '—'} ms, DuckDB-WASM ${r.peer ?? '—'} ms, limit ${r.limit ?? '—'} ms → ` +
            `DuckDB-WASM ÷ app ${r.peerOverApp ?? '—'}×, app ÷ limit ${r.appOverLimit ?? '—'}×, DuckDB-WASM ÷ limit ${r.peerOverLimit ?? '—'}×`,
        );
    const results: BenchResults = {
      ...partial,
      targets: [...judgeTargets(partial), ...importLimitTargets(importSides, (t) => sizeResults.find((x) => x.target === t)?.import.ms ?? null)],
      totalSeconds: Math.round((performance.now() - t0) / 1000),
    };
    resultsSchema.parse(results);
    mkdirSync(resolve(resultsPath, '..'), { recursive: true });
    writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
    log(`wrote ${relative(ROOT, resultsPath) || resultsPath}`);
    if (readmePath) {
      writeResultsDocs(results, readmePath);
      log(`updated ${relative(ROOT, readmePath)} and docs/performance.md`);
    }
    console.log(`\n${markdown(results)}\n`);
  } finally {
    await new Promise<void>((ok) => app.server.close(() => ok()));
    await new Promise<void>((ok) => pages.server.close(() => ok()));
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
