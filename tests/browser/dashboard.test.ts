/** The dashboard in a real browser: default comparison, deep link, ranking with changed weights, bar → source, language. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, chartsFinished, openApp } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
});
afterAll(async () => {
  await browser?.close();
});

const go = async (query: string, charts = 1) => {
  await page.goto(new URL(query, baseUrl()).href);
  if (charts) await chartsFinished(page, charts);
};
const tableText = (sel: string) => page.$$eval(`${sel} tr`, (rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));

describe('the dashboard', () => {
  it('default comparison: periods, lower bounds and "not reported" in the data behind the charts', async () => {
    // the default view draws the indicators two places report; the figures of one place are in the table under the charts
    await go('/', 2);
    const rows = await page.$$eval('.data-table tr', (rs) => rs.map((r) => r.textContent ?? ''));
    expect(rows.some((r) => r.includes('武进') && r.includes('≥1.5万件') && r.includes('2022'))).toBe(true);
    expect(rows.some((r) => r.includes('吕梁') && r.includes('≥1.3万件') && r.includes('2023'))).toBe(true);
    // an indicator picked is drawn for every place, "not reported" included
    await go('/?c=mediation&m=mediation.disputes_settled,mediation.disputes_mediated', 1);
    const picked = await page.$$eval('.data-table tr', (rs) => rs.map((r) => r.textContent ?? ''));
    expect(picked.some((r) => r.includes('园区') && r.includes('未报告'))).toBe(true);
    // a derived figure is marked as such
    await go('/?c=reconsideration&m=reconsideration.acceptance_rate', 1);
    const derived = await page.$$eval('.data-table tr', (rs) => rs.map((r) => r.textContent ?? ''));
    expect(derived.some((r) => r.includes('吕梁') && r.includes('77.35%') && r.includes('推算'))).toBe(true);
  });

  it('shows the data-quality note next to a figure whose sentence is damaged', async () => {
    await go('/?j=sx.lvliang&c=hotline&m=hotline.on_time_conclusion_rate', 1);
    await page.click('.data-table summary');
    expect(await page.textContent('[data-testid=quality-note]')).toContain('百分号重复');
  });

  it('a deep link reproduces the exact view, in English, and Back/Forward walk the history', async () => {
    // 武进 states the disputes settled (成功调处), 江干 the disputes mediated: two indicators, one chart (same unit)
    await go('/?lang=en&j=js.changzhou.wujin,zj.hangzhou.jianggan&c=mediation&m=mediation.disputes_mediated,mediation.disputes_settled,mediation.success_rate', 2);
    expect(await page.textContent('nav')).toContain('Compare');
    const labels = await page.$$eval('[data-chart-id]', (els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels).toHaveLength(2);
    for (const l of labels) expect(l).toMatch(/^Mediation.*Wujin · Jianggan/);
    const rows = await page.$$eval('.data-table tr', (rs) => rs.map((r) => r.textContent ?? ''));
    expect(rows.some((r) => r.includes('Wujin') && r.includes('≥15,000 cases'))).toBe(true);
    expect(rows.some((r) => r.includes('Jianggan') && r.includes('6,068 cases'))).toBe(true);
    expect(rows.some((r) => r.includes('Wujin') && r.includes('not reported'))).toBe(true);

    await page.getByRole('checkbox', { name: 'Lüliang' }).check();
    await page.waitForURL(/sx\.lvliang/);
    await chartsFinished(page, 2);
    expect(await page.$$eval('[data-chart-id]', (els) => els.every((e) => (e.getAttribute('aria-label') ?? '').includes('Lüliang')))).toBe(true);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('sx.lvliang'));
    await chartsFinished(page, 2);
    expect(await page.$$eval('[data-chart-id]', (els) => els.some((e) => (e.getAttribute('aria-label') ?? '').includes('Lüliang')))).toBe(false);
    await page.goForward();
    await page.waitForURL(/sx\.lvliang/);
  });

  it('ranking: competition ranks, and the composite order follows changed weights', async () => {
    await go('/?v=rank&rm=litigation.head_appearance_rate', 1);
    const single = await tableText('[data-testid=rank-table] tbody');
    // rank, percentile (three places: 100, 100, 0), place, figure
    expect(single[0]).toMatch(/^1 \(并列\) 100 /);
    expect(single[1]).toMatch(/^1 \(并列\) 100 /);
    expect(single[2]).toMatch(/^3 0 江干 98.88%/);

    await go('/?v=rank&w=mediation.success_rate~3,litigation.head_appearance_rate~1&miss=exclude', 2);
    const first = await tableText('[data-testid=composite-table] tbody');
    expect(first[0]).toMatch(/^1 江干 75/);
    expect(first[1]).toMatch(/^2 吕梁 25/);
    await page.fill('input[data-weight="mediation.success_rate"]', '0.5');
    await page.waitForURL(/mediation\.success_rate(~|%7E)0\.5/);
    await page.waitForFunction(() => document.querySelector('[data-testid=composite-table] tbody tr')?.textContent?.includes('吕梁'));
    const after = await tableText('[data-testid=composite-table] tbody');
    expect(after[0]).toMatch(/^1 吕梁/);
    // the stability band is shown for every row
    for (const r of after) expect(r).toMatch(/\d+–\d+$/);
  });

  it('a link made before the indicator catalogue opens the indicator its old metric id names', async () => {
    await page.goto(new URL('/?v=rank&lang=en&rm=litigation.cases', baseUrl()).href);
    await page.waitForURL(/rm=litigation\.cases_handled/);
    await page.waitForSelector('[data-chart-id="rank-litigation.cases_handled"][data-chart-state=finished]');
    const rows = await page.$$eval('[data-testid=rank-table] tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows.some((r) => r.includes('Lüliang') && r.includes('230'))).toBe(true);
  });

  it('clicking a bar opens the report reader at its sentence', async () => {
    await go('/?j=js.changzhou.wujin,sx.lvliang&c=mediation&m=mediation.disputes_mediated', 1);
    const point = await page.evaluate(() => {
      type Layout = { x: number; y: number; width: number; height: number };
      type Chart = { getModel: () => { getSeriesByIndex: (i: number) => { getData: () => { getItemLayout: (i: number) => Layout } } } };
      const charts = (window as unknown as { __rolCharts: Map<string, Chart> }).__rolCharts;
      const [id, chart] = [...charts][0]!;
      // series 1 = 吕梁, item 0 = the only metric: the middle of its bar
      const bar = chart.getModel().getSeriesByIndex(1).getData().getItemLayout(0);
      const box = document.querySelector(`[data-chart-id="${id}"]`)!.getBoundingClientRect();
      return { x: box.left + bar.x + bar.width / 2, y: box.top + bar.y + bar.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/v=reader/);
    const mark = page.locator('[data-testid=reader-highlight]');
    await mark.waitFor();
    const passage = await page.$$eval('[data-testid=reader-text] mark.quote, [data-testid=reader-text] mark.figure', (els) =>
      els.map((e) => e.textContent).join(''),
    );
    expect(passage).toContain('13000余件');
    expect(await page.textContent('[data-testid=reader-figure]')).toBe('13000余件');
    expect(await page.textContent('h3')).toContain('呂梁市2023年');
  });

  it('switches the whole UI and the number format between Chinese and English', async () => {
    await go('/', 2);
    expect(await page.textContent('h1')).toBe('法治政府建设对比看板');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.waitForURL(/lang=en/);
    await chartsFinished(page, 2);
    expect(await page.textContent('h1')).toBe('Rule-of-law government dashboard');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const rows = await page.$$eval('.data-table tr', (rs) => rs.map((r) => r.textContent ?? ''));
    expect(rows.some((r) => r.includes('Wujin') && r.includes('≥15,000 cases'))).toBe(true);
    expect(rows.join('')).not.toMatch(/[万]件/);
    expect(errors).toEqual([]);
  });
});
