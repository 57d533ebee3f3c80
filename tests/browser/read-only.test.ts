/**
 * Chromium's "Internal error opening backing store" in a real browser: the import worker's indexedDB.open is made to
 * fail that way (the worker is started from a wrapper that patches it, then loads the real worker) as many times as
 * the open's retries take. The app says the stored data could not be opened and that nothing was deleted, shows
 * what the page can still read, refuses a write with the read-only message, and still exports a backup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, newContext, watchErrors } from './browser';
import { tinyDataset } from '../fixtures/factory';
import { importThroughPicker, json, openDataView, rawStore, runCount, settled } from '../fixtures/browser-data';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs in the page before the app: the import worker's first `failures` opens fail with the backing-store error. */
function failWorkerOpens(failures: number) {
  const Real = window.Worker;
  window.Worker = class extends Real {
    constructor(url: string | URL, opts?: WorkerOptions) {
      if (opts?.name !== 'rol-import') {
        super(url, opts);
        return;
      }
      const real = new URL(url, location.href).href;
      const patch = `
        const open = indexedDB.open.bind(indexedDB);
        let left = ${failures};
        indexedDB.open = function (name, version) {
          if (left <= 0) return version === undefined ? open(name) : open(name, version);
          left--;
          const req = { readyState: 'done', error: new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError') };
          setTimeout(() => req.onerror && req.onerror({ type: 'error', target: req, preventDefault() {}, stopPropagation() {} }));
          return req;
        };`;
      // static imports run in order, before the worker's first message: the patch, then the real worker
      const blob = (text: string) => URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
      super(blob(`import ${JSON.stringify(blob(patch))};\nimport ${JSON.stringify(real)};`), opts);
    }
  };
}

describe('backing-store error on open (real Chromium)', () => {
  it('goes read-only: says so, deletes nothing, shows what it can read, refuses writes, still exports', async () => {
    const context = await newContext(browser);
    const first = await context.newPage();
    await openDataView(first, baseUrl());
    expect((await importThroughPicker(first, 'a.json', json(tinyDataset('user-a')))).state).toBe('done');
    await first.close();

    // every open of the bootstrap fails: its quick check's one, then the full bootstrap's three tries (Dexie opens
    // twice per try after an UnknownError)
    await context.addInitScript(failWorkerOpens, 7);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl()}?v=data&lang=en`);
    const banner = await page.waitForSelector('[data-testid="unavailable-banner"]', { timeout: 30_000 });
    expect(await banner.textContent()).toContain('Nothing was deleted');
    expect(await page.evaluate(() => document.documentElement.dataset.bundled)).toBe('failed:unavailable');
    // the page itself can still read the store: the datasets are listed
    await page.waitForSelector('[data-testid="dataset-row"][data-dataset-id="user-a"]', { timeout: 30_000 });

    // a write is refused with the read-only message, and nothing changes
    const r = await importThroughPicker(page, 'b.json', json(tinyDataset('user-b')));
    expect(r.state).toBe('error');
    expect(r.text).toContain('read-only');
    expect((await rawStore(page)).datasets.map((d) => d.id).sort()).toEqual(['bundled', 'user-a']);

    // the backup export still runs and holds the stored datasets
    const before = await runCount(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="backup-export"]')]);
    expect((await settled(page, before)).state).toBe('done');
    const envelope = JSON.parse((await readFile((await download.path())!)).toString('utf8')) as { datasets: { dataset: { id: string } }[] };
    expect(envelope.datasets.map((d) => d.dataset.id).sort()).toEqual(['bundled', 'user-a']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
