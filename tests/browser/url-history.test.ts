/**
 * The address follows the app: a pick is drawn first and written to the history just after, in real Chromium. The
 * address then names the pick within a second, Back and Forward step through every pick in order, and a reload
 * opens on the pick.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, openApp } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];
let metrics: string[];

const SELECT = 'article[aria-labelledby="rank-metric-h"] select';
const rm = () => new URL(page.url()).searchParams.get('rm');
const drawn = (m: string) => page.waitForSelector(`[data-chart-id="rank-${m}"][data-chart-state=finished]`, { timeout: 30_000 });

beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
  await page.goto(new URL('/?v=rank&lang=zh', baseUrl()).href);
  await page.waitForSelector(SELECT);
  metrics = await page.$$eval(`${SELECT} option`, (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(metrics.length).toBeGreaterThanOrEqual(3);
});
afterAll(async () => {
  await browser?.close();
});

describe('the address after a pick', () => {
  it('names each pick, and Back and Forward go through them in order', async () => {
    const [a, b, c] = metrics as [string, string, string];
    await page.goto(new URL(`/?v=rank&lang=zh&rm=${a}`, baseUrl()).href);
    await drawn(a);
    // two picks in one task: two history entries
    await page.evaluate(
      ([s, x, y]) => {
        const sel = document.querySelector<HTMLSelectElement>(s)!;
        for (const v of [x, y]) {
          sel.value = v;
          sel.dispatchEvent(new Event('change', { bubbles: true }));
        }
      },
      [SELECT, b, c] as const,
    );
    await drawn(c);
    await expect.poll(rm).toBe(c);
    await page.goBack();
    await drawn(b);
    expect(rm()).toBe(b);
    expect(await page.inputValue(SELECT)).toBe(b);
    await page.goBack();
    await drawn(a);
    expect(rm()).toBe(a);
    await page.goForward();
    await drawn(b);
    expect(rm()).toBe(b);
    expect(errors).toEqual([]);
  });

  it('a reload once the pick is drawn opens on the pick', async () => {
    const [a, b] = metrics as [string, string];
    await page.goto(new URL(`/?v=rank&lang=zh&rm=${a}`, baseUrl()).href);
    await drawn(a);
    await page.selectOption(SELECT, b);
    await drawn(b);
    // the chart first, the address within a frame or two after it
    await expect.poll(rm, { timeout: 1000 }).toBe(b);
    await page.reload();
    await drawn(b);
    expect(await page.inputValue(SELECT)).toBe(b);
    expect(errors).toEqual([]);
  });
});
