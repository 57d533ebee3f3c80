/**
 * The digest of an imported file made in a worker of its own, and the last checks run during the write (real
 * Chromium, real IndexedDB): the stored hash is the file's SHA-256 — a JSON file's made by the digest worker (its
 * fallback: tests/unit/store/file-hash.test.ts), an Arrow file's by the import worker while its blocks are stored;
 * a repeated observation id near the end of a file, found only once the blocks are being stored, is named with its
 * row and leaves the store as it was.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { baseUrl, launch, newContext, watchErrors } from './browser';
import { tinyDataset } from '../fixtures/factory';
import { chooseFile, errorItems, json, openDataView, rawStore, settled } from '../fixtures/browser-data';
import { datasetToArrow } from '../../src/formats/arrow-dataset/write';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
/** Requests for the digest worker's script. */
const hashWorkerRequests = (c: BrowserContext) => {
  const seen: string[] = [];
  c.on('request', (r) => {
    if (/hash-worker/.test(r.url())) seen.push(r.url());
  });
  return seen;
};

describe('the file digest and the last checks (real Chromium)', () => {
  it('stores the SHA-256 of a JSON file (made by the digest worker) and of an Arrow file', async () => {
    const context = await newContext(browser);
    const seen = hashWorkerRequests(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openDataView(page, baseUrl());
    const a = json(tinyDataset('hashed-json', { jurisdictions: 4 }));
    expect(await settled(page, await chooseFile(page, 'a.json', a))).toMatchObject({ state: 'done' });
    expect(seen.length).toBeGreaterThan(0);
    const b = datasetToArrow(tinyDataset('hashed-arrow', { jurisdictions: 3 }));
    const before = Number(await page.$eval('[data-testid="import-status"]', (el) => el.getAttribute('data-run')));
    await page.setInputFiles('[data-testid="import-file"]', { name: 'b.arrow', mimeType: 'application/vnd.apache.arrow.file', buffer: Buffer.from(b) });
    expect(await settled(page, before)).toMatchObject({ state: 'done' });
    const store = await rawStore(page);
    expect(store.datasets.find((d) => d.id === 'hashed-json')?.hash).toBe(sha(a));
    expect(store.datasets.find((d) => d.id === 'hashed-arrow')?.hash).toBe(sha(b));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a file whose observation id repeats near its end, names the row, and leaves the store as it was', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openDataView(page, baseUrl());
    const good = tinyDataset('late-bad', { jurisdictions: 5, periods: [2021, 2022] });
    expect(await settled(page, await chooseFile(page, 'good.json', json(good)))).toMatchObject({ state: 'done' });
    const stored = await rawStore(page);
    const bad = tinyDataset('late-bad', { jurisdictions: 8, periods: [2020, 2021, 2022] });
    const n = bad.observations.length;
    bad.observations[n - 1] = { ...bad.observations[n - 1]!, id: bad.observations[1]!.id };
    // refused as bad, not asked about as a dataset that exists
    expect(await settled(page, await chooseFile(page, 'bad.json', json(bad)))).toMatchObject({ state: 'error' });
    expect(await page.locator('[data-testid="import-question"]').count()).toBe(0);
    const items = (await errorItems(page)).join('\n');
    expect(items).toContain(`observations[${n - 1}].id`);
    expect(await rawStore(page)).toEqual(stored);
    await context.close();
  });
});
