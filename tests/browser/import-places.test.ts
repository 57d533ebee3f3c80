/**
 * Places of an imported file without codes (real Chromium): a name of several places is asked about (the choice
 * question, wide and at 390 px), the answer gives the stored place its code, and a name of one place joins the
 * bundled place of its code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { baseUrl, chartsFinished, launch, newContext, watchErrors } from './browser';
import { tinyDataset } from '../fixtures/factory';
import { chooseFile, json, openDataView, settled } from '../fixtures/browser-data';

const SHOTS = process.env.ROL_SHOTS ?? '/tmp/rol-shots';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** A dataset record's jurisdictions as stored (raw IndexedDB). */
function storedJurisdictions(page: Page, id: string): Promise<{ id: string; code?: string }[]> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('rol-compare');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('datasets', 'readonly').objectStore('datasets').get(id);
          get.onsuccess = () => {
            const r = get.result as { jurisdictions: { id: string; code?: string }[] } | undefined;
            resolve((r?.jurisdictions ?? []).map((j) => ({ id: j.id, ...(j.code ? { code: j.code } : {}) })));
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

describe('places of an imported file (real Chromium)', () => {
  it('asks which 朝阳区, stores the chosen code, and joins 武进区 to the bundled place', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openDataView(page, baseUrl(), 'zh');
    const ds = tinyDataset('places', { jurisdictions: 2 });
    ds.jurisdictions[0] = { ...ds.jurisdictions[0]!, id: 'x.chaoyang', name: { zh: '朝阳区', en: 'Chaoyang' }, short: { zh: '朝阳', en: 'Chaoyang' }, province: { zh: '未注明', en: 'not given' } };
    ds.jurisdictions[1] = { ...ds.jurisdictions[1]!, id: 'x.wujin', name: { zh: '武进区', en: 'Wujin' }, short: { zh: '武进', en: 'Wujin' } };
    ds.reports = ds.reports.map((r, i) => ({ ...r, jurisdiction: i === 0 ? 'x.chaoyang' : 'x.wujin' }));
    const before = await chooseFile(page, 'places.json', json(ds));

    await page.waitForSelector('[data-testid="import-question"] [data-testid="question-choice"]');
    const question = page.locator('[data-testid="import-question"]');
    expect(await question.locator('#import-q').textContent()).toContain('朝阳区');
    const labels = await question.locator('[data-testid="question-choice"]').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['北京市 朝阳区 110105', '吉林省 长春市 朝阳区 220104']));
    expect(await question.locator('[data-testid="question-confirm"]').textContent()).toBe('不填代码');
    await page.screenshot({ path: `${SHOTS}/place-choice-wide.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await question.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/place-choice-390.png`, fullPage: true });
    // nothing sticks out at 390 px
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });

    await question.locator('[data-testid="question-choice"][data-value="110105"]').click();
    expect(await settled(page, before)).toMatchObject({ state: 'done' });
    const notes = await page.locator('[data-testid="import-notes"] li').allTextContents();
    expect(notes.join('\n')).toContain('1 个地区的代码由你选定');
    expect(notes.join('\n')).toContain('武进区 → 常州市武进区 (js.changzhou.wujin)');
    await page.screenshot({ path: `${SHOTS}/place-choice-done.png`, fullPage: true });

    expect(await storedJurisdictions(page, 'places')).toEqual([
      { id: 'x.chaoyang', code: '110105' },
      { id: 'js.changzhou.wujin', code: '320412' },
    ]);
    // one place: the bundled 武进区 (which reports no disputes mediated) now shows the imported figure, 200
    await page.goto(`${baseUrl()}?v=compare&lang=zh&j=js.changzhou.wujin&c=mediation`);
    await chartsFinished(page, 1);
    const values = await page.evaluate(() => {
      type Chart = { getOption: () => { series: { data: unknown[] }[] } };
      const charts = (window as unknown as { __rolCharts: Map<string, Chart> }).__rolCharts;
      return [...charts.values()].flatMap((c) => c.getOption().series.flatMap((s) => s.data.map((d) => (typeof d === 'object' && d !== null && 'value' in d ? (d as { value: unknown }).value : d))));
    });
    expect(values).toContain(200);
    await page.screenshot({ path: `${SHOTS}/place-joined-compare.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('divides by the population a file gives for a place without code', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openDataView(page, baseUrl(), 'zh');
    const ds = tinyDataset('ownpop', { jurisdictions: 1 });
    ds.jurisdictions[0] = { ...ds.jurisdictions[0]!, population: { value: 20_000, year: 2023, source: { zh: '测试统计局', en: 'Test statistics bureau' } } };
    const before = await chooseFile(page, 'ownpop.json', json(ds));
    expect(await settled(page, before)).toMatchObject({ state: 'done' });
    // 100 disputes mediated ÷ 20,000 residents × 10,000 = 50 per 10k
    await page.goto(`${baseUrl()}?v=compare&lang=zh&j=t.j0&c=mediation&pc=1`);
    await chartsFinished(page, 1);
    const values = await page.evaluate(() => {
      type Chart = { getOption: () => { series: { data: unknown[] }[] } };
      const charts = (window as unknown as { __rolCharts: Map<string, Chart> }).__rolCharts;
      return [...charts.values()].flatMap((c) => c.getOption().series.flatMap((s) => s.data.map((d) => (typeof d === 'object' && d !== null && 'value' in d ? (d as { value: unknown }).value : d))));
    });
    expect(values).toContain(50);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('cancelling the question writes nothing (in English, at 390 px)', async () => {
    const context = await newContext(browser, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openDataView(page, baseUrl(), 'en');
    const ds = tinyDataset('cancelled', { jurisdictions: 1 });
    ds.jurisdictions[0] = { ...ds.jurisdictions[0]!, name: { zh: '鼓楼区', en: 'Gulou' }, province: { zh: '未注明', en: 'not given' } };
    const before = await chooseFile(page, 'cancelled.json', json(ds));
    await page.waitForSelector('[data-testid="question-choice"]');
    expect(await page.locator('[data-testid="question-choice"]').count()).toBe(4);
    expect(await page.locator('#import-q').textContent()).toBe('cancelled.json: "鼓楼区" (province: not given) is the name of several places. Which one is it? ');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator('[data-testid="import-question"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/place-choice-en-390.png` });
    await page.click('[data-testid="question-cancel"]');
    expect(await settled(page, before)).toMatchObject({ state: 'done' });
    expect(await storedJurisdictions(page, 'cancelled')).toEqual([]);
    await context.close();
  });
});
