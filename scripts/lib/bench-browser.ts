/**
 * The browser side of the benchmark: a fresh on-disk Chromium profile per run (a persistent context, so
 * IndexedDB lives on disk as it does for users; an incognito context would keep it in memory), the app driven
 * through its own views, and in-page clocks (performance.now() from navigation start, a MutationObserver on
 * `data-chart-state`, a PerformanceObserver for long tasks).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
export { CHROMIUM_ARGS, chromiumPath };

export const VIEWPORT = { width: 1280, height: 900 };

export async function openProfile(dir: string): Promise<BrowserContext> {
  rmSync(dir, { recursive: true, force: true });
  return chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: VIEWPORT,
  });
}

/** Installed before any page script: records chart, import-status and long-task events with in-page times. */
const INIT = `(() => {
  if (window.__bench) return;
  const B = (window.__bench = { longtasks: [], charts: {}, firstFinished: null, importStart: null, status: [], progress: [] });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) B.longtasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  document.addEventListener('change', (e) => {
    const t = e.target;
    if (t && t.matches && t.matches('input[data-testid=import-file]')) B.importStart = performance.now();
  }, true);
  const scan = () => {
    const now = performance.now();
    for (const el of document.querySelectorAll('[data-chart-id]')) {
      if (el.getAttribute('data-chart-state') !== 'finished') continue;
      const id = el.getAttribute('data-chart-id');
      if (B.firstFinished === null) B.firstFinished = now;
      if (!(id in B.charts)) B.charts[id] = now;
    }
    const st = document.querySelector('[data-testid=import-status]');
    if (st) {
      const key = [st.getAttribute('data-state'), st.getAttribute('data-phase'), st.getAttribute('data-run')].join('|');
      const last = B.status[B.status.length - 1];
      if (!last || last[0] !== key) B.status.push([key, now]);
    }
    const pr = document.querySelector('[data-testid=import-progress]');
    if (pr) {
      const v = pr.getAttribute('value') ?? 'indeterminate';
      if (!B.progress.includes(v)) B.progress.push(v);
    }
  };
  new MutationObserver(scan).observe(document, {
    subtree: true, childList: true, attributes: true,
    attributeFilter: ['data-chart-state', 'data-chart-id', 'data-state', 'data-phase', 'data-run', 'value'],
  });
})();`;

export interface BenchState {
  longtasks: [number, number][];
  charts: Record<string, number>;
  firstFinished: number | null;
  importStart: number | null;
  status: [string, number][];
  progress: string[];
}

export class AppPage {
  private cdp: CDPSession | null = null;
  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly base: string,
  ) {}

  static async open(context: BrowserContext, base: string): Promise<AppPage> {
    await context.addInitScript({ content: INIT });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(60_000);
    return new AppPage(context, page, base);
  }

  state(): Promise<BenchState> {
    return this.page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(this.base + query, { waitUntil: 'commit' });
  }

  /** Navigation → first chart drawn, in the page's clock (ms since navigation start). */
  async firstChart(timeout = 60_000): Promise<number> {
    await this.page.waitForFunction(() => (window as unknown as { __bench?: BenchState }).__bench?.firstFinished != null, null, {
      timeout,
      polling: 50,
    });
    return (await this.state()).firstFinished!;
  }

  /** Navigation → the chart with this id drawn. */
  async chart(id: string, timeout = 60_000): Promise<number> {
    await this.page.waitForFunction((cid) => (window as unknown as { __bench?: BenchState }).__bench?.charts[cid] !== undefined, id, {
      timeout,
      polling: 50,
    });
    return (await this.state()).charts[id]!;
  }

  async waitBundled(): Promise<string> {
    await this.page.waitForFunction(() => document.documentElement.dataset.bundled !== undefined, null, { timeout: 120_000 });
    return this.page.evaluate(() => document.documentElement.dataset.bundled ?? '');
  }

  private async session(): Promise<CDPSession> {
    if (!this.cdp) {
      this.cdp = await this.context.newCDPSession(this.page);
      await this.cdp.send('Performance.enable');
    }
    return this.cdp;
  }

  /** Main-thread JS heap in MB (CDP JSHeapUsedSize); `gc` forces a collection first. */
  async heapMB(gc = false): Promise<number> {
    const s = await this.session();
    if (gc) await s.send('HeapProfiler.collectGarbage');
    const { metrics } = await s.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    return used / 1e6;
  }

  async storageMB(): Promise<number> {
    const usage = await this.page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    return usage / 1e6;
  }

  /** The import worker is among the page's workers. */
  hasImportWorker(): boolean {
    return this.page.workers().some((w) => /import-worker/.test(w.url()));
  }
}

