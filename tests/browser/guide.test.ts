/** The first-visit guide and the header's buttons, in real Chromium: shown once, dismissed for good, reachable again. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, chartsFinished, openApp } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openApp());
});
afterAll(async () => {
  await browser?.close();
});

describe('a newcomer (real Chromium)', () => {
  it('sees a short guide on the first visit: what this is, how to read a bar, ≥, *, †, 未报告, where numbers come from', async () => {
    await page.goto(new URL('/?lang=zh', baseUrl()).href);
    await chartsFinished(page, 1);
    const text = await page.getByTestId('guide').innerText();
    for (const part of ['年度报告', '柱上写着年份', '≥', '下限', '*', '推算', '†', '未报告”不等于零', '原文']) expect(text).toContain(part);
  });

  it('dismisses it for good in this browser, and opens it again from the header (focus on its heading)', async () => {
    await page.getByRole('button', { name: '知道了' }).click();
    expect(await page.getByTestId('guide').count()).toBe(0);
    await page.reload();
    await chartsFinished(page, 1);
    expect(await page.getByTestId('guide').count()).toBe(0);
    await page.getByTestId('guide-open').click();
    await page.getByTestId('guide').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('guide-h');
    // it speaks the UI's language
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => page.getByTestId('guide').innerText()).toContain('“not reported” is not zero');
  });

  it('the language button is named by what it shows, in that language', async () => {
    await page.goto(new URL('/?lang=zh', baseUrl()).href);
    const button = page.getByRole('button', { name: 'English', exact: true });
    expect(await button.getAttribute('lang')).toBe('en');
    await button.click();
    await page.waitForURL(/lang=en/);
    expect(await page.getByRole('button', { name: '中文', exact: true }).getAttribute('lang')).toBe('zh-CN');
  });
});
