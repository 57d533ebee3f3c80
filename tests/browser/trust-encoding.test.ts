/**
 * Text encodings of CSV files, in real Chromium: the same small dataset in Big5, GB18030, UTF-16LE/BE with a BOM
 * and UTF-8 (tests/fixtures/encodings/, written by make.py) imports with its names intact, and the data view says
 * which encoding it read; a file that reads as Chinese in no encoding (Shift_JIS) is refused, naming the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, openApp } from './browser';
import { errorItems, importThroughPicker, openDataView } from '../fixtures/browser-data';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/encodings/${name}`, import.meta.url));

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
  await openDataView(page, baseUrl(), 'en');
});
afterAll(async () => {
  await browser?.close();
});

/** The zh names of a stored dataset's places, read with the raw IndexedDB API. */
const storedNames = (id: string): Promise<string[]> =>
  page.evaluate(
    (dsId) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('rol-compare');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('datasets').objectStore('datasets').get(dsId);
          get.onsuccess = () => {
            resolve(((get.result as { jurisdictions?: { name: { zh: string } }[] } | undefined)?.jurisdictions ?? []).map((j) => j.name.zh));
            open.result.close();
          };
        };
      }),
    id,
  );

const notes = (): Promise<string[]> => page.$$eval('[data-testid="import-notes"] li', (els) => els.map((e) => e.textContent ?? ''));

describe('CSV text encodings (real Chromium)', () => {
  it.each([
    ['big5.csv', 'enc-big5', 'Big5', '馬鞍山市'],
    ['gb18030.csv', 'enc-gb18030', 'GB18030', '马鞍山市'],
    ['utf16le.csv', 'enc-utf16le', 'UTF-16LE', '马鞍山市'],
    ['utf16be.csv', 'enc-utf16be', 'UTF-16BE', '马鞍山市'],
    ['utf8.csv', 'enc-utf8', 'UTF-8', '马鞍山市'],
  ])('%s (dataset %s) imports with its names intact and the data view says it was read as %s', async (file, id, label, name) => {
    const r = await importThroughPicker(page, file, fixture(file));
    expect(r.state, `${r.text} ${(await errorItems(page)).join(' | ')}`).toBe('done');
    expect(r.text).toContain(id);
    expect(await notes()).toContain(`${file}: read as ${label} (detected).`);
    expect(await storedNames(id)).toEqual([name]);
  });

  it('refuses a file that reads as Chinese in no encoding it knows, naming the file and the encoding tried', async () => {
    const r = await importThroughPicker(page, 'tokyo.csv', fixture('shift-jis.csv'));
    expect(r.state).toBe('error');
    expect(r.text).toContain('tokyo.csv');
    const items = await errorItems(page);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^tokyo\.csv: decoded as (GB18030|Big5), the text does not read as Chinese/);
    expect(await storedNames('enc-sjis')).toEqual([]);
    // the same in Chinese
    await openDataView(page, baseUrl(), 'zh');
    await importThroughPicker(page, '东京.csv', fixture('shift-jis.csv'));
    expect((await errorItems(page))[0]).toMatch(/^东京\.csv: 按 (GB18030|Big5) 解码后不像中文文本/);
    expect(errors).toEqual([]);
  });
});
