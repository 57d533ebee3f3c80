/**
 * The compare view compares what can be compared, in real Chromium: on the default view the automatic metrics are
 * those at least two chosen places report (few "not reported" slots, counted from the drawn chart options), the
 * figures of one place are listed under the charts and travel into the CSV; the metric picker says who reports what;
 * a year asked names the year a place has instead of a bare gap; the nearest year (±1) stands in and says so, also
 * in the exported image.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import Papa from 'papaparse';
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

interface Drawn {
  id: string;
  subtitle: string;
  labels: string[][];
  gaps: number;
  slots: number;
}
/** Every chart's bars from its ECharts option: label texts per series, and how many slots are gaps. */
const drawn = (): Promise<Drawn[]> =>
  page.evaluate(() => {
    type Item = { notReported?: boolean; label?: { formatter?: string } };
    type Chart = { getOption: () => { series: { data: Item[] }[]; title: { subtext?: string }[] } };
    return [...(window as unknown as { __rolCharts: Map<string, Chart> }).__rolCharts.entries()]
      .filter(([id]) => id.startsWith('compare-'))
      .map(([id, c]) => {
        const o = c.getOption();
        const items = o.series.flatMap((s) => s.data);
        return {
          id,
          subtitle: o.title[0]?.subtext ?? '',
          labels: o.series.map((s) => s.data.map((d) => d.label?.formatter ?? '')),
          gaps: items.filter((d) => d.notReported).length,
          slots: items.length,
        };
      });
  });

