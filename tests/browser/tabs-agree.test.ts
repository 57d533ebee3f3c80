/**
 * Two tabs of one browser profile agree: a change in one (import, replacement, restore, deletion) reaches the
 * other without a reload, and a replacement whose places come in another order never shows a figure under the
 * wrong place, not even for a moment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { baseUrl, bundledState, openApp, watchErrors, type AppSession } from './browser';
import { tinyDataset } from '../fixtures/factory';
import { chooseFile, importThroughPicker, json, openDataView, runCount, settled } from '../fixtures/browser-data';
import type { Dataset } from '../../src/model/schema';

const ID = 'tabs';
const N = 6;
const METRIC = 'mediation.disputes_mediated';

/** The same places with their list reversed and every figure raised by 7 (texts, quotes and offsets follow). */
function reordered(ds: Dataset): Dataset {
  const text = new Map(ds.reports.map((r) => [r.id, r.text]));
  const observations = ds.observations.map((o) => {
    const value = (o.value as number) + 7;
    const figure = `${value}件`;
    const quote = `全年调解矛盾纠纷${figure}`;
    const t = text.get(o.report)!.replace(`全年调解矛盾纠纷${o.value as number}件`, quote);
    text.set(o.report, t);
    return { ...o, value, figure, quote, offset: t.indexOf(quote) };
  });
  return {
    ...ds,
    jurisdictions: [...ds.jurisdictions].reverse(),
    reports: ds.reports.map((r) => ({ ...r, text: text.get(r.id)! })),
    observations,
  };
}

const original = tinyDataset(ID, { jurisdictions: N });
const replacement = reordered(original);
/** What the ranking shows for place i (short name 测i / Ti) with each version of the dataset. */
const before = (i: number) => 100 * (i + 1);
const after = (i: number) => 100 * (i + 1) + 7;
const signature = (f: (i: number) => number) => Array.from({ length: N }, (_, i) => `${i}:${f(i)}`).join(' ');

/**
 * Watches page A's ranking table: every state it shows is logged with the time, and any figure under a place that
 * is neither that place's old nor its new figure is recorded as wrong.
 */
async function watchRanking(page: Page): Promise<void> {
  await page.evaluate(
    ({ n }) => {
      const w = window as unknown as { __log: { at: number; sig: string }[]; __wrong: string[]; __noReload: boolean };
      w.__log = [];
      w.__wrong = [];
      w.__noReload = true;
      let last = '';
      const scan = () => {
        const seen: string[] = [];
        for (const tr of document.querySelectorAll('[data-testid=rank-table] tbody tr')) {
          const name = tr.querySelector('td:nth-child(3)')?.textContent ?? '';
          const m = /^(?:测|T)(\d+)$/.exec(name);
          if (!m) continue;
          const i = Number(m[1]);
          const figure = Number(/\d[\d,]*/.exec(tr.querySelector('td:nth-child(4)')?.textContent ?? '')?.[0]?.replace(/,/g, '') ?? NaN);
          if (figure !== 100 * (i + 1) && figure !== 100 * (i + 1) + 7) w.__wrong.push(`${name}: ${figure}`);
          seen.push(`${i}:${figure}`);
        }
        const sig = seen.length === n ? seen.sort((a, b) => Number(a.split(':')[0]) - Number(b.split(':')[0])).join(' ') : `partial ${seen.length}`;
        if (sig !== last) {
          last = sig;
          w.__log.push({ at: Date.now(), sig });
        }
      };
      new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, characterData: true });
      scan();
    },
    { n: N },
  );
}

/** Waits until page A's ranking shows `sig` (at `since` or later); returns when it first did (ms since 1970). */
async function shows(page: Page, sig: string, since = 0): Promise<number> {
  const handle = await page.waitForFunction(
    ({ sig, since }) => (window as unknown as { __log: { at: number; sig: string }[] }).__log.find((e) => e.sig === sig && e.at >= since)?.at ?? 0,
    { sig, since },
    { timeout: 30_000 },
  ).catch(async (e: unknown) => {
    // say what A showed instead
    const log = await page.evaluate(() => { const w = window as unknown as { __log: unknown[]; __wrong: string[] }; return { log: w.__log, wrong: w.__wrong }; });
    throw new Error(`A never showed ${sig}; it showed ${JSON.stringify(log)}`, { cause: e });
  });
  return (await handle.jsonValue()) as number;
}

const wrong = (page: Page) => page.evaluate(() => (window as unknown as { __wrong: string[] }).__wrong);
const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);

async function exportBackup(page: Page): Promise<Buffer> {
  const before = await runCount(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="backup-export"]')]);
  expect((await settled(page, before)).state).toBe('done');
  return readFile((await download.path())!);
}

let session: AppSession;
let a: Page;
let b: Page;
let bErrors: string[] = [];
/** Propagation times measured (from B's action to A's view), printed at the end. */
const measured: Record<string, { fromAction: number; fromSettled: number }> = {};

beforeAll(async () => {
  session = await openApp();
  a = session.page;
  b = await session.context.newPage();
  bErrors = watchErrors(b);
  await b.goto(baseUrl());
  await bundledState(b);
  await openDataView(b, baseUrl());
}, 120_000);
afterAll(async () => {
  console.log('tabs-agree propagation (ms):', JSON.stringify(measured));
  await session?.browser.close();
});

