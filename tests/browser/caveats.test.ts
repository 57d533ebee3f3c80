/**
 * Caveats travel with the figure, in real Chromium: a dataset with caveated figures (one with hostile text) and
 * report-specific figures is imported, then the compare view marks the bar †, says why in the tooltip, the table
 * and the notes under the chart; the exported SVG and PNG carry the notes; the CSV has the caveats column; the
 * report-specific figures are listed apart, never drawn as bars; the rank and profile views show the caveats too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import Papa from 'papaparse';
import { baseUrl, chartsFinished, openApp } from './browser';
import { importThroughPicker, json, openDataView } from '../fixtures/browser-data';
import { caveatDataset } from '../fixtures/caveats';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
  await openDataView(page, baseUrl(), 'zh');
  expect((await importThroughPicker(page, 'cav.json', json(caveatDataset()))).state).toBe('done');
});
afterAll(async () => {
  await browser?.close();
});

const COMPARE = '/?v=compare&lang=zh&j=cav.j0,cav.j1,cav.j2&c=mediation';
const CUMULATIVE_LINE = '累计(自2019年): 自2019年起累计调解的纠纷,非当年数';
const EVIL_LINE = '部分口径: 仅含成功调处<img src=x onerror="window.__pwned=1">{a}|b';
const disputes = (): Locator => page.locator('article', { has: page.locator('[data-chart-id="compare-mediation|件"]') });

async function download(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const stream = await (d as Download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return { name: (d as Download).suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** The text of every <text> element of an SVG document, parsed in the page. */
const svgTexts = (svg: string): Promise<string[]> =>
  page.evaluate((text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('text')].map((t) => t.textContent ?? ''), svg);

/** Where bar `series` of the chart's only metric is on screen now. */
const barPoint = (chartId: string, series: number): Promise<{ x: number; y: number }> =>
  page.evaluate(
    ({ id, s }) => {
      type Layout = { x: number; y: number; width: number; height: number };
      type Chart = { getModel: () => { getSeriesByIndex: (i: number) => { getData: () => { getItemLayout: (i: number) => Layout } } } };
      const chart = (window as unknown as { __rolCharts: Map<string, Chart> }).__rolCharts.get(id)!;
      const bar = chart.getModel().getSeriesByIndex(s).getData().getItemLayout(0);
      const box = document.querySelector(`[data-chart-id="${id}"]`)!.getBoundingClientRect();
      return { x: box.left + bar.x + bar.width / 2, y: box.top + bar.y + bar.height / 2 };
    },
    { id: chartId, s: series },
  );

/**
 * Hovers bar `series` of the chart's only metric and returns the tooltip's text and HTML. The chart is scrolled into
 * view, and the bar's place is read again before each try: a notice or section drawn late can move the chart after
 * the first reading, and a pointer moved to where the bar was shows nothing.
 */
async function hoverBar(chartId: string, series: number): Promise<{ text: string; html: string }> {
  const chart = page.locator(`[data-chart-id="${chartId}"]`);
  await chart.scrollIntoViewIfNeeded();
  const tip = chart.locator('div[style*="z-index: 9999999"]');
  await expect
    .poll(
      async () => {
        const point = await barPoint(chartId, series);
        await page.mouse.move(1, 1);
        await page.mouse.move(point.x, point.y, { steps: 2 });
        await page.waitForTimeout(100);
        return (await tip.count()) > 0 && (await tip.first().isVisible());
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return { text: (await tip.first().textContent()) ?? '', html: await tip.first().innerHTML() };
}

describe('caveats in the compare view (real Chromium)', () => {
  it('marks the caveated bars †, and the tooltip says why, as text', async () => {
    await page.goto(new URL(COMPARE, baseUrl()).href);
    await chartsFinished(page, 1);
    const labels = await page.evaluate(() => {
      type Chart = { getOption: () => { series: { data: { label?: { formatter?: string } }[] }[] } };
      const chart = (window as unknown as { __rolCharts: Map<string, Chart> }).__rolCharts.get('compare-mediation|件')!;
      return chart.getOption().series.map((s) => s.data[0]?.label?.formatter ?? '');
    });
    expect(labels).toEqual(['100†\n2022年', '200†\n2022年', '300\n2022年']);
    const first = await hoverBar('compare-mediation|件', 0);
    expect(first.text).toContain('100件†');
    expect(first.text).toContain(`† ${CUMULATIVE_LINE}`);
    const second = await hoverBar('compare-mediation|件', 1);
    expect(second.text).toContain(`† ${EVIL_LINE}`);
    expect(second.html).not.toContain('<img');
    const third = await hoverBar('compare-mediation|件', 2);
    expect(third.text).not.toContain('†');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  });

  it('lists the caveats under the chart and under the value in its table', async () => {
    const list = await disputes().getByTestId('chart-caveats').innerText();
    expect(list).toContain('口径说明:标 † 的数字与指标定义不完全可比');
    expect(list).toContain(`† 测0 · 调解矛盾纠纷数 · 2022年: ${CUMULATIVE_LINE}`);
    expect(list).toContain(`† 测1 · 调解矛盾纠纷数 · 2022年: ${EVIL_LINE}`);
    await disputes().locator('.data-table summary').click();
    const rows = await disputes().locator('.data-table tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ')));
    expect(rows[0]).toContain('100件†');
    expect(rows[0]).toContain(`† ${CUMULATIVE_LINE}`);
    expect(rows[2]).not.toContain('†');
    expect(await disputes().locator('[data-testid=caveat-note]').count()).toBe(2);
  });

  it('lists the report-specific figures apart, with their source, and draws none of them', async () => {
    const section = page.getByTestId('specific-figures');
    expect(await section.locator('h3').textContent()).toBe('本报告特有数字');
    const rows = await section.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    expect(rows).toEqual(['测0 特有调解室0 3个 2022 查看原文', '测1 特有调解室1 4个 2022 查看原文', '测2 特有调解室2 5个 2022 查看原文']);
    const drawn = await page.evaluate(() => {
      type Chart = { getOption: () => { xAxis: { data: string[] }[] } };
      return [...(window as unknown as { __rolCharts: Map<string, Chart> }).__rolCharts.values()].flatMap((c) => c.getOption().xAxis[0]!.data);
    });
    expect(drawn.join()).not.toContain('特有');
    await page.locator('summary', { hasText: '指标' }).click();
    expect(await page.locator('input[data-metric="mediation.disputes_mediated"]').count()).toBe(1);
    expect(await page.locator('input[data-metric^="mediation.cav_specific"]').count()).toBe(0);
    await section.getByRole('button', { name: '查看原文' }).nth(1).click();
    await page.waitForURL(/v=reader/);
    expect(page.url()).toContain('r=cav.r1.2022');
    await page.locator('[data-testid=reader-highlight]').waitFor();
    const passage = await page.$$eval('[data-testid=reader-text] mark.quote, [data-testid=reader-text] mark.figure', (els) => els.map((e) => e.textContent).join(''));
    expect(passage).toBe('建成特有调解室4个');
  });
});

