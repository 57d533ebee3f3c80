/**
 * A blocked upgrade in a real browser: tab A keeps a connection to the v1 database open and ignores `versionchange`
 * (an old tab of an old version); tab B starts the current app, whose upgrade waits. B says to close the other tabs,
 * nothing is lost meanwhile, and once A lets go the upgrade runs and B shows A's data, the notice gone.
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

type Held = { held?: IDBDatabase; versionChanges?: number };

describe('blocked upgrade (real Chromium)', () => {
  it('tells tab B to close the other tabs while tab A holds the old version, loses nothing, and upgrades once A lets go', async () => {
    const context = await newContext(browser);
    const a = await context.newPage();
    await a.goto(`${baseUrl()}manifest.webmanifest`);
    await a.addScriptTag({ content: seedScript });
    await a.evaluate(() => (window as unknown as { RolFixtures: { v1: { seed: (n: string) => Promise<void> } } }).RolFixtures.v1.seed('rol-compare'));
    // tab A: an old connection that does not close on versionchange
    const keys = () =>
      new Promise<string[]>((resolve, reject) => {
        const w = window as unknown as Held;
        const req = w.held!.transaction('datasets', 'readonly').objectStore('datasets').getAllKeys();
        req.onsuccess = () => resolve((req.result as string[]).map(String).sort());
        req.onerror = () => reject(req.error);
      });
    const version = await a.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('rol-compare');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const w = window as unknown as Held;
            w.held = open.result;
            w.versionChanges = 0;
            w.held.onversionchange = () => void (w.versionChanges! += 1);
            resolve(open.result.version);
          };
        }),
    );
    expect(version).toBe(10);
    const before = await a.evaluate(keys);
    expect(before).toContain('v1-user');

    const b = await context.newPage();
    const errors = watchErrors(b);
    await b.goto(`${baseUrl()}?v=data&lang=en`);
    await b.waitForSelector('[data-testid="blocked-banner"]', { timeout: 30_000 });
    expect(await b.textContent('[data-testid="blocked-banner"]')).toContain('close the app’s other tabs');
    expect(await a.evaluate(() => (window as unknown as Held).versionChanges)).toBeGreaterThan(0);
    // nothing is lost while B waits: A still reads every dataset, at the old version
    expect(await a.evaluate(keys)).toEqual(before);
    expect(await b.$('[data-testid="dataset-row"]')).toBeNull();

    await a.evaluate(() => (window as unknown as Held).held!.close());
    await b.waitForSelector('[data-testid="dataset-row"][data-dataset-id="v1-user"]', { timeout: 30_000 });
    await b.waitForSelector('[data-testid="blocked-banner"]', { state: 'detached' });
    const rows = await b.$$eval('[data-testid="dataset-row"]', (els) => els.map((e) => e.getAttribute('data-dataset-id')));
    expect(rows).toEqual(expect.arrayContaining([...before, 'bundled']));
    expect(errors).toEqual([]);
    await context.close();
  });
});
