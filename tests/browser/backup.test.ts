import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, bundledState, launch, newContext, watchErrors } from './browser';
import { tinyDataset } from '../fixtures/factory';
import { tinyCsvRows, toCsv } from '../fixtures/csv';
import { chooseFile, importThroughPicker, json, openDataView, rawStore, runCount, settled } from '../fixtures/browser-data';
import { largeBackup, LARGE_BACKUP_IDS } from '../fixtures/large-backup';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function exportBackup(page: Page): Promise<Buffer> {
  const before = await runCount(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="backup-export"]')]);
  const r = await settled(page, before);
  expect(r.state).toBe('done');
  expect(download.suggestedFilename()).toMatch(/^rol-compare-backup-\d{4}-\d{2}-\d{2}\.json$/);
  return readFile((await download.path())!);
}

describe('backup and restore (real Chromium)', () => {
  it('gives back exactly what was there after the site data is cleared (byte-equal export)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openDataView(page, baseUrl());
    expect(await page.textContent('[data-testid="last-backup"]')).toContain('Never backed up');
    expect((await importThroughPicker(page, 'a.json', json(tinyDataset('user-a')))).state).toBe('done');
    expect((await importThroughPicker(page, 'c.csv', Buffer.from(toCsv(tinyCsvRows(2))))).state).toBe('done');
    await page.waitForSelector('[data-testid="backup-reminder"]');
    const storedBefore = await rawStore(page);

    const first = await exportBackup(page);
    await page.waitForSelector('[data-testid="last-backup"]:not([data-at=""])');
    expect(await page.textContent('[data-testid="last-backup"]')).toMatch(/Last backup: .*20\d\d/);
    expect(await page.$('[data-testid="backup-reminder"]')).toBeNull();
    const envelope = JSON.parse(first.toString('utf8')) as { format: string; datasets: { dataset: { id: string } }[] };
    expect(envelope.format).toBe('rol-compare/backup');
    expect(envelope.datasets.map((d) => d.dataset.id)).toEqual(['bundled', 'csv-a', 'user-a']);

    // clear the site's data (IndexedDB, caches, service worker): the open tab is told to reload
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl()).origin, storageTypes: 'all' });
    await page.waitForSelector('[data-testid="reload-banner"]', { timeout: 10_000 });
    await page.click('[data-testid="reload-banner"] button');
    await page.waitForSelector('[data-testid="dataset-row"][data-dataset-id="bundled"]', { timeout: 30_000 });
    expect(await bundledState(page)).toBe('imported');
    expect((await rawStore(page)).datasets.map((d) => d.id)).toEqual(['bundled']);

    // restore, then export again
    const before = await chooseFile(page, 'backup.json', first, 'restore-file');
    const r = await settled(page, before);
    expect(r.state).toBe('done');
    expect(r.text).toContain('Restored 3 datasets');
    await page.waitForSelector('[data-testid="dataset-row"][data-dataset-id="user-a"]');
    const storedAfter = await rawStore(page);
    expect(storedAfter.datasets).toEqual(storedBefore.datasets); // same ids, hashes and import dates
    expect(storedAfter.jurisdictionBlocks).toBe(storedBefore.jurisdictionBlocks);
    expect(storedAfter.metricBlocks).toBe(storedBefore.metricBlocks);
    const second = await exportBackup(page);
    expect(second.equals(first)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before a restore replaces different content, and a damaged backup writes nothing', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openDataView(page, baseUrl());
    await importThroughPicker(page, 'a.json', json(tinyDataset('user-a')));
    const backup = await exportBackup(page);
    // the same id with other content
    let before = await chooseFile(page, 'a2.json', json(tinyDataset('user-a', { jurisdictions: 1 })));
    await page.click('[data-testid="question-confirm"]');
    await settled(page, before);
    const stored = await rawStore(page);

    before = await chooseFile(page, 'backup.json', backup, 'restore-file');
    await page.waitForSelector('[data-testid="import-question"]');
    expect(await page.textContent('[data-testid="import-question"]')).toContain('user-a');
    await page.click('[data-testid="question-cancel"]');
    await settled(page, before);
    expect(await rawStore(page)).toEqual(stored);

    const damaged = Buffer.from(backup.toString('utf8').replace('"value":200', '"value":201'));
    before = await chooseFile(page, 'damaged.json', damaged, 'restore-file');
    const r = await settled(page, before);
    expect(r.state).toBe('error');
    expect(await page.textContent('[data-testid="import-errors"]')).toContain('does not match its checksum');
    expect(await rawStore(page)).toEqual(stored);

    before = await chooseFile(page, 'backup.json', backup, 'restore-file');
    await page.click('[data-testid="question-confirm"]');
    expect((await settled(page, before)).state).toBe('done');
    expect((await rawStore(page)).datasets.find((d) => d.id === 'user-a')!.observations).toBe(3);
    await context.close();
  });

  it('restores a backup larger than the largest single file (540 MB, read in parts) and exports it again byte for byte', { timeout: 360_000 }, async () => {
    const backup = await largeBackup();
    expect(backup.size).toBeGreaterThan(512_000_000);
    const path = join(tmpdir(), `rol-large-backup-${process.pid}.json`);
    try {
      const parts: Uint8Array[] = [];
      for (let at = 0; at < backup.size; at += 64 * 1024 * 1024) parts.push(new Uint8Array(await backup.slice(at, at + 64 * 1024 * 1024).arrayBuffer()));
      await writeFile(path, parts);
      parts.length = 0;
      const context = await newContext(browser);
      const page = await context.newPage();
      const errors = watchErrors(page);
      await openDataView(page, baseUrl(), 'zh');
      // the store holds the bundled dataset: its entry, as a backup of it alone holds it
      const bundledOnly = await exportBackup(page);

      // picked where datasets are imported, it is too large for a dataset file: the person is pointed at "restore"
      const tried = await runCount(page);
      await page.setInputFiles('[data-testid="import-file"]', path);
      const refused = await settled(page, tried, 60_000);
      expect(refused.state).toBe('error');
      expect(refused.text).toContain('没有写入任何数据');
      expect(await page.textContent('[data-testid="import-errors"]')).toContain('这是备份文件,请使用“恢复备份”');

      const before = await runCount(page);
      await page.setInputFiles('[data-testid="restore-file"]', path);
      const r = await settled(page, before, 300_000);
      expect(r.state, r.text).toBe('done');
      expect(r.text).toMatch(/已从 rol-large-backup-\d+\.json 恢复 5 个数据集/);
      for (const id of LARGE_BACKUP_IDS) await page.waitForSelector(`[data-testid="dataset-row"][data-dataset-id="${id}"]`);

      const runs = await runCount(page);
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.click('[data-testid="backup-export"]')]);
      const done = await settled(page, runs, 300_000);
      expect(done.text).toMatch(/已导出备份 rol-compare-backup-.*:6 个数据集/);
      // bundled sorts before nation-*: the export is the bundled entry, then the restored file's entries as they were
      const exported = await readFile((await download.path())!);
      const file = await readFile(path);
      const head = Buffer.from('{"format":"rol-compare/backup","version":1,"datasets":[');
      expect(bundledOnly.subarray(-3).toString()).toBe(']}\n');
      expect(file.subarray(0, head.length).equals(head)).toBe(true);
      const expected = Buffer.concat([bundledOnly.subarray(0, -3), Buffer.from(','), file.subarray(head.length)]);
      expect(exported.length).toBe(expected.length);
      expect(exported.equals(expected)).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await rm(path, { force: true });
    }
  });
});
