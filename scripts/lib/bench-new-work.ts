/**
 * The new work at national scale (docs/performance.md, "The new work at national scale"): per-capita figures
 * (pc=1), peer groups (pf, pb), the indicator framework view and the review queue of the add-report view, each
 * against a limit stated before it was measured.
 */
import { z } from 'zod';
import { benchBatchFiles, type BatchRun } from './bench-batch';
import type { AppPage } from './bench-browser';
import { selectRankMetric } from './bench-browser';
import { switchTo, type ViewTarget } from './bench-views';
import type { Stat, Target } from './bench-results';
import { dividesPerCapita } from '../../src/model/per-capita';
import type { Dataset } from '../../src/model/schema';

/** The limits (ms), fixed before the first measurement. */
export const NEW_WORK_LIMITS = {
  /** ranking view with pc=1: in-app navigation from the compare view → the ranking drawn, median */
  perCapitaRankOpen: 300,
  /** ranking view with pc=1: another metric picked → its ranking drawn, median */
  perCapitaRankPick: 300,
  /** ranking view with a peer group (pf, pb=level,province): in-app navigation → the ranking drawn, median */
  peerRankOpen: 300,
  /** compare view with a peer group (pf, pb=level,province): in-app navigation → the first chart drawn, median */
  peerCompareOpen: 300,
  /** the indicator framework view with places of the national dataset chosen: in-app navigation → its first cell, median */
  frameworkOpen: 300,
  /** the review queue holding ≥ 5,000 candidates: the longest main-thread task while it is scrolled end to end and walked by keyboard */
  queueScrollTask: 100,
} as const;

/** Candidates the review queue must hold when it is scrolled. */
export const QUEUE_CANDIDATES = 5000;

/** What the views are opened with at one size: metrics, a year, a focus place and the places chosen. */
export interface NewWorkPlan {
  rankMetric: string;
  rankYear: number;
  /** count or amount metrics (divided per head) picked one after another with pc=1 */
  pickMetrics: string[];
  /** the peer group's focus place */
  focus: string;
  /** places chosen in the compare and framework views */
  places: string[];
}

/** ms per switch or pick, every repetition. */
export interface NewWorkViews {
  perCapitaRankOpen: number[];
  perCapitaRankPick: number[];
  peerRankOpen: number[];
  peerCompareOpen: number[];
  frameworkOpen: number[];
}

export function newWorkQueries(p: NewWorkPlan): Record<'perCapitaRankOpen' | 'peerRankOpen' | 'peerCompareOpen' | 'frameworkOpen', ViewTarget> {
  const j = p.places.join(',');
  return {
    perCapitaRankOpen: { name: 'rank, per head', query: `v=rank&rm=${p.rankMetric}&ry=${p.rankYear}&pc=1` },
    peerRankOpen: { name: 'rank, peer group', query: `v=rank&rm=${p.rankMetric}&ry=${p.rankYear}&pf=${p.focus}&pb=level,province` },
    peerCompareOpen: { name: 'compare, peer group', query: `v=compare&j=${j}&pf=${p.focus}&pb=level,province` },
    frameworkOpen: { name: 'framework', query: `v=framework&j=${j}`, content: '[data-testid=framework-cell]' },
  };
}

/**
 * Each view `reps` times, as the view switches of the benchmark are made (scripts/lib/bench-views.ts): from the
 * compare view, drawn and settled, an in-app navigation → the view drawn. Then the per-head ranking once more, and
 * after 1.5 s (a person reads the chart) each pick metric picked in turn → its ranking drawn.
 */
export async function benchNewWorkViews(app: AppPage, plan: NewWorkPlan, reps: number, onError: (what: string, e: unknown) => void): Promise<NewWorkViews> {
  const out: NewWorkViews = { perCapitaRankOpen: [], perCapitaRankPick: [], peerRankOpen: [], peerCompareOpen: [], frameworkOpen: [] };
  const targets = newWorkQueries(plan);
  // Back to the compare view by loading the page again: an in-app switch from the compare view with the peer group
  // back to the plain one keeps its panels' chart elements (the same ids), so no new chart would be seen drawn. Each
  // open is thus from a freshly loaded compare view: code from the HTTP cache, the query cache empty (the gazetteer
  // read again for per head and peer groups): stricter than the benchmark's other view switches.
  const home = async () => {
    await app.goto('');
    await app.firstChart();
    await app.page.waitForTimeout(300);
  };
  for (let r = 0; r < reps; r++)
    for (const [k, v] of Object.entries(targets) as [keyof typeof targets, ViewTarget][]) {
      try {
        await home();
        out[k].push(await switchTo(app, v));
        await app.page.waitForTimeout(300);
      } catch (e) {
        onError(v.name, e);
      }
    }
  try {
    await home();
    await switchTo(app, targets.perCapitaRankOpen);
    await app.page.waitForTimeout(1500);
    for (const m of plan.pickMetrics) {
      try {
        out.perCapitaRankPick.push(await selectRankMetric(app, m));
      } catch (e) {
        onError(`rank, per head, pick ${m}`, e);
      }
    }
  } catch (e) {
    onError('rank, per head (picks)', e);
  }
  return out;
}

