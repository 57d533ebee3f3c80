/**
 * The import worker's own code in real Chromium: a reload's bootstrap is answered without the store's code (Dexie)
 * or the full bootstrap being loaded into the worker; the first request that needs the store loads them, once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, newContext, watchErrors } from './browser';
import { tinyDataset } from '../fixtures/factory';
import { importThroughPicker, json, openDataView } from '../fixtures/browser-data';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The worker's chunks asked for, by name without the hash (db, bundled, upgrade-v3, places …). */
const WORKER_CHUNK = /\/assets\/(db|bundled|upgrade-v3|places)-[\w-]+\.js$/;

describe('the import worker loads its code as requests need it (real Chromium)', () => {
  it('a first visit loads the store code, a reload none, and the first import after it loads it once', async () => {
    // no service worker: every script comes from the server, where the test sees each request
    const context = await newContext(browser, { serviceWorkers: 'block' });
    const asked: string[] = [];
    context.on('request', (r) => {
      const m = WORKER_CHUNK.exec(new URL(r.url()).pathname);
      if (m) asked.push(m[1]!);
    });
    const page = await context.newPage();
    const errors = watchErrors(page);

    // first visit: the full bootstrap opens the store with Dexie and stores the bundled reports
    await openDataView(page, baseUrl());
    expect(await page.evaluate(() => document.documentElement.dataset.bundled)).toBe('imported');
    expect(asked).toEqual(expect.arrayContaining(['db', 'bundled']));

    // a reload: the quick check answers, nothing of the store's code is loaded into the worker
    asked.length = 0;
    await openDataView(page, baseUrl());
    await page.waitForFunction(() => document.documentElement.dataset.bundled === 'unchanged');
    expect(asked).toEqual([]);

    // the first request that needs the store loads its code, once, and stores the file
    const imported = await importThroughPicker(page, 'a.json', json(tinyDataset('user-a')));
    expect(imported.state).toBe('done');
    expect(asked.filter((n) => n === 'db')).toEqual(['db']);
    expect(await importThroughPicker(page, 'b.json', json(tinyDataset('user-b')))).toMatchObject({ state: 'done' });
    expect(asked.filter((n) => n === 'db')).toEqual(['db']);
    await page.waitForSelector('[data-testid="dataset-row"][data-dataset-id="user-b"]');
    expect(errors).toEqual([]);
    await context.close();
  });
});
