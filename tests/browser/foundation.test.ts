import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, bundledState, chartsFinished, launch, newContext, watchErrors } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('first visit and reload (real Chromium)', () => {
  it('imports the bundled dataset once, draws the default comparison, and reads IndexedDB on reload', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl());
    expect(await bundledState(page)).toBe('imported');
    await chartsFinished(page, 2);

    // The default view of 武进 · 苏州工业园区 · 吕梁, read from IndexedDB: 行政复议 and 放管服 drawn (indicators two of them
    // report); 调解, whose indicators are each reported by one place, listed under the charts.
    const labels = await page.$$eval('[data-chart-id]', (els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels.some((l) => l.startsWith('行政复议'))).toBe(true);
    expect(labels.some((l) => l.startsWith('放管服'))).toBe(true);
    for (const l of labels) expect(l).toContain('吕梁');
    expect(await page.getByTestId('single-reporter').locator('tbody tr', { hasText: '调解成功矛盾纠纷数' }).count()).toBe(1);

    // the canvases are not blank
    const inked = await page.$$eval('[data-chart-id] canvas', (cs) =>
      cs.map((c) => {
        const canvas = c as HTMLCanvasElement;
        const ctx = canvas.getContext('2d')!;
        const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
        return n / (canvas.width * canvas.height);
      }),
    );
    expect(inked.length).toBeGreaterThanOrEqual(2);
    for (const share of inked) expect(share).toBeGreaterThan(0.01);

    const storedBefore = await page.evaluate(readStore);
    expect(storedBefore.datasets).toEqual(['bundled']);
    expect(storedBefore.blocks).toBe(5);

    await page.reload();
    expect(await bundledState(page)).toBe('unchanged');
    await chartsFinished(page, 2);
    const storedAfter = await page.evaluate(readStore);
    expect(storedAfter.importedAt).toBe(storedBefore.importedAt);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Reads the store with the raw IndexedDB API (independent of the app's code). */
function readStore(): Promise<{ datasets: string[]; importedAt: number; blocks: number }> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('rol-compare');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['datasets', 'jurisdictionBlocks'], 'readonly');
      const ds = tx.objectStore('datasets').getAll();
      const blocks = tx.objectStore('jurisdictionBlocks').count();
      tx.oncomplete = () => {
        const rows = ds.result as { id: string; importedAt: number }[];
        resolve({ datasets: rows.map((r) => r.id), importedAt: rows[0]?.importedAt ?? -1, blocks: blocks.result });
        db.close();
      };
    };
  });
}
