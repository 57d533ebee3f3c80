/**
 * The composite's guards in real Chromium, with 使用建议指标 on the bundled data: a place under the minimum
 * coverage (default half of the chosen metrics) is listed apart as 数据不足, never ranked or drawn; ranked places
 * under two thirds and mixed years are warned of; 排除有缺失 and a minimum nobody reaches say why nothing is ranked;
 * with no minimum, a place ranked first on one metric alone gets a band down to the last rank; the tier header reads
 * 梯队. Every expectation comes from public/data/bundled.json (which places report which of the chosen metrics, and
 * in which years), never typed in.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, chartsFinished, openApp } from './browser';

interface Bundled {
  jurisdictions: { id: string; short: { zh: string } }[];
  observations: { metric: string; report: string; period: number }[];
  reports: { id: string; jurisdiction: string }[];
}
const bundled = JSON.parse(readFileSync('public/data/bundled.json', 'utf8')) as Bundled;
const short = (id: string) => bundled.jurisdictions.find((j) => j.id === id)!.short.zh;
const placeOf = new Map(bundled.reports.map((r) => [r.id, r.jurisdiction]));

/** Per place, the chosen metrics it reports and the latest year of each. */
function reported(metrics: readonly string[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>(bundled.jurisdictions.map((j) => [j.id, new Map()]));
  for (const o of bundled.observations) {
    if (!metrics.includes(o.metric)) continue;
    const byMetric = out.get(placeOf.get(o.report)!)!;
    byMetric.set(o.metric, Math.max(byMetric.get(o.metric) ?? -Infinity, o.period));
  }
  return out;
}

let browser: Browser;
let page: Page;
let errors: string[];
let metrics: string[];
let reports: Map<string, Map<string, number>>;

beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
});
afterAll(async () => {
  await browser?.close();
});

type Opt = { xAxis: { data: string[] }[] };
const chartNames = () =>
  page.evaluate(() => (window as unknown as { __rolCharts: Map<string, { getOption: () => Opt }> }).__rolCharts.get('composite')!.getOption().xAxis[0]!.data);