export interface ImportRun {
  ms: number;
  phases: Record<string, number>;
  longestTaskMs: number;
  tasksOver100ms: number;
  progressSteps: number;
  inWorker: boolean;
  workerSteps: Record<string, number> | null;
  ok: boolean;
  message: string;
}

const longTasksBetween = (s: BenchState, t0: number, t1: number) => {
  const tasks = s.longtasks.filter(([start, dur]) => start + dur >= t0 && start <= t1).map(([, d]) => d);
  return { longest: tasks.length ? Math.max(...tasks) : 0, over100: tasks.filter((d) => d > 100).length };
};

/** Imports through the data view: the file input, then `[data-testid=import-status][data-state=done]`. */
export async function importViaDataView(app: AppPage, file: string, timeout: number): Promise<ImportRun> {
  await app.goto('?v=data');
  await app.page.waitForSelector('input[data-testid=import-file]', { state: 'attached', timeout: 30_000 });
  const status = app.page.locator('[data-testid=import-status]');
  const run0 = Number((await status.getAttribute('data-run')) ?? 0);
  await app.page.setInputFiles('input[data-testid=import-file]', file);
  const seenWorker = app.hasImportWorker();
  await app.page.waitForFunction(
    (r0) => {
      const s = document.querySelector<HTMLElement>('[data-testid=import-status]');
      return !!s && Number(s.dataset.run) > r0 && (s.dataset.state === 'done' || s.dataset.state === 'error');
    },
    run0,
    { timeout, polling: 200 },
  );
  const s = await app.state();
  const t0 = s.importStart ?? Number.NaN;
  const end = s.status.find(([k]) => /^(done|error)\|/.test(k) && Number(k.split('|')[2]) > run0);
  const t1 = end?.[1] ?? Number.NaN;
  const phases: Record<string, number> = {};
  const working = s.status.filter(([k, t]) => k.startsWith('working|') && t >= t0);
  for (let i = 0; i < working.length; i++) {
    const phase = working[i]![0].split('|')[1] || 'start';
    const next = working[i + 1]?.[1] ?? t1;
    phases[phase] = (phases[phase] ?? 0) + (next - working[i]![1]);
  }
  const lt = longTasksBetween(s, t0, t1);
  const state = await status.getAttribute('data-state');
  return {
    ms: t1 - t0,
    phases,
    longestTaskMs: lt.longest,
    tasksOver100ms: lt.over100,
    progressSteps: s.progress.length,
    inWorker: seenWorker || app.hasImportWorker(),
    workerSteps: null,
    ok: state === 'done',
    message: (await status.textContent()) ?? '',
  };
}

/**
 * Imports by posting the file to the app's built import worker directly (same messages as the data view sends).
 * Used for the profiling run (the worker's own step timings come back in the result) and when the data view
 * is not available.
 */
