/**
 * The report check in real Chromium: the reader opens on the list of the five bundled reports with their check, a
 * ✓ cell opens its report at the sentence (the highlight contains the words found), a — cell says 未找到, and the
 * profile of a bundled place shows its report's check with links to the sentences. No sideways scroll at 390 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, newContext, openApp, watchErrors } from './browser';
import { importThroughPicker, json, openDataView } from '../fixtures/browser-data';
import { tinyDataset } from '../fixtures/factory';
import type { Dataset } from '../../src/model/schema';

const bundled = JSON.parse(readFileSync(new URL('../../public/data/bundled.json', import.meta.url), 'utf8')) as Dataset;

let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
});
afterAll(async () => {
  await browser?.close();
});

async function openList(path = '/?v=reader'): Promise<void> {
  await page.goto(new URL(path, baseUrl()).href);
  await page.locator('[data-testid=rc-row]').first().waitFor({ timeout: 30_000 });
}

const highlight = () => page.$$eval('[data-testid=reader-text] mark.quote, [data-testid=reader-text] mark.figure', (els) => els.map((e) => e.textContent).join(''));

describe('the report check (real Chromium)', () => {
  it('the reader starts on the list of the five bundled reports, ordered by place and year, with the check', async () => {
    await openList();
    const ids = await page.$$eval('[data-testid=rc-row]', (rows) => rows.map((r) => r.getAttribute('data-report')));
    expect(ids).toEqual(['wujin-2022', 'jianggan-2020', 'lvliang-2023', 'nantong-2024', 'sip-2022']);
    expect(ids.sort()).toEqual(bundled.reports.map((r) => r.id).sort());
    const nantong = page.locator('[data-testid=rc-row][data-report=nantong-2024]');
    expect(await nantong.locator('[data-testid=rc-measures] button').count()).toBe(1);
    expect((await nantong.locator('[data-testid=rc-shortcomings]').textContent())?.trim()).toBe('—');
    expect(await nantong.locator('[data-testid=rc-shortcomings] [role=img]').getAttribute('aria-label')).toContain('未找到');
    expect(await nantong.locator('[data-testid=rc-plans] button').count()).toBe(0);
    const wujin = page.locator('[data-testid=rc-row][data-report=wujin-2022]');
    expect(await wujin.textContent()).toContain('日期未知');
    expect(await wujin.textContent()).toContain('报告了 34 项指标(同级地区中位数 26)');
    expect(await page.locator('[data-testid=rc-row][data-report=sip-2022]').textContent()).toContain('按时');
    expect(await page.locator('[data-testid=rc-other] button').count()).toBe(0);
  });

  it('finds a place by name', async () => {
    await openList();
    await page.fill('[data-testid=rc-search]', '吕梁');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=rc-row]').length === 1);
    expect(await page.getAttribute('[data-testid=rc-row]', 'data-report')).toBe('lvliang-2023');
  });

  it('a ✓ cell, reached by keyboard, opens the report at its sentence', async () => {
    await openList();
    const cell = page.locator('[data-testid=rc-row][data-report=jianggan-2020] [data-testid=rc-shortcomings] button');
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/r=jianggan-2020/);
    expect(page.url()).toMatch(/[?&]o=\d+/);
    await page.locator('[data-testid=reader-highlight]').waitFor();
    expect(await highlight()).toContain('不足和原因');
    // the open report carries its check too, and a content found there moves the highlight
    await page.locator('[data-testid=reader-check] button', { hasText: '下年安排' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid=reader-highlight]')?.textContent?.includes('2021年主要工作安排'));
    // back to the list
    await page.click('[data-testid=reader-back]');
    await page.locator('[data-testid=rc-row]').first().waitFor();
    expect(await page.locator('[data-testid=rc-row]').count()).toBe(5);
  });

  it('a traditional report: the sentence found in its simplified copy is highlighted in its own script', async () => {
    await openList();
    await page.click('[data-testid=rc-row][data-report=lvliang-2023] [data-testid=rc-leaders] button');
    await page.waitForURL(/r=lvliang-2023/);
    await page.locator('[data-testid=reader-highlight]').waitFor();
    expect(await highlight()).toContain('帶頭履行推進法治建設第一責任人職責');
  });

  it("the profile of a bundled place shows its report's check, each found content opening its sentence", async () => {
    await page.goto(new URL('/?v=profile&p=js.suzhou.sip', baseUrl()).href);
    const check = page.locator('[data-testid=profile-report][data-report=sip-2022] [data-testid=profile-check]');
    await check.waitFor({ timeout: 30_000 });
    expect(await check.textContent()).toContain('按时发布');
    expect(await check.locator('[data-testid=profile-rc-other]').textContent()).toContain('—');
    await check.locator('button[data-testid=profile-rc-plans]').click();
    await page.waitForURL(/v=reader/);
    await page.locator('[data-testid=reader-highlight]').waitFor();
    expect(await highlight()).toContain('2023年,园区将重点做好以下工作');
  });

  it('the place chosen above the list keeps only its reports, until all are shown again', async () => {
    await openList('/?v=reader&p=sx.lvliang');
    expect(await page.$$eval('[data-testid=rc-row]', (rows) => rows.map((r) => r.getAttribute('data-report')))).toEqual(['lvliang-2023']);
    await page.click('[data-testid=report-list] button.link:has-text("显示全部报告")');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=rc-row]').length === 5);
  });

  it('with 255 reports stored, the first 200 are drawn and a search finds any other', async () => {
    const context = await newContext(browser);
    const p = await context.newPage();
    const errs = watchErrors(p);
    await openDataView(p, baseUrl());
    expect(await importThroughPicker(p, 'many.json', json(tinyDataset('many', { jurisdictions: 250 })))).toMatchObject({ state: 'done' });
    await p.goto(new URL('/?v=reader', baseUrl()).href);
    await p.locator('[data-testid=rc-row]').first().waitFor({ timeout: 30_000 });
    expect(await p.locator('[data-testid=rc-row]').count()).toBe(200);
    expect(await p.textContent('[data-testid=report-list]')).toContain('显示前 200 份,共 255 份');
    await p.fill('[data-testid=rc-search]', '测试区249');
    await p.waitForFunction(() => document.querySelectorAll('[data-testid=rc-row]').length === 1);
    // peers: the same level (区县 districts) — 250 imported places and the two bundled districts
    expect(await p.locator('[data-testid=rc-row]').textContent()).toContain('同级地区中位数');
    expect(errs).toEqual([]);
    await context.close();
  });

  it('at 390 px the page does not scroll sideways: the table scrolls in its own box', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openList();
    const [page_, inner, outer] = await page.evaluate(() => {
      const wrap = document.querySelector('[data-testid=rc-table-wrap]')!;
      return [document.documentElement.scrollWidth, wrap.scrollWidth, wrap.clientWidth];
    });
    expect(page_).toBeLessThanOrEqual(390);
    expect(inner).toBeGreaterThan(outer);
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(errors).toEqual([]);
  });
});