const tableRows = async () => {
  const table = page.getByTestId('composite-table');
  if (!(await table.count())) await page.locator('details', { has: page.locator('summary') }).filter({ hasText: '数据表' }).last().locator('summary').click();
  await page.getByTestId('composite-table').waitFor();
  return page.$$eval('[data-testid=composite-table] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
};
const panel = () => page.locator('article', { has: page.locator('#composite-h') });

describe('composite guards (real Chromium)', () => {
  it('使用建议指标: a place under half the metrics is 数据不足, never ranked first or drawn', async () => {
    await page.goto(new URL('/?v=rank&lang=zh', baseUrl()).href);
    await page.getByRole('button', { name: '使用建议指标' }).click();
    await page.waitForSelector('[data-chart-id="composite"][data-chart-state=finished]', { timeout: 30_000 });
    await expect.poll(() => new URL(page.url()).searchParams.get('w')).not.toBeNull();
    metrics = (new URL(page.url()).searchParams.get('w') ?? '').split(',').map((x) => x.split('~')[0]!);
    expect(metrics.length).toBeGreaterThanOrEqual(3);
    reports = reported(metrics);
    const n = metrics.length;
    const ranked = [...reports].filter(([, m]) => m.size / n >= 0.5).map(([id]) => id);
    const short_ = [...reports].filter(([, m]) => m.size > 0 && m.size / n < 0.5).map(([id]) => id);
    // the bundled data has places on one metric alone (the case the minimum is for)
    expect([...reports.values()].some((m) => m.size === 1)).toBe(true);
    expect(short_.length).toBeGreaterThan(0);
    expect(await page.getByTestId('composite-min-coverage').inputValue()).toBe('50');

    const names = await chartNames();
    expect([...names].sort()).toEqual(ranked.map(short).sort());
    for (const id of short_) expect(names).not.toContain(short(id));
    const rows = await tableRows();
    const first = bundled.jurisdictions.find((j) => short(j.id) === rows[0]![1])!.id;
    expect(reports.get(first)!.size).toBeGreaterThan(1);
    expect(rows[0]![3]).toContain(`${reports.get(first)!.size}/${n} 指标`);
    // listed apart, after the ranked places: no rank, 数据不足 for a score, their coverage
    const apart = rows.filter((r) => r[2] === '数据不足');
    expect(apart.map((r) => r[1]).sort()).toEqual(short_.map(short).sort());
    for (const r of apart) {
      const id = bundled.jurisdictions.find((j) => short(j.id) === r[1])!.id;
      expect(r[0]).toBe('—');
      expect(r[3]).toContain(`${reports.get(id)!.size}/${n} 指标`);
    }
    const note = await page.getByTestId('composite-insufficient-note').innerText();
    expect(note.startsWith('数据不足(覆盖率低于 50%),未参与排名:')).toBe(true);
    for (const id of short_) expect(note).toContain(`${short(id)}(${reports.get(id)!.size}/${n} 指标)`);
  });

  it('warns of ranked places under two thirds, and of the years mixed', async () => {
    const n = metrics.length;
    const ranked = [...reports].filter(([, m]) => m.size / n >= 0.5);
    const low = ranked.filter(([, m]) => m.size / n < 2 / 3);
    const warnings = (await page.getByTestId('composite-warning').allInnerTexts()).join('\n');
    if (low.length) {
      const lowest = Math.min(...low.map(([, m]) => m.size));
      expect(warnings).toContain(`注意:${low.length} 个参与排名的地区覆盖率低于三分之二,最低为 ${Math.round((lowest / n) * 100)}%(${lowest}/${n} 指标)`);
    } else expect(warnings).not.toContain('三分之二');
    const years = [...new Set(ranked.flatMap(([, m]) => [...m.values()]))].sort();
    if (years.length > 1) expect(warnings).toContain(`合成所用数字来自不同年份(${years.join('、')})`);
    else expect(warnings).not.toContain('不同年份');
  });

  it('with no minimum, a place first on one metric alone has a band down to the last rank', async () => {
    await page.getByTestId('composite-min-coverage').selectOption('0');
    await expect.poll(() => new URL(page.url()).searchParams.get('mc')).toBe('0');
    await expect.poll(async () => (await chartNames()).length).toBe([...reports.values()].filter((m) => m.size > 0).length);
    const rows = await tableRows();
    const loners = rows.filter((r) => r[3]!.includes(`1/${metrics.length} 指标`));
    expect(loners.length).toBeGreaterThan(0);
    for (const r of loners) expect(r[4]).toMatch(new RegExp(`–${rows.length}$`));
  });

  it('says why nothing is ranked: 排除有缺失, or a minimum nobody reaches', async () => {
    const n = metrics.length;
    expect([...reports.values()].every((m) => m.size < n)).toBe(true);
    await panel().getByLabel('缺失数据').selectOption('exclude');
    await expect.poll(() => page.getByTestId('composite-empty').count()).toBe(1);
    expect(await page.getByTestId('composite-empty').innerText()).toBe(`没有地区报告全部 ${n} 项指标,“排除有缺失的地区”不留任何地区;可改为“仅按已报告指标计分”并设定最低覆盖率。`);
    expect(await page.locator('[data-chart-id="composite"]').count()).toBe(0);
    await panel().getByLabel('缺失数据').selectOption('partial');
    await page.getByTestId('composite-min-coverage').selectOption('100');
    await expect.poll(() => page.getByTestId('composite-empty').count()).toBe(1);
    const best = Math.max(...[...reports.values()].map((m) => m.size));
    const text = await page.getByTestId('composite-empty').innerText();
    expect(text.startsWith('没有地区达到最低覆盖率 100%:覆盖率最高的')).toBe(true);
    expect(text.endsWith(`为 ${Math.round((best / n) * 100)}%(${best}/${n} 指标);可降低最低覆盖率。`)).toBe(true);
    expect(await page.locator('[data-chart-id="composite"]').count()).toBe(0);
  });

  it('the tier column reads 梯队 and its cells 第一梯队 …', async () => {
    await page.getByTestId('composite-min-coverage').selectOption('50');
    await panel().getByLabel('以梯队代替名次').check();
    await chartsFinished(page, 1);
    await page.getByTestId('composite-table').waitFor();
    expect(await page.locator('[data-testid=composite-table] thead th').first().innerText()).toBe('梯队');
    const rows = await tableRows();
    const tiers = rows.filter((r) => r[2] !== '数据不足').map((r) => r[0]);
    expect(tiers[0]).toBe('第一梯队');
    for (const t of tiers) expect(['第一梯队', '第二梯队', '第三梯队']).toContain(t);
    expect(errors).toEqual([]);
  });
});
