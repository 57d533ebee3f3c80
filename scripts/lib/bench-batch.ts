/**
 * The batch import in the benchmark, in real Chromium: reading and extracting 100 reports (about 1 MB of text) in
 * the add-report view, and a 4.9-million-character paste — time to the first candidates and to the whole queue, and
 * the longest main-thread task meanwhile (long tasks as the browser reports them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppPage, openProfile, type BenchState } from './bench-browser';

export interface BatchRun {
  reports: number;
  /** characters of text, and UTF-8 bytes */
  chars: number;
  bytes: number;
  /** files given → every report read, extracted and in the queue */
  ms: number;
  longestTaskMs: number;
  tasksOver100ms: number;
  /** candidates in the queue, and review rows in the DOM (the list is virtualised) */
  candidates: number;
  domRows: number;
}

export interface PasteRun {
  chars: number;
  /** 提取 clicked → the first candidate rows shown */
  firstCandidatesMs: number;
  /** 提取 clicked → the whole text extracted */
  allMs: number;
  longestTaskMs: number;
  tasksOver100ms: number;
  candidates: number;
  domRows: number;
}

/** The five bundled reports' texts, without their titles (every generated report gets its own). */
function bodies(root: string): string[] {
  const dir = join(root, 'data', 'reports');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').split('\n').slice(1).join('\n'));
}

const COUNTIES = ['武进区', '新北区', '天宁区', '钟楼区', '金坛区', '溧阳市', '江阴市', '宜兴市', '海安市', '如皋市', '启东市', '昆山市', '太仓市', '常熟市', '张家港市', '吴江区', '相城区', '姑苏区', '虎丘区', '吴中区'];