async function download(click: () => Promise<void>): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const chunks: Buffer[] = [];
  for await (const c of await (d as Download).createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
const rowsOf = (sel: string) => page.$$eval(`${sel} tbody tr`, (trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));

describe('the default view compares what can be compared (real Chromium)', () => {
  it('draws the indicators at least two places report: at most one slot in five is a gap', async () => {
    await go('/?lang=zh', 2);
    const charts = await drawn();
    const slots = charts.reduce((n, c) => n + c.slots, 0);
    const gaps = charts.reduce((n, c) => n + c.gaps, 0);
    console.info(`default view: ${gaps} of ${slots} drawn slots are gaps`);
    expect(slots).toBeGreaterThan(0);
    expect(gaps * 5).toBeLessThanOrEqual(slots);
    expect(charts.map((c) => c.id).sort()).toEqual(['compare-licensing|个', 'compare-reconsideration|件']);
    // a place that reports none of a chart's indicators is named, not drawn as a row of gaps
    expect(await page.getByTestId('panel-note').allTextContents()).toEqual(['武进未报告本图任何指标,未列入本图。', '苏州工业园区未报告本图任何指标,未列入本图。']);
  });

  it('lists the figures one place reports under the charts, with marks, years and the link to the sentence', async () => {
    const section = page.getByTestId('single-reporter');
    expect(await section.locator('h3').textContent()).toBe('仅一地报告的数字');
    const rows = await rowsOf('[data-testid=single-reporter]');
    expect(rows).toContain('武进 调解成功矛盾纠纷数 ≥1.5万件 2022 查看原文');
    expect(rows).toContain('吕梁 行政复议受理率 77.35%* (推算) 2023 查看原文');
    expect(rows.some((r) => r.startsWith('苏州工业园区 行政争议实质性化解率 44.44%†'))).toBe(true);
    // nothing listed there is drawn
    expect((await drawn()).map((c) => c.id)).not.toContain('compare-mediation|件');
    await section.getByRole('button', { name: '查看原文' }).first().click();
    await page.waitForURL(/v=reader/);
    expect(page.url()).toContain('r=wujin-2022');
    await page.locator('[data-testid=reader-highlight]').waitFor();
    const passage = await page.$$eval('[data-testid=reader-text] mark.quote, [data-testid=reader-text] mark.figure', (els) => els.map((e) => e.textContent).join(''));
    expect(passage).toContain('1.5万件');
  });

  it('puts those figures into the view’s CSV, after the charts’ rows', async () => {
    await go('/?lang=zh', 2);
    const bytes = await download(() => page.getByTestId('export-csv').click());
    const [header, ...rows] = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    const col = (n: string) => header!.indexOf(n);
    const settled = rows.find((r) => r[col('指标代码')] === 'mediation.disputes_settled');
    expect(settled?.[col('地区')]).toBe('武进');
    expect(settled?.[col('显示值')]).toBe('≥1.5万件');
    expect(settled?.[col('原文')]?.replace(/^'/, '')).toContain('1.5万件');
    const rate = rows.find((r) => r[col('指标代码')] === 'reconsideration.acceptance_rate');
    expect(rate?.[col('显示值')]).toBe('77.35%*');
    expect(rows.filter((r) => r[col('显示值')] === '未报告')).toHaveLength(0);
  });

  it('says in the metric picker how many of the chosen places report each indicator, most first', async () => {
    await page.locator('summary', { hasText: '指标' }).first().click();
    const reconsideration = await page.$$eval('.metric-picker fieldset', (fs) => {
      const f = fs.find((x) => x.querySelector('legend')?.textContent === '行政复议')!;
      return [...f.querySelectorAll('label')].map((l) => [l.querySelector('input')!.getAttribute('data-metric'), l.querySelector('[data-coverage]')!.textContent, l.querySelector('input')!.checked]);
    });
    expect(reconsideration[0]).toEqual(['reconsideration.disputes_resolved', '2/3 地区', true]);
    expect(reconsideration.slice(1).every(([, c, checked]) => c === '1/3 地区' && checked === false)).toBe(true);
    expect(await page.locator('input[data-metric="mediation.disputes_settled"] + span').textContent()).toBe('1/3 地区');
    // the areas say how many comparable indicators they have
    expect(await page.locator('label:has-text("行政复议") [data-comparable]').first().textContent()).toContain('1项可比');
  });

  it('draws an explicit choice as asked, gaps included', async () => {
    await go('/?lang=zh&c=mediation&m=mediation.disputes_settled,mediation.disputes_mediated', 1);
    const [chart] = await drawn();
    expect(chart!.slots).toBe(6);
    expect(chart!.gaps).toBe(4);
    expect(await page.getByTestId('single-reporter').count()).toBe(1);
  });

  it('says so when no indicator is reported by two places, and shows the table', async () => {
    await go('/?lang=zh&c=mediation', 0);
    await page.getByTestId('nothing-comparable').waitFor();
    expect(await page.locator('[data-chart-id]').count()).toBe(0);
    expect((await rowsOf('[data-testid=single-reporter]')).length).toBeGreaterThan(3);
  });
});

describe('years, honestly (real Chromium)', () => {
  it('with a year and the same year only, a place with another year says which, and one year gives no warning', async () => {
    await go('/?lang=zh&y=2022&same=1', 2);
    const charts = await drawn();
    const reconsideration = charts.find((c) => c.id === 'compare-reconsideration|件')!;
    expect(reconsideration.labels).toEqual([['32\n2022年'], ['2022年无数据(有2023年)']]);
    expect(await page.locator('.panel .warn').count()).toBe(0);
    await go('/?lang=en&y=2022&same=1', 2);
    expect((await drawn()).find((c) => c.id === 'compare-reconsideration|件')!.labels[1]).toEqual(['no 2022 figure (2023 available)']);
  });

  it('the nearest year (±1) stands in with its own year; the subtitle, the warning and the exported image say so', async () => {
    await go('/?lang=zh&y=2022&near=1', 2);
    const reconsideration = (await drawn()).find((c) => c.id === 'compare-reconsideration|件')!;
    expect(reconsideration.labels).toEqual([['32\n2022年'], ['93†\n2023年']]);
    expect(reconsideration.subtitle).toContain('含相邻年份(±1)的数字');
    const panel = page.locator('article', { has: page.locator('[data-chart-id="compare-reconsideration|件"]') });
    expect(await panel.locator('.warn').textContent()).toContain('2022、2023');
    const svg = (await download(() => panel.getByTestId('export-svg').click())).toString('utf8');
    const texts = await page.evaluate((s) => [...new DOMParser().parseFromString(s, 'image/svg+xml').getElementsByTagName('text')].map((t) => t.textContent ?? '').join(''), svg);
    expect(texts).toContain('含相邻年份(±1)的数字:所选2022年无数据时');
    expect(texts).toContain('吕梁 · 行政争议实质性化解数 · 2023年');
  });

  it('the two options exclude each other, and the nearest year needs a year', async () => {
    const near = page.getByTestId('near-year');
    const same = page.getByRole('checkbox', { name: '仅同一年份' });
    expect(await near.isChecked()).toBe(true);
    await same.check();
    await page.waitForURL((u) => u.searchParams.get('same') === '1');
    expect(page.url()).not.toContain('near=1');
    expect(await near.isChecked()).toBe(false);
    await near.check();
    await page.waitForURL((u) => u.searchParams.get('near') === '1');
    expect(page.url()).not.toContain('same=1');
    await page.getByRole('combobox', { name: '年份' }).selectOption('');
    await page.waitForURL((u) => !u.searchParams.has('y'));
    expect(await near.isDisabled()).toBe(true);
    expect(page.url()).not.toContain('near=1');
    expect(errors).toEqual([]);
  });
});