describe('caveats in the exports (real Chromium)', () => {
  beforeAll(async () => {
    await page.goto(new URL(COMPARE, baseUrl()).href);
    await chartsFinished(page, 1);
  });

  it('draws the key and each caveat into the exported SVG, as text', async () => {
    const { bytes } = await download(() => disputes().getByTestId('export-svg').click());
    const texts = await svgTexts(bytes.toString('utf8'));
    const all = texts.join('');
    expect(texts).toContain('100†');
    expect(all).toContain('口径说明:标 † 的数字与指标定义不完全可比');
    expect(all.replace(/\s+/g, '')).toContain(`†测0·调解矛盾纠纷数·2022年:${CUMULATIVE_LINE}`.replace(/\s+/g, ''));
    // rich-text syntax ({ } |) is taken out of chart text; HTML stays text
    expect(all.replace(/\s+/g, '')).toContain(EVIL_LINE.replace(/[{}|\s]+/g, ''));
    const injected = await page.evaluate((text) => {
      const all = [...new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('*')];
      return all.filter((e) => /^(img|script|foreignObject)$/i.test(e.localName) || [...e.attributes].some((a) => /^on/i.test(a.name))).length;
    }, bytes.toString('utf8'));
    expect(injected).toBe(0);
    // the notes come before the source line
    const at = (s: string) => texts.findIndex((t) => t.includes(s));
    expect(at('口径说明')).toBeLessThan(at('来源:'));
  });

  it('makes the PNG taller by the lines of the notes', async () => {
    const { bytes } = await download(() => disputes().getByTestId('export-png-1x').click());
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    // 560 px, 14 px for each footer line after the first: at least the key and two caveats above the source line
    expect(bytes.readUInt32BE(20)).toBeGreaterThanOrEqual(560 + 3 * 14);
  });

  it('writes the caveats column of the CSV: kind and note in the UI language, empty where there is none', async () => {
    const { bytes } = await download(() => page.getByTestId('export-csv').click());
    const [header, ...rows] = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    const col = (n: string) => header!.indexOf(n);
    expect(col('口径说明')).toBe(col('推算公式') + 1);
    const byId = new Map(rows.map((r) => [r[col('数字代码')], r]));
    expect(byId.get('cav.r0.2022.m')![col('口径说明')]).toBe(CUMULATIVE_LINE);
    expect(byId.get('cav.r0.2022.m')![col('显示值')]).toBe('100件†');
    expect(byId.get('cav.r1.2022.m')![col('口径说明')]).toBe(EVIL_LINE);
    expect(byId.get('cav.r2.2022.m')![col('口径说明')]).toBe('');
    expect(rows.some((r) => r[col('指标代码')]!.includes('cav_specific'))).toBe(false);
  });
});

describe('caveats in the rank and profile views (real Chromium)', () => {
  it('a ranking marks the caveated figures and lists why under the chart and in its table', async () => {
    await page.goto(new URL('/?v=rank&lang=zh&rm=mediation.disputes_mediated', baseUrl()).href);
    await chartsFinished(page, 1);
    const panel = page.locator('article', { has: page.locator('[data-chart-id="rank-mediation.disputes_mediated"]') });
    expect(await panel.getByTestId('chart-caveats').innerText()).toContain(`测0 · 调解矛盾纠纷数 · 2022年: ${CUMULATIVE_LINE}`);
    const table = await panel.getByTestId('rank-table').innerText();
    expect(table).toContain('100件†');
    expect(table).toContain(`† ${CUMULATIVE_LINE}`);
    expect(await page.locator('select[aria-label="指标"] option[value^="mediation.cav_specific"]').count()).toBe(0);
  });

  it('a profile shows the caveat under the figure and its report-specific figure apart', async () => {
    await page.goto(new URL('/?v=profile&lang=zh&p=cav.j0', baseUrl()).href);
    await page.getByTestId('specific-figures').waitFor();
    const specific = await page.getByTestId('specific-figures').locator('tbody').innerText();
    expect(specific.replace(/\s+/g, ' ').trim()).toBe('特有调解室0 3个 2022 查看原文');
    const mediation = page.locator('details', { has: page.locator('summary', { hasText: '矛盾纠纷调解' }) });
    const figures = await mediation.innerText();
    expect(figures).toContain('100件†');
    expect(figures).toContain(`† ${CUMULATIVE_LINE}`);
    expect(figures).not.toContain('特有调解室');
    expect(errors).toEqual([]);
  });
});