export async function importViaWorker(app: AppPage, file: string, workerUrl: string, timeout: number): Promise<ImportRun> {
  await app.goto('?v=data');
  await app.page.waitForFunction(() => document.documentElement.dataset.bundled !== undefined, null, { timeout: 120_000 });
  await app.page.evaluate(() => {
    const i = document.createElement('input');
    i.type = 'file';
    i.id = 'bench-file';
    i.style.display = 'none';
    document.body.append(i);
  });
  await app.page.setInputFiles('#bench-file', file);
  const r = await app.page.evaluate(
    async ({ url, timeout }) => {
      const file = (document.getElementById('bench-file') as HTMLInputElement).files![0]!;
      const w = new Worker(url, { type: 'module', name: 'rol-import-bench' });
      const phases: [string, number][] = [];
      const t0 = performance.now();
      const done = await new Promise<{ type: string; result?: unknown; message?: string }>((ok) => {
        const timer = setTimeout(() => ok({ type: 'error', message: 'timeout' }), timeout);
        w.onmessage = (e: MessageEvent<{ type: string; phase?: string; result?: unknown; message?: string }>) => {
          const d = e.data;
          if (d.type === 'progress') {
            if (phases[phases.length - 1]?.[0] !== d.phase) phases.push([d.phase!, performance.now()]);
          } else if (d.type === 'result' || d.type === 'error') {
            clearTimeout(timer);
            ok(d);
          }
        };
        w.onerror = (e) => ok({ type: 'error', message: e.message });
        w.postMessage({ type: 'json', id: 1, file, replace: true });
      });
      const t1 = performance.now();
      w.terminate();
      return { t0, t1, phases, done };
    },
    { url: workerUrl, timeout },
  );
  const s = await app.state();
  const phases: Record<string, number> = {};
  for (let i = 0; i < r.phases.length; i++) {
    const [p, t] = r.phases[i]!;
    phases[p] = (phases[p] ?? 0) + ((r.phases[i + 1]?.[1] ?? r.t1) - t);
  }
  const lt = longTasksBetween(s, r.t0, r.t1);
  const result = r.done.result as { ok?: boolean; value?: { timings?: Record<string, number> }; errors?: unknown } | undefined;
  return {
    ms: r.t1 - r.t0,
    phases,
    longestTaskMs: lt.longest,
    tasksOver100ms: lt.over100,
    progressSteps: r.phases.length,
    inWorker: true,
    workerSteps: result?.value?.timings ?? null,
    ok: r.done.type === 'result' && result?.ok === true,
    message: r.done.type === 'result' ? JSON.stringify(result?.ok ? result.value : result?.errors).slice(0, 500) : (r.done.message ?? ''),
  };
}

/**
 * Selects another metric in the ranking view and times it until that metric's chart is drawn. (The function is a
 * string: tsx would wrap named inner functions in a helper the page does not have.)
 */
const SELECT_RANK_METRIC = `async (m) => {
  const B = window.__bench;
  const sel = document.querySelector('article[aria-labelledby="rank-metric-h"] select');
  if (!sel) throw new Error('no metric select in the ranking view');
  if (![...sel.options].some((o) => o.value === m)) throw new Error('metric ' + m + ' is not offered');
  const t0 = performance.now();
  sel.value = m;
  sel.dispatchEvent(new Event('change', { bubbles: true }));
  return new Promise((ok, fail) => {
    const check = () => {
      const t = B.charts['rank-' + m];
      if (t !== undefined) ok(t - t0);
      else if (performance.now() - t0 > 60000) fail(new Error('rank-' + m + ' not drawn'));
      else setTimeout(check, 10);
    };
    check();
  });
}`;

export async function selectRankMetric(app: AppPage, metric: string): Promise<number> {
  return app.page.evaluate(`(${SELECT_RANK_METRIC})(${JSON.stringify(metric)})`) as Promise<number>;
}

/** Bytes under a directory (the profile's IndexedDB on disk). */
export function duBytes(dir: string): number {
  let n = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) n += duBytes(p);
    else
      try {
        n += statSync(p).size;
      } catch {
        /* vanished */
      }
  }
  return n;
}
