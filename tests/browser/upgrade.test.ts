/**
 * Schema upgrades in a real browser: a database exactly as the v1 app left it (tests/fixtures/db-versions/v1.ts,
 * bundled for the page) is opened by the current app in Chromium, upgraded in place, and read by the views.
 * tests/unit/store/db.test.ts checks every version with fake-indexeddb; this checks Chromium's own IndexedDB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, newContext, watchErrors } from './browser';
import { v1SeedScript } from './v1-seed-script';

let browser: Browser;
let seedScript: string;
beforeAll(async () => {
  browser = await launch();
  seedScript = await v1SeedScript();
});
afterAll(async () => {
  await browser?.close();
});

interface Shape {
  version: number;
  datasets: string[];
  oldShaped: number;
  metricBlockIds: string[];
}

/** The database's version and which of its records still have the v1 shape. Run inside the page. */
function inspect(): Promise<Shape> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('rol-compare');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['datasets', 'jurisdictionBlocks', 'metricBlocks'], 'readonly');
      const ds = tx.objectStore('datasets').getAllKeys();
      const jb = tx.objectStore('jurisdictionBlocks').getAll();
      const mb = tx.objectStore('metricBlocks').getAll();
      tx.oncomplete = () => {
        type J = { observations: unknown };
        type M = { dataset: string; metric: string; jurisdiction: unknown };
        const oldJ = (jb.result as J[]).filter((b) => Array.isArray(b.observations)).length;
        const oldM = (mb.result as M[]).filter((b) => !(b.jurisdiction instanceof Uint32Array)).length;
        resolve({
          version: db.version,
          datasets: (ds.result as string[]).map(String).sort(),
          oldShaped: oldJ + oldM,
          metricBlockIds: (mb.result as M[]).filter((b) => b.dataset === 'v1-user').map((b) => b.metric).sort(),
        });
        db.close();
      };
    };
  });
}

describe('schema upgrade (real Chromium)', () => {
  it('opens a database written by schema v1, upgrades every record in place, and shows its data and sentences', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    // a page of the app's origin that is not the app (the app would create the current schema first)
    await page.goto(`${baseUrl()}manifest.webmanifest`);
    await page.addScriptTag({ content: seedScript });
    await page.evaluate(() => (window as unknown as { RolFixtures: { v1: { seed: (n: string) => Promise<void> } } }).RolFixtures.v1.seed('rol-compare'));
    const before = await page.evaluate(inspect);
    expect(before.version).toBe(10);
    expect(before.oldShaped).toBe(4);

    await page.goto(`${baseUrl()}?v=data&lang=en`);
    await page.waitForSelector('[data-testid="dataset-row"][data-dataset-id="bundled"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="dataset-row"][data-dataset-id="v1-user"]');
    const after = await page.evaluate(inspect);
    expect(after.version).toBe(30);
    expect(after.oldShaped).toBe(0);
    expect(after.datasets).toEqual(['bundled', 'v1-user']);
    expect(after.metricBlockIds).toEqual(['mediation.disputes_mediated', 'reconsideration.cases_received']);

    // the upgraded figure opens at its sentence, the lower bound kept
    await page.goto(`${baseUrl()}?v=reader&p=v1.a&r=v1.a.2023&o=${'2023年,'.length}`);
    await page.locator('[data-testid=reader-highlight]').waitFor();
    expect(await page.textContent('[data-testid=reader-figure]')).toBe('1.5万余件');
    // and a ranking of the upgraded metric block names its jurisdiction
    await page.goto(`${baseUrl()}?v=rank&lang=en&rm=reconsideration.cases_received`);
    await page.waitForSelector('[data-chart-id="rank-reconsideration.cases_received"][data-chart-state=finished]');
    const table = await page.$$eval('[data-testid=rank-table] tbody tr td:nth-child(3)', (tds) => tds.map((td) => td.textContent));
    expect(table).toContain('District B');
    expect(errors).toEqual([]);
    await context.close();
  });
});