/** 100 reports of about 10 KB each: a title naming a place and year, then a slice of one of the five reports. */
export function batchFiles(root: string, n = 100, chars = 3_300): { name: string; mimeType: string; buffer: Buffer }[] {
  const texts = bodies(root);
  return Array.from({ length: n }, (_, i) => {
    const body = texts[i % texts.length]!;
    const start = (i * 997) % Math.max(1, body.length - chars);
    const place = COUNTIES[i % COUNTIES.length]!;
    const year = 2020 + (i % 4);
    const text = `${place}${year}年法治政府建设工作报告\n${body.slice(start, start + chars)}`;
    return { name: `${String(i + 1).padStart(3, '0')}-${place}-${year}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') };
  });
}

/** The five reports repeated to `chars` characters (the paste limit is 5,000,000). */
export function longPaste(root: string, chars = 4_900_000): string {
  const all = readdirSync(join(root, 'data', 'reports'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(root, 'data', 'reports', f), 'utf8'))
    .join('\n');
  let text = '';
  while (text.length < chars) text += all + '\n';
  return text.slice(0, chars);
}

const tasksBetween = (s: BenchState, t0: number, t1: number) => s.longtasks.filter(([start, dur]) => start + dur >= t0 && start <= t1).map(([, d]) => d);

/** In the page: when the first candidate row and the end of the run were seen (a MutationObserver, page clock). */
const WATCH = `(() => {
  const W = (window.__batch = { start: performance.now(), first: null, done: null });
  // files: the clock starts when the page has them (the harness's own work of handing them over is not counted)
  document.addEventListener('change', () => { W.start = performance.now(); }, { capture: true, once: true });
  const seen = () => {
    if (W.first === null && document.querySelector('tr[data-row]')) W.first = performance.now();
    if (W.done === null && !document.querySelector('[data-testid=batch-progress]') && document.querySelector('[data-testid=add-summary]')) W.done = performance.now();
    if (W.done !== null) obs.disconnect();
  };
  const obs = new MutationObserver(seen);
  obs.observe(document.body, { childList: true, subtree: true });
})()`;

interface Watch {
  start: number;
  first: number | null;
  done: number | null;
}

async function counts(app: AppPage): Promise<{ candidates: number; domRows: number }> {
  return app.page.evaluate(() => {
    const summary = document.querySelector('[data-testid=add-summary]')?.textContent ?? '';
    const nums = summary.match(/\d[\d,]*/g)?.map((x) => Number(x.replace(/,/g, ''))) ?? [];
    return { candidates: nums[1] ?? 0, domRows: document.querySelectorAll('tr[data-row]').length };
  });
}

async function waitDone(app: AppPage, timeout: number): Promise<Watch> {
  await app.page.waitForFunction(() => (window as unknown as { __batch?: Watch }).__batch?.done != null, null, { timeout, polling: 50 });
  return app.page.evaluate(() => (window as unknown as { __batch: Watch }).__batch);
}

async function openAdd(dir: string, base: string): Promise<AppPage> {
  const context = await openProfile(dir);
  const app = await AppPage.open(context, base);
  await app.goto('?v=add');
  await app.waitBundled();
  await app.page.waitForSelector('[data-testid=add-file]', { state: 'attached' });
  return app;
}

/** `after`: what else to measure on the filled queue, before the profile is closed (scripts/lib/bench-new-work.ts). */
export async function benchBatchFiles(
  base: string,
  dir: string,
  root: string,
  n = 100,
  timeout = 180_000,
  after?: (app: AppPage) => Promise<void>,
): Promise<BatchRun> {
  const files = batchFiles(root, n);
  const app = await openAdd(dir, base);
  try {
    // the harness makes the files in a task of its own (a person's file picker costs the page nothing), then hands
    // them to the input as the picker would: the watch's clock starts in the task they arrive in
    await app.page.evaluate((fs) => {
      const dt = new DataTransfer();
      for (const f of fs) dt.items.add(new File([f.text], f.name, { type: f.mimeType }));
      (window as unknown as { __files: FileList }).__files = dt.files;
    }, files.map((f) => ({ name: f.name, mimeType: f.mimeType, text: f.buffer.toString('utf8') })));
    await app.page.evaluate(WATCH);
    await app.page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=add-file]')!;
      input.files = (window as unknown as { __files: FileList }).__files;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const w = await waitDone(app, timeout);
    const tasks = tasksBetween(await app.state(), w.start, w.done!);
    const text = files.map((f) => f.buffer.toString('utf8'));
    const run: BatchRun = {
      reports: files.length,
      chars: text.reduce((n, t) => n + t.length, 0),
      bytes: files.reduce((n, f) => n + f.buffer.byteLength, 0),
      ms: Math.round(w.done! - w.start),
      longestTaskMs: Math.round(Math.max(0, ...tasks)),
      tasksOver100ms: tasks.filter((d) => d > 100).length,
      ...(await counts(app)),
    };
    if (after) await after(app);
    return run;
  } finally {
    await app.context.close().catch(() => {});
  }
}

export async function benchPaste(base: string, dir: string, root: string, chars = 4_900_000, timeout = 300_000): Promise<PasteRun> {
  const text = longPaste(root, chars);
  const app = await openAdd(dir, base);
  try {
    // the text goes in as a paste puts it: a paste event carrying the text on its clipboard data
    await app.page.evaluate((t) => {
      const area = document.querySelector<HTMLTextAreaElement>('[data-testid=add-text]')!;
      const data = new DataTransfer();
      data.setData('text/plain', t);
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    await app.page.waitForTimeout(500);
    await app.page.evaluate(`(${WATCH.slice(1, -3)})(); document.querySelector('[data-testid=add-extract]').click()`);
    const w = await waitDone(app, timeout);
    const tasks = tasksBetween(await app.state(), w.start, w.done!);
    return {
      chars: text.length,
      firstCandidatesMs: Math.round((w.first ?? w.done!) - w.start),
      allMs: Math.round(w.done! - w.start),
      longestTaskMs: Math.round(Math.max(0, ...tasks)),
      tasksOver100ms: tasks.filter((d) => d > 100).length,
      ...(await counts(app)),
    };
  } finally {
    await app.context.close().catch(() => {});
  }
}