/** B does `act` (which ends once B's status settled); returns B's clock before and after. */
async function inB(act: () => Promise<void>): Promise<{ start: number; end: number }> {
  const start = await b.evaluate(() => Date.now());
  await act();
  const end = await b.evaluate(() => Date.now());
  return { start, end };
}

describe('two tabs of one profile (real Chromium)', () => {
  it('A opens a ranking after B replaced the dataset with its places in another order: every figure under its place', async () => {
    await openDataView(a, baseUrl());
    expect(await importThroughPicker(a, `${ID}.json`, json(original))).toMatchObject({ state: 'done' });
    // A stays in its data view: the catalogue is read, no metric's blocks are
    await watchRanking(a);
    await openDataView(b, baseUrl());
    await b.waitForSelector(`[data-testid="dataset-row"][data-dataset-id="${ID}"]`);
    const run = await chooseFile(b, `${ID}.json`, json(replacement));
    await b.waitForSelector('[data-testid="import-question"]');
    await b.click('[data-testid="question-confirm"]');
    expect((await settled(b, run)).state).toBe('done');
    // then A turns to the ranking of this metric, inside the page
    await a.click('nav button:nth-child(2)');
    await a.waitForSelector('article[aria-labelledby="rank-metric-h"] select');
    await a.selectOption('article[aria-labelledby="rank-metric-h"] select', METRIC);
    await a.waitForSelector(`[data-chart-id="rank-${METRIC}"][data-chart-state=finished]`);
    if (!(await a.$eval('details:has([data-testid=rank-table])', (d) => (d as HTMLDetailsElement).open)))
      await a.click('details:has([data-testid=rank-table]) summary');
    await shows(a, signature(after));
    expect(await wrong(a)).toEqual([]);
    // B puts the original back: A's open ranking follows
    const back = await chooseFile(b, `${ID}.json`, json(original));
    await b.waitForSelector('[data-testid="import-question"]');
    await b.click('[data-testid="question-confirm"]');
    expect((await settled(b, back)).state).toBe('done');
    await shows(a, signature(before));
    expect(await wrong(a)).toEqual([]);
    expect(await notReloaded(a)).toBe(true);
  }, 120_000);

  it('a replacement in B with its places in another order shows in A’s ranking under the right places, without a reload', async () => {
    // A's ranking of the metric is open, with the original
    await shows(a, signature(before));
    const t = await inB(async () => {
      const run = await chooseFile(b, `${ID}.json`, json(replacement));
      await b.waitForSelector('[data-testid="import-question"]');
      await b.click('[data-testid="question-confirm"]');
      expect((await settled(b, run)).state).toBe('done');
    });
    const at = await shows(a, signature(after), t.start);
    measured.replace = { fromAction: at - t.start, fromSettled: at - t.end };
    expect(await wrong(a)).toEqual([]);
    expect(await notReloaded(a)).toBe(true);
  }, 120_000);

  it('a restore in B is read again in A', async () => {
    // B's backup holds the replacement; B puts the original back, then restores the backup over it
    const backup = await exportBackup(b);
    const restoring = await b.evaluate(() => Date.now());
    const run = await chooseFile(b, `${ID}.json`, json(original));
    await b.waitForSelector('[data-testid="import-question"]');
    await b.click('[data-testid="question-confirm"]');
    expect((await settled(b, run)).state).toBe('done');
    await shows(a, signature(before), restoring);

    const t = await inB(async () => {
      const r = await chooseFile(b, 'backup.json', backup, 'restore-file');
      await b.waitForSelector('[data-testid="import-question"]');
      await b.click('[data-testid="question-confirm"]');
      expect((await settled(b, r)).state).toBe('done');
    });
    const at = await shows(a, signature(after), t.start);
    measured.restore = { fromAction: at - t.start, fromSettled: at - t.end };
    expect(await wrong(a)).toEqual([]);
    expect(await notReloaded(a)).toBe(true);
  }, 120_000);

  it('a deletion in B takes the dataset off A’s list', async () => {
    // A moves to its data view inside the page (no navigation): the list comes from the same cache
    await a.click('nav button:last-child');
    await a.waitForSelector(`[data-testid="dataset-row"][data-dataset-id="${ID}"]`);
    const t = await inB(async () => {
      await b.click(`[data-testid="dataset-row"][data-dataset-id="${ID}"] [data-testid="dataset-delete"]`);
      await b.click(`[data-testid="dataset-row"][data-dataset-id="${ID}"] [data-testid="dataset-delete-confirm"]`);
      await b.waitForSelector(`[data-testid="dataset-row"][data-dataset-id="${ID}"]`, { state: 'detached' });
    });
    await a.waitForSelector(`[data-testid="dataset-row"][data-dataset-id="${ID}"]`, { state: 'detached', timeout: 30_000 });
    const at = await a.evaluate(() => Date.now());
    measured.delete = { fromAction: at - t.start, fromSettled: at - t.end };
    expect(await notReloaded(a)).toBe(true);
    expect(await a.$(`[data-testid="dataset-row"][data-dataset-id="bundled"]`)).not.toBeNull();
    expect(session.errors).toEqual([]);
    expect(bErrors).toEqual([]);
  }, 120_000);
});
