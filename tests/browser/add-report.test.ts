/** Adding a report in a real browser: paste or drop a report, review the candidates, save — or cancel and leave no trace. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, chartsFinished, openApp } from './browser';

const REPORT = [
  '2023年,某某县坚持依法行政,法治政府建设取得新成效。',
  '全年共调解各类矛盾纠纷3200余件,调解成功率98.6%。',
  '办理法律援助案件512件,为群众挽回经济损失1200余万元。',
  '收到行政复议申请86件,受理71件,办结69件。',
  '行政机关负责人出庭应诉率100%。',
  '2024年,我县将继续深化“放管服”改革,力争新增“一件事”套餐10项。',
].join('\n');

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
});
afterAll(async () => {
  await browser?.close();
});

const datasetIds = () =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('rol-compare');
        open.onsuccess = () => {
          const req = open.result.transaction('datasets').objectStore('datasets').getAllKeys();
          req.onsuccess = () => {
            resolve((req.result as string[]).sort());
            open.result.close();
          };
        };
      }),
  );

async function fillAndExtract(text: string) {
  await page.goto(new URL('/?v=add', baseUrl()).href);
  await page.fill('[data-testid=add-name]', '某某县');
  await page.fill('[data-testid=add-year]', '2023');
  await page.fill('[data-testid=add-text]', text);
  await page.click('[data-testid=add-extract]');
}

describe('add a report', () => {
  it('refuses empty text and binary files with a message, saving nothing', async () => {
    await fillAndExtract('   ');
    expect(await page.textContent('[data-testid=add-error]')).toBe('文本为空。');
    await page.setInputFiles('[data-testid=add-file]', { name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 3, 0, 255]) });
    // a file goes to the batch, which names it with its problem
    await page.waitForFunction(() => document.querySelector('[data-testid=batch-problems] [data-code=binary]')?.textContent === 'x.txt:不是文本文件');
    expect(await datasetIds()).toEqual(['bundled']);
  });

  it('says so when a text has no figures', async () => {
    await fillAndExtract('本县坚持依法行政,推进法治政府建设。');
    await page.waitForSelector('[data-testid=add-nofigures]');
    expect(await page.isDisabled('[data-testid=add-save]')).toBe(true);
  });

  it('proposes the figures, skips the plan, and a cancelled review leaves no trace', async () => {
    await fillAndExtract(REPORT);
    await page.waitForSelector('[data-testid=add-review] tbody tr');
    const figures = await page.$$eval('[data-testid=add-review] tbody tr td:nth-child(2)', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(figures).toEqual(expect.arrayContaining(['3200余件', '98.6%', '512件', '86件', '71件', '69件', '100%']));
    expect(figures.join('')).not.toContain('10项');
    await page.click('[data-testid=add-cancel]');
    await page.waitForSelector('[data-testid=add-text]');
    expect(await datasetIds()).toEqual(['bundled']);
  });

  it('saves only what was accepted, with edits, and the new report joins the views', async () => {
    await fillAndExtract(REPORT);
    await page.waitForSelector('[data-testid=add-review] tbody tr');
    const row = (figure: string) => page.locator('[data-testid=add-review] tbody tr', { has: page.locator(`td:nth-child(2) >> text="${figure}"`) });
    // reject one figure, correct another
    await row('69件').locator('input[type=checkbox]').uncheck();
    await row('512件').locator('td:nth-child(3) input').fill('513');
    // the quote of the focused row is highlighted in the text
    await row('86件').click();
    expect(await page.textContent('[data-testid=add-text-view] mark.figure')).toBe('86件');
    const accepted = await page.$$eval('[data-testid=add-review] tbody input[type=checkbox]', (cs) => cs.filter((c) => (c as HTMLInputElement).checked).length);
    await page.click('[data-testid=add-save]');
    await page.waitForSelector('[data-testid=add-saved]');
    const ids = await datasetIds();
    expect(ids).toHaveLength(2);
    const stored = await page.evaluate(
      (id) =>
        new Promise<{ values: number[]; n: number }>((resolve) => {
          const open = indexedDB.open('rol-compare');
          open.onsuccess = () => {
            const req = open.result.transaction('jurisdictionBlocks').objectStore('jurisdictionBlocks').index('dataset').getAll(id);
            req.onsuccess = () => {
              // stored as columns (schema v2): one value array per block
              const blocks = req.result as { observations: { n: number; value: Float64Array } }[];
              resolve({ values: blocks.flatMap((b) => [...b.observations.value]), n: blocks.reduce((n, b) => n + b.observations.n, 0) });
              open.result.close();
            };
          };
        }),
      ids.find((i) => i !== 'bundled')!,
    );
    expect(stored.n).toBe(accepted);
    expect(stored.values).toContain(513);
    expect(stored.values).not.toContain(512);
    expect(stored.values).not.toContain(69);
    // it merges into the comparison next to the bundled data
    await page.click('[data-testid=add-saved] button');
    await chartsFinished(page, 1);
    const labels = await page.$$eval('[data-chart-id]', (els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels.join(' ')).toContain('某某县');
    expect(errors).toEqual([]);
  });
});
