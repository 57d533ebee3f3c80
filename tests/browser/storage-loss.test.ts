/**
 * Stored data lost is told (real Chromium): with the person's datasets stored and backed up, the database alone is
 * deleted (what a quota eviction does; localStorage stays) — after the reload the app names the lost datasets and
 * the last backup, and restores the backup from the notice. A save while persistent storage is not granted asks
 * for a backup; with it granted, it does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
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

const named = (id: string, en: string, zh: string) => ({ ...tinyDataset(id), title: { en, zh } });
const marker = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('rol-compare.store-marker') ?? 'null') as { datasets: { id: string }[]; lastBackup: number | null } | null);

describe('lost storage and the backup reminder (real Chromium)', () => {
  it('names the lost datasets and the last backup after the database is deleted, and restores from the notice', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openDataView(page, baseUrl());
    expect(await page.evaluate(() => navigator.storage.persisted())).toBe(false);
    expect((await importThroughPicker(page, 'a.json', json(named('user-a', 'Reports of A', '甲地报告')))).state).toBe('done');
    // saved without persistent storage: the reminder asks for a backup, and its button makes one
    await page.waitForSelector('[data-testid="backup-remind-banner"]');
    expect(await page.evaluate(() => document.documentElement.dataset.backupReminder)).toBe('shown');
    // a save's reminder is decided after its status settled (once the views have read the store again): the second
    // save's is waited for, else it can bring the banner back after the button below dismissed it
    await page.evaluate(() => delete document.documentElement.dataset.backupReminder);
    expect((await importThroughPicker(page, 'b.json', json(named('user-b', 'Reports of B', '乙地报告')))).state).toBe('done');
    await page.waitForFunction(() => document.documentElement.dataset.backupReminder === 'shown', null, { timeout: 10_000 });
    const before = await runCount(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="remind-backup"]')]);
    expect((await settled(page, before)).state).toBe('done');
    expect(await page.$('[data-testid="backup-remind-banner"]')).toBeNull();
    const backup = await readFile((await download.path())!);
    await page.waitForFunction(() => (JSON.parse(localStorage.getItem('rol-compare.store-marker') ?? '{}') as { lastBackup?: number }).lastBackup);
    const noted = await marker(page);
    expect(noted?.datasets.map((d) => d.id).sort()).toEqual(['user-a', 'user-b']);
    expect(await page.$('[data-testid="loss-banner"]')).toBeNull();

    // the database alone is deleted (IndexedDB only, as a quota eviction does): the tab is told to reload
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl()).origin, storageTypes: 'indexeddb' });
    await page.waitForSelector('[data-testid="reload-banner"]', { timeout: 10_000 });
    await page.click('[data-testid="reload-banner"] button');
    await page.waitForSelector('[data-testid="dataset-row"][data-dataset-id="bundled"]', { timeout: 30_000 });
    expect((await rawStore(page)).datasets.map((d) => d.id)).toEqual(['bundled']);
    const banner = await page.waitForSelector('[data-testid="loss-banner"]');
    expect(await banner.getAttribute('data-count')).toBe('2');
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('2 dataset(s)');
    expect(text).toContain('Reports of A');
    expect(text).toContain('Reports of B');
    expect(Number(await page.getAttribute('[data-testid="loss-last-backup"]', 'data-at'))).toBe(noted?.lastBackup);
    expect(text).toMatch(/Last backup: .*20\d\d/);

    // a reload still tells it (nothing was mended)
    await page.reload();
    await page.waitForSelector('[data-testid="loss-banner"][data-count="2"]', { timeout: 30_000 });

    // restored from the notice: the datasets are back and the notice goes
    const runs = await runCount(page);
    await page.setInputFiles('[data-testid="loss-restore"]', { name: 'backup.json', mimeType: 'application/json', buffer: backup });
    expect((await settled(page, runs)).state).toBe('done');
    await page.waitForSelector('[data-testid="dataset-row"][data-dataset-id="user-b"]');
    await page.waitForSelector('[data-testid="loss-banner"]', { state: 'detached' });
    expect((await rawStore(page)).datasets.map((d) => d.id).sort()).toEqual(['bundled', 'user-a', 'user-b']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a first visit and clearing all site data (localStorage too) tell no loss; a save with persistent storage granted asks nothing', async () => {
    const context = await newContext(browser);
    // headless Chromium decides persistence by its own heuristics (a granted durableStorage permission does not
    // change its answer): this browser is made to answer "granted", as one that grants would
    await context.addInitScript(() => {
      navigator.storage.persisted = async () => true;
      navigator.storage.persist = async () => true;
    });
    const page = await context.newPage();
    await openDataView(page, baseUrl());
    const cdp = await context.newCDPSession(page);
    expect((await importThroughPicker(page, 'a.json', json(named('user-a', 'Reports of A', '甲地报告')))).state).toBe('done');
    await page.waitForFunction(() => localStorage.getItem('rol-compare.store-marker')?.includes('user-a'));
    await page.waitForFunction(() => document.documentElement.dataset.backupReminder === 'not-needed');
    expect(await page.$('[data-testid="backup-remind-banner"]')).toBeNull();
    expect(await page.getAttribute('[data-testid="storage-persisted"]', 'data-state')).toBe('granted');

    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl()).origin, storageTypes: 'all' });
    await page.waitForSelector('[data-testid="reload-banner"]', { timeout: 10_000 });
    await page.click('[data-testid="reload-banner"] button');
    await page.waitForSelector('[data-testid="dataset-row"][data-dataset-id="bundled"]', { timeout: 30_000 });
    await page.waitForFunction(() => localStorage.getItem('rol-compare.store-marker') !== null);
    // nothing outside the cleared storage remembers the datasets: this cannot be told from a first visit
    expect(await page.$('[data-testid="loss-banner"]')).toBeNull();
    await context.close();
  });
});