export interface QueueRun {
  batch: BatchRun;
  /** the queue scrolled end to end a step per frame: steps, and the longest main-thread task meanwhile */
  scrollSteps: number;
  scrollMs: number;
  scrollLongestTaskMs: number;
  /** rows walked by keyboard (↓), and the longest main-thread task meanwhile */
  keySteps: number;
  keyLongestTaskMs: number;
  tasksOver100ms: number;
}

/** In the page: the queue scrolled from top to bottom and back to the top, one step a frame; long tasks meanwhile. */
const SCROLL = `async (steps) => {
  const el = document.querySelector('[data-testid=batch-scroll]');
  if (!el) throw new Error('no review queue');
  const B = window.__bench;
  const t0 = performance.now();
  const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
  const max = el.scrollHeight - el.clientHeight;
  if (max <= 0) throw new Error('the queue does not scroll');
  for (let i = 1; i <= steps; i++) { el.scrollTop = (max * i) / steps; await frame(); }
  for (let i = steps - 1; i >= 0; i--) { el.scrollTop = (max * i) / steps; await frame(); }
  await frame();
  await new Promise((ok) => setTimeout(ok, 200));
  const t1 = performance.now();
  const tasks = B.longtasks.filter(([s, d]) => s + d >= t0 && s <= t1).map(([, d]) => d);
  return { ms: t1 - t0, longest: tasks.length ? Math.max(...tasks) : 0, over100: tasks.filter((d) => d > 100).length };
}`;

/**
 * The review queue at national scale: `files` report files read and extracted in the add-report view (≥ 5,000
 * candidates), then the queue scrolled end to end and back a step per frame, then `keys` rows walked with ↓.
 */
export async function benchQueue(base: string, dir: string, root: string, files: number, keys: number): Promise<QueueRun> {
  let out: Omit<QueueRun, 'batch'> | null = null;
  const batch = await benchBatchFiles(base, dir, root, files, 300_000, async (app) => {
    const scroll = (await app.page.evaluate(`(${SCROLL})(240)`)) as { ms: number; longest: number; over100: number };
    // the keyboard walk: the first row focused, then ↓ row after row
    await app.page.locator('tr[data-row]').first().click({ position: { x: 4, y: 4 } });
    const t0 = await app.page.evaluate(() => performance.now());
    for (let i = 0; i < keys; i++) await app.page.keyboard.press('ArrowDown');
    await app.page.waitForTimeout(200);
    const s = await app.state();
    const t1 = await app.page.evaluate(() => performance.now());
    const tasks = s.longtasks.filter(([st, d]) => st + d >= t0 && st <= t1).map(([, d]) => d);
    out = {
      scrollSteps: 480,
      scrollMs: Math.round(scroll.ms),
      scrollLongestTaskMs: Math.round(scroll.longest),
      keySteps: keys,
      keyLongestTaskMs: Math.round(Math.max(0, ...tasks)),
      tasksOver100ms: scroll.over100 + tasks.filter((d) => d > 100).length,
    };
  });
  if (!out) throw new Error('the queue was not scrolled');
  return { batch, ...(out as Omit<QueueRun, 'batch'>) };
}

