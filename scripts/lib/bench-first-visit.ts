/**
 * The first visit and the offline reload, in real headless Chromium (docs/performance.md, "First visit").
 *
 * First visit: a fresh on-disk profile (no HTTP cache, no service worker, an empty IndexedDB); navigation start →
 * the first chart `data-chart-state=finished`, in the page's clock. Also recorded, to see where the time goes: when
 * the entry script's response ended and its module ran (the first `#root` child), when the bootstrap's outcome is on
 * `<html data-bundled>` (the five bundled reports stored), and that it says `imported`.
 *
 * Offline reload: in the same profile, once the service worker controls the page and its precache is complete, the
 * app's server is closed and the browser put offline; then a reload: navigation start → first chart finished, served
 * by the service worker from its cache and the stored reports.
 */
import type { Server } from 'node:http';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error -- plain ESM script without types
import { startServer } from '../serve.mjs';
import { z } from 'zod';
import { AppPage, openProfile } from './bench-browser';
import type { Stat, Target } from './bench-results';

/** The limits (ms), fixed before the first measurement. */
export const FIRST_VISIT_LIMITS = {
  /** a fresh profile, no cache: navigation start → first chart finished, the five bundled reports stored; median */
  firstVisit: 800,
  /** the service worker serving, the server gone and the browser offline: navigation start → first chart finished; median */
  offlineReload: 300,
} as const;

/** Installed before any page script: when the app first rendered and when the bootstrap's outcome was set. */
const INIT = `(() => {
  if (window.__fv) return;
  const F = (window.__fv = { rendered: null, bundled: null, bundledState: null });
  const scan = () => {
    const now = performance.now();
    if (F.rendered === null) { const r = document.getElementById('root'); if (r && r.firstChild) F.rendered = now; }
    if (F.bundled === null && document.documentElement.dataset.bundled !== undefined) {
      F.bundled = now;
      F.bundledState = document.documentElement.dataset.bundled;
    }
  };
  new MutationObserver(scan).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-bundled'] });
})();`;

export interface FirstVisitRun {
  /** navigation start → first chart finished */
  ms: number;
  /** navigation start → the app's first render (the entry module ran) */
  renderedMs: number | null;
  /** navigation start → `<html data-bundled>` set (the bootstrap done) */
  bundledMs: number | null;
  /** what the bootstrap said: `imported` on a first visit */
  bundled: string | null;
  /** navigation start → the entry script's response ended */
  entryScriptMs: number | null;
  /** navigation start → the bundled dataset's response ended (as the page saw it; null when only a worker fetched it) */
  datasetMs: number | null;
  /** the bundled dataset file the page or its worker asked for, and its size on the wire */
  datasetFile: string | null;
}

export interface OfflineRun {
  /** navigation start → first chart finished, the server closed and the browser offline */
  ms: number;
  /** the service worker controlled the page */
  controlled: boolean;
}

export interface FirstVisitResult {
  firstVisit: FirstVisitRun | null;
  offline: OfflineRun | null;
  errors: string[];
}

interface FvState {
  rendered: number | null;
  bundled: number | null;
  bundledState: string | null;
}

/**
 * One first visit and one offline reload in a fresh profile under `dir`, against the build in `dist` served by a
 * server of its own (closed for the offline reload).
 */
/**
 * A page of another origin (nothing of the app's is cached or stored by it) that lays out and paints Chinese text in
 * the app's font and draws some on a canvas: the browser process is then as a person's running browser is, its fonts
 * loaded, before the app's first visit.
 */
const WARM_PAGE =
  'data:text/html;charset=utf-8,' +
  encodeURIComponent(
    `<!doctype html><html lang="zh-CN"><body style="font-family:'Noto Sans CJK SC',sans-serif"><h1>法治政府建设年度报告</h1><p>行政复议 ≥ 件 万人 2023年</p>` +
      `<canvas id="c" width="300" height="60"></canvas><script>const c=document.getElementById('c').getContext('2d');c.font="14px 'Noto Sans CJK SC', sans-serif";c.fillText('行政诉讼 复议 调解 2023年',4,30);</script></body></html>`,
  );

