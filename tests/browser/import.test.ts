import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseUrl, bundledState, chartsFinished, launch, newContext, watchErrors } from './browser';
import { tinyDataset } from '../fixtures/factory';
import { tinyCsvRows, toCsv } from '../fixtures/csv';
import { largeDataset } from '../fixtures/large';
import { chooseFile, errorItems, importThroughPicker, json, openDataView, rawStore, runCount, settled } from '../fixtures/browser-data';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh page with a test dataset of `n` jurisdictions imported through the data view. */
async function withImported(id: string, n: number) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openDataView(page, baseUrl());
  expect(await importThroughPicker(page, `${id}.json`, json(tinyDataset(id, { jurisdictions: n })))).toMatchObject({ state: 'done' });
  return { context, page, errors };
}

describe('import (real Chromium)', () => {
  it('a ranking table opened by default for a short list stays closed for a long one (20 imported jurisdictions)', async () => {
    const { context, page, errors } = await withImported('twenty', 20);
    // a metric of the bundled reports only (one jurisdiction): its table opens by itself
    await page.goto(`${baseUrl()}?v=rank&lang=en&rm=reconsideration.cases_received`);
    await page.waitForSelector('[data-testid=rank-table] tbody tr');
    expect(await page.$eval('details:has([data-testid=rank-table])', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    // then a metric with 20+ jurisdictions: closed, and no rows built
    await page.selectOption('article[aria-labelledby="rank-metric-h"] select', 'mediation.disputes_mediated');
    await page.waitForFunction(() => document.querySelector('[data-chart-id="rank-mediation.disputes_mediated"]')?.getAttribute('data-chart-state') === 'finished');
    await page.waitForTimeout(100); // the browser's toggle event comes after the render
    expect(await page.$eval('details:has([data-testid=rank-table])', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.$$eval('[data-testid=rank-table] tbody tr', (rows) => rows.length)).toBe(0);
    // a person's choice is kept: open it, switch back and forth
    await page.click('details:has([data-testid=rank-table]) summary');
    await page.waitForSelector('[data-testid=rank-table] tbody tr');
    expect(await page.$$eval('[data-testid=rank-table] tbody tr', (rows) => rows.length)).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a long ranking (large mode) maps each bar to its jurisdiction after a metric change: a click opens its sentence', async () => {
    const { context, page, errors } = await withImported('sixty', 60);
    await page.goto(`${baseUrl()}?v=rank&rm=reconsideration.cases_received`);
    await page.waitForSelector('[data-chart-id="rank-reconsideration.cases_received"][data-chart-state=finished]');
    await page.selectOption('article[aria-labelledby="rank-metric-h"] select', 'mediation.disputes_mediated');
    // (a merge from labelled bars into large mode used to throw here: the old label formatter read missing rows)
    await page.waitForSelector('[data-chart-id="rank-mediation.disputes_mediated"][data-chart-state=finished]');
    await page.click('details:has([data-testid=rank-table]) summary');
    // the table's rows are drawn when it opens: wait for them before reading
    await page.waitForSelector('[data-testid=rank-table] tbody tr');
    const names = await page.$$eval('[data-testid=rank-table] tbody tr td:nth-child(3)', (tds) => tds.map((td) => td.textContent));
    expect(names.length).toBeGreaterThan(60);
    const k = names.indexOf('测30');
    expect(k).toBeGreaterThan(0);
    // the chart is found under its new id, its bars are one large path, and bar k sits where the k-th row is
    const point = await page.evaluate((k) => {
      type Chart = {
        getOption: () => { series: { large: boolean; data: ArrayLike<number> }[] };
        convertToPixel: (f: { seriesIndex: number }, v: number[]) => number[];
      };
      const chart = (window as unknown as { __rolCharts: Map<string, Chart> }).__rolCharts.get('rank-mediation.disputes_mediated')!;
      const s = chart.getOption().series[0]!;
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [k, s.data[2 * k + 1]! / 2]);
      const box = document.querySelector('[data-chart-id="rank-mediation.disputes_mediated"]')!.getBoundingClientRect();
      return { large: s.large, value: s.data[2 * k + 1], x: box.left + x!, y: box.top + y! };
    }, k);
    expect(point.large).toBe(true);
    expect(point.value).toBe(3100);
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/v=reader/);
    await page.locator('[data-testid=reader-highlight]').waitFor();
    expect(await page.textContent('[data-testid=reader-figure]')).toBe('3100件');
    expect(await page.textContent('h3')).toContain('测试区30');
    // back, and from large mode to labelled bars again
    await page.goBack();
    await page.waitForSelector('[data-chart-id="rank-mediation.disputes_mediated"][data-chart-state=finished]');
    await page.selectOption('article[aria-labelledby="rank-metric-h"] select', 'reconsideration.cases_received');
    await page.waitForSelector('[data-chart-id="rank-reconsideration.cases_received"][data-chart-state=finished]');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports JSON and CSV, lists them, asks before replacing, merges them into the views, and deletes', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openDataView(page, baseUrl());
    expect(await page.$eval('[data-testid="import-status"]', (e) => e.getAttribute('data-state'))).toBe('idle');

    // JSON
    let r = await importThroughPicker(page, 'tiny.json', json(tinyDataset('user-json')));
    expect(r).toMatchObject({ state: 'done' });
    expect(r.text).toContain('user-json');
    await page.waitForSelector('[data-testid="dataset-row"][data-dataset-id="user-json"]');
    const row = await page.$eval('[data-testid="dataset-row"][data-dataset-id="user-json"]', (e) => e.textContent ?? '');
    expect(row).toMatch(/\d+(\.\d)? KB|\d+ B/); // size
    expect(row).toMatch(/20\d\d/); // date

    // CSV, dropped on the drop zone
    let before = await runCount(page);
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'figures.csv', { type: 'text/csv' }));
      document.querySelector('[data-testid="import-drop"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, toCsv(tinyCsvRows(2)));
    r = await settled(page, before);
    expect(r.state).toBe('done');
    await page.waitForSelector('[data-testid="dataset-row"][data-dataset-id="csv-a"]');
    const stored = await rawStore(page);
    expect(stored.datasets.map((d) => d.id)).toEqual(['bundled', 'csv-a', 'user-json']);
    expect(stored.datasets.find((d) => d.id === 'csv-a')!.observations).toBe(4);

    // same id again: a question; cancel keeps the store, confirm replaces
    const smaller = tinyDataset('user-json', { jurisdictions: 1 });
    before = await chooseFile(page, 'tiny2.json', json(smaller));
    await page.waitForSelector('[data-testid="import-question"]');
    expect(await page.textContent('[data-testid="import-question"]')).toContain('user-json');
    await page.click('[data-testid="question-cancel"]');
    r = await settled(page, before);
    expect(r.text).toContain('Cancelled');
    expect((await rawStore(page)).datasets.find((d) => d.id === 'user-json')!.observations).toBe(3);
    before = await chooseFile(page, 'tiny2.json', json(smaller));
    await page.click('[data-testid="question-confirm"]');
    r = await settled(page, before);
    expect(r.state).toBe('done');
    expect((await rawStore(page)).datasets.find((d) => d.id === 'user-json')!.observations).toBe(1);

    // the imported data shows up in the comparison next to the bundled data
    await page.goto(`${baseUrl()}?v=compare&lang=en&j=c.j0,c.j1,js.changzhou.wujin&c=mediation`);
    await chartsFinished(page, 1);
    const labels = await page.$$eval('[data-chart-id]', (els) => els.map((e) => e.getAttribute('aria-label') ?? '').join(' '));
    expect(labels).toMatch(/county 0|测试县0|Test county 0/i);

    // delete
    await openDataView(page, baseUrl());
    await page.click('[data-testid="dataset-row"][data-dataset-id="csv-a"] [data-testid="dataset-delete"]');
    before = await runCount(page);
    await page.click('[data-testid="dataset-row"][data-dataset-id="csv-a"] [data-testid="dataset-delete-confirm"]');
    await settled(page, before);
    await page.waitForSelector('[data-testid="dataset-row"][data-dataset-id="csv-a"]', { state: 'detached' });
    expect((await rawStore(page)).datasets.map((d) => d.id)).toEqual(['bundled', 'user-json']);
    expect(await page.$('[data-testid="dataset-row"][data-dataset-id="bundled"] [data-testid="dataset-delete"]')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes nothing for files with errors and lists every problem with file, row or path, and field', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openDataView(page, baseUrl());
    const before = await rawStore(page);

    const rows = tinyCsvRows(2).map((x) => ({ ...x }));
    rows[1]!.value = '1,5'; // row 3
    rows[2]!.metric_kind = 'weird'; // row 4 conflicts with row 2
    rows[3]!.jurisdiction_level = ''; // fine: first value wins
    let r = await importThroughPicker(page, 'bad.csv', Buffer.from(toCsv(rows)));
    expect(r.state).toBe('error');
    expect(r.text).toContain('bad.csv');
    let items = await errorItems(page);
    expect(items.length).toBe(2);
    expect(items[0]).toContain('bad.csv, row 3, column value');
    expect(items[0]).toContain('"1,5" is not a number');
    expect(items[1]).toContain('row 4, column metric_kind');

    const bad = tinyDataset('bad-json') as unknown as { observations: { quote: string; value: unknown }[]; title: unknown };
    bad.observations[1]!.quote = 'not in the text';
    bad.observations[2]!.value = 'x';
    r = await importThroughPicker(page, 'bad.json', json(bad));
    expect(r.state).toBe('error');
    items = await errorItems(page);
    expect(items.some((i) => i.includes('bad.json observations[2].value'))).toBe(true);

    // in Chinese too
    await page.goto(`${baseUrl()}?v=data&lang=zh`);
    await page.waitForSelector('[data-testid="dataset-row"]');
    r = await importThroughPicker(page, '坏.csv', Buffer.from(toCsv(rows)));
    expect(r.text).toContain('没有写入任何数据');
    items = await errorItems(page);
    expect(items[0]).toContain('坏.csv 第 3 行,列 value');
    expect(items[0]).toContain('不是数字');

    // not JSON at all, empty, a backup given to import, too many problems (capped at 200)
    r = await importThroughPicker(page, 'x.json', Buffer.from('{"format": "rol-compare/dataset", '));
    expect(r.state).toBe('error');
    expect((await errorItems(page))[0]).toContain('不是有效的 JSON');
    await importThroughPicker(page, 'empty.csv', Buffer.from(''));
    expect((await errorItems(page))[0]).toContain('文件是空的');
    await importThroughPicker(page, 'backup.json', json({ format: 'rol-compare/backup', version: 1, datasets: [] }));
    expect((await errorItems(page))[0]).toContain('恢复备份');
    const many = tinyDataset('many');
    for (let i = 0; i < 300; i++) many.observations.push({ ...many.observations[0]!, id: `dup${i % 2}` });
    r = await importThroughPicker(page, 'many.json', json(many));
    expect(r.text).toContain('至少有 200 个问题');
    expect(await errorItems(page)).toHaveLength(200);

    expect(await rawStore(page)).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a file over the size limit before reading it', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openDataView(page, baseUrl());
    const before = await runCount(page);
    // A 513 MB sparse file would be slow to make here; a File whose size the page reports is enough.
    await page.evaluate(() => {
      const input = document.querySelector('[data-testid="import-file"]') as HTMLInputElement;
      const big = new File([new Uint8Array(1)], 'huge.json');
      Object.defineProperty(big, 'size', { value: 600_000_000 });
      const dt = new DataTransfer();
      dt.items.add(big);
      const zone = document.querySelector('[data-testid="import-drop"]')!;
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      void input;
    });
    const r = await settled(page, before);
    expect(r.state).toBe('error');
    const items = await errorItems(page);
    expect(items[0]).toContain('too large (600 MB); the limit is 512 MB');
    await context.close();
  });

  it('imports a large file with a progress bar, off the main thread', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openDataView(page, baseUrl());
    const big = JSON.stringify(largeDataset('big', 1500, 3000, 4));
    await page.evaluate(() => {
      const w = window as unknown as { __progress: number[]; __longest: number };
      w.__progress = [];
      w.__longest = 0;
      new MutationObserver(() => {
        const p = document.querySelector('[data-testid="import-progress"]') as HTMLProgressElement | null;
        if (p && p.hasAttribute('value')) w.__progress.push(p.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
      // the main thread stays responsive: the longest gap between animation frames
      let last = performance.now();
      (w as unknown as { __reset: () => void }).__reset = () => {
        w.__longest = 0;
        last = performance.now();
      };
      const tick = (now: number) => {
        w.__longest = Math.max(w.__longest, now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // a file on disk, as a user picks it (a buffer would be rebuilt by script in the page)
    const dir = await mkdtemp(join(tmpdir(), 'rol-import-'));
    const path = join(dir, 'big.json');
    await writeFile(path, big);
    const before = await runCount(page);
    await page.evaluate(() => (window as unknown as { __reset: () => void }).__reset());
    const started = Date.now();
    await page.setInputFiles('[data-testid="import-file"]', path);
    const r = await settled(page, before, 120_000);
    const ms = Date.now() - started;
    expect(r.state).toBe('done');
    const { progress, longest } = await page.evaluate(() => {
      const w = window as unknown as { __progress: number[]; __longest: number };
      return { progress: w.__progress, longest: w.__longest };
    });
    expect(progress.length).toBeGreaterThan(3);
    expect(Math.max(...progress)).toBeGreaterThan(0.55); // reached the write phase
    expect(longest).toBeLessThan(400);
    for (let i = 1; i < progress.length; i++) expect(progress[i]!).toBeGreaterThanOrEqual(progress[i - 1]! - 1e-9);
    console.log(`imported ${(big.length / 1e6).toFixed(1)} MB (1500 jurisdictions, 6000 figures) in ${ms} ms; longest frame gap ${longest.toFixed(0)} ms; ${progress.length} progress updates`);
    expect((await rawStore(page)).datasets.find((d) => d.id === 'big')!.observations).toBe(6000);
    await rm(dir, { recursive: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves the store unchanged and says "storage full" when the quota is exceeded', async () => {
    // Chromium applies a quota override only to an origin that has not stored anything yet, so the quota is set
    // before the first visit: room for the bundled data (no service worker here), not for a 7 MB import.
    const context = await newContext(browser, { serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const origin = new URL(baseUrl()).origin;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 3_000_000 });
    await openDataView(page, baseUrl());
    expect(await bundledState(page)).toBe('imported');
    const before = await rawStore(page);
    const r = await importThroughPicker(page, 'big.json', json(largeDataset('big', 600, 4000)));
    expect(r.state).toBe('error');
    expect(r.text).toContain('Storage is full');
    expect(await rawStore(page)).toEqual(before);
    expect(await page.$$eval('[data-testid="dataset-row"]', (rows) => rows.map((x) => x.getAttribute('data-dataset-id')))).toEqual(['bundled']);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves the store unchanged when the tab is closed in the middle of writing', async () => {
    const context = await newContext(browser);
    let page = await context.newPage();
    await openDataView(page, baseUrl());
    const before = await rawStore(page);
    const big = JSON.stringify(largeDataset('big', 6000, 400, 2));
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'big.json', { type: 'application/json' }));
      document.querySelector('[data-testid="import-drop"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, big);
    await page.waitForSelector('[data-testid="import-status"][data-phase="write"]', { timeout: 60_000 });
    await page.close();
    page = await context.newPage();
    await openDataView(page, baseUrl());
    expect(await rawStore(page)).toEqual(before);
    await context.close();
  });
});