/** The plan at one size: the metric the ranking opens with, count metrics to pick, a focus place of a county level, five places. */
export function newWorkPlan(ds: Dataset, rankMetric: string, rankYear: number): NewWorkPlan {
  const metrics = ds.metrics.filter((m) => !m.specific);
  const rank = metrics.find((m) => m.id === rankMetric);
  const divided = metrics.filter((m) => dividesPerCapita(m.kind) && m.id !== rankMetric);
  const js = ds.jurisdictions;
  const counties = js.filter((j) => j.level === js[Math.floor(js.length / 2)]!.level);
  const focus = counties[Math.floor(counties.length / 2)] ?? js[0]!;
  const step = Math.max(1, Math.floor(js.length / 5));
  return {
    // the ranking opens on a metric that is divided per head, when the plan's is not
    rankMetric: rank && dividesPerCapita(rank.kind) ? rankMetric : (divided[0]?.id ?? rankMetric),
    rankYear,
    pickMetrics: divided.slice(1, 5).map((m) => m.id),
    focus: focus.id,
    places: [focus.id, ...[0, 1, 2, 3].map((i) => js[(i * step + 1) % js.length]!.id)].filter((x, i, a) => a.indexOf(x) === i),
  };
}

// -------------------------------------------------------------------------------------------------------------
// Results (part of bench/results.json: `newWork`), targets and Markdown

/** The shape of bench-results' Stat (not imported at run time: bench-results imports this module). */
const maybeStat = z.strictObject({ median: z.number(), min: z.number(), max: z.number(), runs: z.array(z.number()) }).nullable();

export const newWorkSchema = z.strictObject({
  /** the size it was measured at */
  target: z.number(),
  observations: z.number(),
  jurisdictions: z.number(),
  plan: z.strictObject({ rankMetric: z.string(), rankYear: z.number(), pickMetrics: z.array(z.string()), focus: z.string(), places: z.array(z.string()) }),
  perCapitaRankOpenMs: maybeStat,
  perCapitaRankPickMs: maybeStat,
  peerRankOpenMs: maybeStat,
  peerCompareOpenMs: maybeStat,
  frameworkOpenMs: maybeStat,
  queue: z
    .strictObject({
      reports: z.number(),
      candidates: z.number(),
      domRows: z.number(),
      /** files given → every report read, extracted and in the queue */
      extractMs: maybeStat,
      extractLongestTaskMs: maybeStat,
      scrollSteps: z.number(),
      scrollLongestTaskMs: maybeStat,
      keySteps: z.number(),
      keyLongestTaskMs: maybeStat,
      tasksOver100ms: maybeStat,
    })
    .nullable(),
  errors: z.array(z.string()),
});
export type NewWorkResults = z.infer<typeof newWorkSchema>;

const count = (n: number) => n.toLocaleString('en-US');

/** The new work's targets (docs/performance.md), judged where they were measured. */
export function judgeNewWork(nw: NewWorkResults | null | undefined): Target[] {
  if (!nw) return [];
  const L = NEW_WORK_LIMITS;
  const at = nw.observations;
  const view = (id: string, description: string, s: Stat | null, limit: number): Target => ({
    id,
    description,
    atSize: at,
    value: s?.median ?? null,
    baseline: null,
    ratio: null,
    limit: `< ${limit} ms`,
    unit: 'ms',
    pass: s ? s.median < limit : null,
    ...(s ? { note: `slowest ${Math.round(s.max)} ms of ${s.runs.length}` } : {}),
  });
  const out: Target[] = [
    view('per-capita-rank-open', `per-capita ranking (每万人, pc=1) opens over ${count(nw.jurisdictions)} places (in-app navigation → chart drawn, median)`, nw.perCapitaRankOpenMs, L.perCapitaRankOpen),
    view('per-capita-rank-pick', 'per-capita ranking: another metric picked → its ranking drawn (median)', nw.perCapitaRankPickMs, L.perCapitaRankPick),
    view('peer-rank-open', 'peer-group ranking (pf, pb=level,province) opens (in-app navigation → chart drawn, median)', nw.peerRankOpenMs, L.peerRankOpen),
    view('peer-compare-open', 'peer-group compare (pf, pb=level,province) opens (in-app navigation → first chart drawn, median)', nw.peerCompareOpenMs, L.peerCompareOpen),
    view('framework-open', `indicator framework (指标体系) opens with ${nw.plan.places.length} places chosen (in-app navigation → first cell, median)`, nw.frameworkOpenMs, L.frameworkOpen),
  ];
  const q = nw.queue;
  if (q) {
    const longest = Math.max(q.scrollLongestTaskMs?.max ?? 0, q.keyLongestTaskMs?.max ?? 0);
    const measured = q.scrollLongestTaskMs !== null && q.keyLongestTaskMs !== null;
    out.push({
      id: 'review-queue-scroll',
      description: `review queue with ${count(q.candidates)} candidates of ${q.reports} reports: scrolled end to end and walked by keyboard, longest main-thread task`,
      atSize: null,
      value: measured ? longest : null,
      baseline: null,
      ratio: null,
      limit: `≤ ${L.queueScrollTask} ms`,
      unit: 'ms',
      pass: measured ? longest <= L.queueScrollTask && q.candidates >= QUEUE_CANDIDATES : null,
      note:
        `scroll ${q.scrollLongestTaskMs?.max ?? '—'} ms over ${q.scrollSteps} frames, ${q.keySteps} rows by keyboard ${q.keyLongestTaskMs?.max ?? '—'} ms; ` +
        `${q.domRows} rows in the DOM; the ${q.reports} files read and extracted in ${q.extractMs ? (q.extractMs.median / 1000).toFixed(1) : '—'} s, longest task ${q.extractLongestTaskMs?.max ?? '—'} ms`,
    });
  }
  return out;
}

