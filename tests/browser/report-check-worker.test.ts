/**
 * The report checks are scanned in their worker, in real Chromium: the reader's list shows the stored reports'
 * checks while the page itself opens no cursor over the jurisdiction blocks (the worker reads them), again after
 * an import adds reports; and when the worker's script cannot be loaded, the page scans the store itself and the
 * list is the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, bundledState, launch, newContext, watchErrors } from './browser';
import { importThroughPicker, json, openDataView } from '../fixtures/browser-data';
import { tinyDataset } from '../fixtures/factory';

/**
 * Counts the page's own (main-thread) cursors over the jurisdiction-block store, the way the scan reads it; the
 * views' other reads of blocks go through an index. Workers are not counted.
 */
const COUNT_BLOCK_SCANS = `(() => {
  window.__blockScans = 0;
  const open = IDBObjectStore.prototype.openCursor;
  IDBObjectStore.prototype.openCursor = function (...args) {
    if (this.name === 'jurisdictionBlocks') window.__blockScans++;
    return open.apply(this, args);
  };
})();`;

const blockScans = (page: Page) => page.evaluate(() => (window as unknown as { __blockScans: number }).__blockScans);
const rowIds = (page: Page) => page.$$eval('[data-testid=rc-row]', (rows) => rows.map((r) => r.getAttribute('data-report')));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(prepare?: (c: BrowserContext) => Promise<void>): Promise<{ context: BrowserContext; page: Page; errors: string[]; workers: string[] }> {
  const context = await newContext(browser);
  await context.addInitScript({ content: COUNT_BLOCK_SCANS });
  if (prepare) await prepare(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(baseUrl());
  await bundledState(page);
  return { context, page, errors, workers };
}

async function openList(page: Page): Promise<void> {
  await page.goto(new URL('/?v=reader', baseUrl()).href);
  await page.locator('[data-testid=rc-row]').first().waitFor({ timeout: 30_000 });
}

const BUNDLED = ['wujin-2022', 'jianggan-2020', 'lvliang-2023', 'nantong-2024', 'sip-2022'];

describe('the report checks in their worker (real Chromium)', () => {
  it('the reader lists the stored reports with their checks, read by the worker, and again after an import', async () => {
    const { context, page, errors, workers } = await open();
    await openList(page);
    expect(await rowIds(page)).toEqual(BUNDLED);
    const wujin = page.locator('[data-testid=rc-row][data-report=wujin-2022]');
    expect(await wujin.textContent()).toContain('报告了 34 项指标(同级地区中位数 26)');
    expect(await page.locator('[data-testid=rc-row][data-report=nantong-2024] [data-testid=rc-measures] button').count()).toBe(1);
    expect(workers.some((u) => /report-check-worker/.test(u))).toBe(true);
    expect(await blockScans(page)).toBe(0);

    // an import adds three places' reports: the list is read again, by the worker
    await openDataView(page, baseUrl());
    expect(await importThroughPicker(page, 'more.json', json(tinyDataset('more')))).toMatchObject({ state: 'done' });
    await openList(page);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=rc-row]').length === 8);
    expect((await rowIds(page)).filter((id) => id?.startsWith('more.')).sort()).toEqual(['more.r0.2022', 'more.r1.2022', 'more.r2.2022']);
    expect(await page.locator('[data-testid=rc-row][data-report="more.r1.2022"]').textContent()).toContain('测试区1');
    expect(await blockScans(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('when the worker’s script does not load, the page scans the store itself: the same list', async () => {
    const { context, page, errors, workers } = await open(async (c) => {
      await c.route(/report-check-worker/, (r) => r.abort());
    });
    await openList(page);
    expect(await rowIds(page)).toEqual(BUNDLED);
    expect(await page.locator('[data-testid=rc-row][data-report=wujin-2022]').textContent()).toContain('报告了 34 项指标(同级地区中位数 26)');
    expect(await blockScans(page)).toBeGreaterThan(0);
    expect(workers.filter((u) => /report-check-worker/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