export async function benchFirstVisit(dist: string, dir: string, warm = true): Promise<FirstVisitResult> {
  const errors: string[] = [];
  const srv = (await startServer({ root: dist, port: 0 })) as { server: Server; url: string };
  let serverOpen = true;
  const closeServer = () =>
    new Promise<void>((ok) => {
      if (!serverOpen) return ok();
      serverOpen = false;
      srv.server.closeAllConnections();
      srv.server.close(() => ok());
    });
  const ctx = await openProfile(dir);
  const datasetRequests: string[] = [];
  ctx.on('request', (r) => {
    const u = new URL(r.url());
    if (/\/data\/(bundled|first)[^/]*\.json$/.test(u.pathname)) datasetRequests.push(u.pathname);
  });
  const out: FirstVisitResult = { firstVisit: null, offline: null, errors };
  try {
    await ctx.addInitScript({ content: INIT });
    const app = await AppPage.open(ctx, srv.url);
    try {
      if (warm) {
        await app.page.goto(WARM_PAGE);
        await app.page.waitForTimeout(300);
      }
      await app.goto('');
      const ms = await app.firstChart(120_000);
      await app.waitBundled();
      const fv = await app.page.evaluate(() => (window as unknown as { __fv: FvState }).__fv);
      const res = await app.page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => [e.name, (e as PerformanceResourceTiming).responseEnd] as [string, number]),
      );
      const entry = res.find(([n]) => /\/assets\/index-[^/]*\.js$/.test(n));
      const data = res.find(([n]) => /\/data\/(bundled|first)[^/]*\.json$/.test(n));
      out.firstVisit = {
        ms,
        renderedMs: fv.rendered,
        bundledMs: fv.bundled,
        bundled: fv.bundledState,
        entryScriptMs: entry ? entry[1] : null,
        datasetMs: data ? data[1] : null,
        datasetFile: datasetRequests[0] ?? null,
      };
    } catch (e) {
      errors.push(`first visit: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      return out;
    }
    try {
      // the service worker active, its precache complete, and controlling this page
      await app.page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        if (reg.active?.state !== 'activated')
          await new Promise<void>((ok) => reg.active?.addEventListener('statechange', () => reg.active?.state === 'activated' && ok()));
      });
      if (!(await app.page.evaluate(() => navigator.serviceWorker.controller !== null))) {
        await app.goto('');
        await app.firstChart();
      }
      await app.page.waitForTimeout(1000);
      await closeServer();
      await ctx.setOffline(true);
      // twice, the second counted: the first reload after the precache may still start the worker's caches
      await app.goto('');
      await app.firstChart();
      await app.goto('');
      const ms = await app.firstChart();
      const controlled = await app.page.evaluate(() => navigator.serviceWorker.controller !== null);
      out.offline = { ms, controlled };
      if (!controlled) errors.push('offline reload: the service worker did not control the page');
    } catch (e) {
      errors.push(`offline reload: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  } finally {
    await ctx.close().catch(() => {});
    await closeServer();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** `runs` first visits, each in a fresh profile under `work`. */
export async function benchFirstVisits(dist: string, work: string, runs: number, log: (s: string) => void, warm = true): Promise<FirstVisitResult[]> {
  const out: FirstVisitResult[] = [];
  for (let r = 0; r < runs; r++) {
    const res = await benchFirstVisit(dist, join(work, 'profiles', `first-visit-${r}`), warm);
    out.push(res);
    const f = res.firstVisit;
    log(
      `  first visit ${f ? `${Math.round(f.ms)} ms (app rendered ${Math.round(f.renderedMs ?? NaN)} ms, reports stored ${Math.round(f.bundledMs ?? NaN)} ms, ${f.bundled})` : '—'}; ` +
        `offline reload ${res.offline ? `${Math.round(res.offline.ms)} ms` : '—'}${res.errors.length ? `; ${res.errors.join('; ')}` : ''}`,
    );
  }
  return out;
}

// -------------------------------------------------------------------------------------------------------------
// Results (part of bench/results.json: `firstVisit`), targets and Markdown

/** The shape of bench-results' Stat (not imported at run time: bench-results imports this module). */
const maybeStat = z.strictObject({ median: z.number(), min: z.number(), max: z.number(), runs: z.array(z.number()) }).nullable();

export const firstVisitSchema = z.strictObject({
  runs: z.number(),
  /** the browser process had drawn Chinese text on a page of another origin first (fonts loaded), as a running browser has */
  warmBrowser: z.boolean(),
  /** navigation start → first chart finished, the app's first render, the bootstrap's outcome set */
  ms: maybeStat,
  renderedMs: maybeStat,
  storedMs: maybeStat,
  /** what the bootstrap said per run (`imported` on a first visit) */
  bundled: z.array(z.string()),
  offlineMs: maybeStat,
  errors: z.array(z.string()),
});
export type FirstVisitResults = z.infer<typeof firstVisitSchema>;

export function firstVisitResults(runs: readonly FirstVisitResult[], warmBrowser: boolean, stat: (v: readonly (number | null | undefined)[]) => Stat | null): FirstVisitResults {
  return {
    runs: runs.length,
    warmBrowser,
    ms: stat(runs.map((r) => r.firstVisit?.ms)),
    renderedMs: stat(runs.map((r) => r.firstVisit?.renderedMs)),
    storedMs: stat(runs.map((r) => r.firstVisit?.bundledMs)),
    bundled: runs.map((r) => r.firstVisit?.bundled ?? 'not measured'),
    offlineMs: stat(runs.map((r) => r.offline?.ms)),
    errors: [...new Set(runs.flatMap((r) => r.errors))],
  };
}

export function judgeFirstVisit(fv: FirstVisitResults | null | undefined): Target[] {
  if (!fv) return [];
  const L = FIRST_VISIT_LIMITS;
  const stored = fv.bundled.every((b) => b === 'imported');
  return [
    {
      id: 'first-visit',
      description: 'first visit (fresh profile, no cache): navigation start → first chart drawn, the five bundled reports stored',
      atSize: null,
      value: fv.ms?.median ?? null,
      baseline: null,
      ratio: null,
      limit: `< ${L.firstVisit} ms`,
      unit: 'ms',
      pass: fv.ms ? fv.ms.median < L.firstVisit && stored : null,
      note:
        `app rendered ${fv.renderedMs ? Math.round(fv.renderedMs.median) : '—'} ms, reports stored ${fv.storedMs ? Math.round(fv.storedMs.median) : '—'} ms; ` +
        `${fv.runs} runs (${fv.ms ? `${Math.round(fv.ms.min)}–${Math.round(fv.ms.max)} ms` : '—'})${stored ? '' : '; the reports were not stored on every run'}`,
    },
    {
      id: 'offline-reload',
      description: 'offline reload (service worker serving, server gone, browser offline): navigation start → first chart drawn',
      atSize: null,
      value: fv.offlineMs?.median ?? null,
      baseline: null,
      ratio: null,
      limit: `< ${L.offlineReload} ms`,
      unit: 'ms',
      pass: fv.offlineMs ? fv.offlineMs.median < L.offlineReload : null,
      ...(fv.offlineMs ? { note: `${fv.offlineMs.runs.length} runs (${Math.round(fv.offlineMs.min)}–${Math.round(fv.offlineMs.max)} ms)` } : {}),
    },
  ];
}

const msText = (s: Stat | null) => (s ? (s.min === s.max ? `${Math.round(s.median)} ms` : `${Math.round(s.median)} ms (${Math.round(s.min)}–${Math.round(s.max)})`) : '—');

export function firstVisitMarkdown(fv: FirstVisitResults | null | undefined): string {
  if (!fv) return '';
  return (
    `First visit (${fv.runs} fresh profiles${fv.warmBrowser ? ', the browser already running' : ''}): first chart ${msText(fv.ms)} after navigation start — the app rendered at ${msText(fv.renderedMs)}, ` +
    `the five reports stored at ${msText(fv.storedMs)}; offline reload (service worker, server closed) ${msText(fv.offlineMs)}.` +
    (fv.errors.length ? ` Errors: ${fv.errors.join('; ')}` : '')
  );
}