const msText = (s: Stat | null) => (s ? (s.min === s.max ? `${Math.round(s.median)} ms` : `${Math.round(s.median)} ms (${Math.round(s.min)}–${Math.round(s.max)})`) : '—');

/** The new work's figures for docs/performance.md. */
export function newWorkMarkdown(nw: NewWorkResults | null | undefined): string {
  if (!nw) return '';
  const q = nw.queue;
  return (
    `The new work with ${count(nw.observations)} observations (${count(nw.jurisdictions)} places) stored: per-capita ranking opens ${msText(nw.perCapitaRankOpenMs)}, ` +
    `a metric picked per head ${msText(nw.perCapitaRankPickMs)}; peer-group ranking opens ${msText(nw.peerRankOpenMs)}, peer-group compare ${msText(nw.peerCompareOpenMs)}; ` +
    `the indicator framework with ${nw.plan.places.length} places ${msText(nw.frameworkOpenMs)}.` +
    (q
      ? ` Review queue: ${q.reports} report files → ${count(q.candidates)} candidates in ${q.extractMs ? `${(q.extractMs.median / 1000).toFixed(1)} s` : '—'} ` +
        `(longest main-thread task ${msText(q.extractLongestTaskMs)}), ${q.domRows} rows in the DOM; scrolled end to end and back (${q.scrollSteps} frames): longest task ${msText(q.scrollLongestTaskMs)}; ` +
        `${q.keySteps} rows walked with ↓: longest task ${msText(q.keyLongestTaskMs)}.`
      : '') +
    (nw.errors.length ? ` Errors: ${nw.errors.join('; ')}` : '')
  );
}

/** The results at the largest size: every run's switches and picks pooled, and the queue runs. */
export function newWorkResults(
  at: { target: number; observations: number; jurisdictions: number; plan: NewWorkPlan },
  views: readonly (NewWorkViews | null)[],
  queues: readonly QueueRun[],
  errors: readonly string[],
  stat: (v: readonly (number | null | undefined)[]) => Stat | null,
): NewWorkResults {
  const pool = (k: keyof NewWorkViews) => stat(views.flatMap((v) => v?.[k] ?? []));
  const q0 = queues[0];
  return {
    target: at.target,
    observations: at.observations,
    jurisdictions: at.jurisdictions,
    plan: at.plan,
    perCapitaRankOpenMs: pool('perCapitaRankOpen'),
    perCapitaRankPickMs: pool('perCapitaRankPick'),
    peerRankOpenMs: pool('peerRankOpen'),
    peerCompareOpenMs: pool('peerCompareOpen'),
    frameworkOpenMs: pool('frameworkOpen'),
    queue: q0
      ? {
          reports: q0.batch.reports,
          candidates: Math.min(...queues.map((q) => q.batch.candidates)),
          domRows: Math.max(...queues.map((q) => q.batch.domRows)),
          extractMs: stat(queues.map((q) => q.batch.ms)),
          extractLongestTaskMs: stat(queues.map((q) => q.batch.longestTaskMs)),
          scrollSteps: q0.scrollSteps,
          scrollLongestTaskMs: stat(queues.map((q) => q.scrollLongestTaskMs)),
          keySteps: q0.keySteps,
          keyLongestTaskMs: stat(queues.map((q) => q.keyLongestTaskMs)),
          tasksOver100ms: stat(queues.map((q) => q.tasksOver100ms)),
        }
      : null,
    errors: [...new Set(errors)],
  };
}
