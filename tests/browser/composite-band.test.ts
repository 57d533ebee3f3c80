/**
 * A large composite in real Chromium (800 generated places, 4 of their metrics, a 500-draw stability band): the chart is
 * drawn from the base ranking at once and the band follows in parts. While it is computed the panel says so
 * (`data-band=pending`) and offers no export; once it is there every place's band holds its rank, some are wider
 * than the rank, and the export menu is offered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, openApp } from './browser';
import { importThroughPicker, json, openDataView } from '../fixtures/browser-data';
import { generateDataset } from '../../scripts/lib/synth/generate';

const { dataset } = generateDataset({ jurisdictions: 800, years: 1, metrics: 12, seed: 11 });
// as the benchmark picks them: the metrics with a direction first, then the others (none report-specific)
const ranked = dataset.metrics.filter((m) => !m.specific);
const metrics = [...ranked.filter((m) => m.better !== 'neutral'), ...ranked.filter((m) => m.better === 'neutral')].map((m) => m.id).slice(0, 4);

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
  await openDataView(page, baseUrl(), 'zh');
  expect(await importThroughPicker(page, 'large-composite.json', json(dataset))).toMatchObject({ state: 'done' });
});
afterAll(async () => {
  await browser?.close();
});

type Opt = { xAxis: { data: string[] }[]; series: { label: { formatter: unknown } }[] };

describe('a large composite (real Chromium)', () => {
  it('draws the ranking first, says the band is computed, then shows it with the export menu', async () => {
    expect(metrics.length).toBe(4);
    // what the panel said, in order, and whether an export was offered at the time
    await page.addInitScript(() => {
      const seen: [string, boolean][] = [];
      (window as unknown as { __bandSeen: typeof seen }).__bandSeen = seen;
      new MutationObserver(() => {
        const panel = document.querySelector<HTMLElement>('[data-testid=composite]');
        const state = panel?.dataset.band;
        if (state && seen[seen.length - 1]?.[0] !== state) seen.push([state, !!panel.querySelector('.export-menu')]);
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-band'] });
    });
    await page.goto(new URL(`/?v=rank&lang=zh&w=${metrics.map((m) => `${m}~1`).join(',')}`, baseUrl()).href);
    await page.waitForSelector('[data-testid=composite][data-band=done]', { timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { __bandSeen: [string, boolean][] }).__bandSeen);
    expect(seen[0]).toEqual(['pending', false]);
    expect(seen[seen.length - 1]![0]).toBe('done');
    await page.locator('[data-testid=composite] .export-menu').waitFor();
    // the band of every place holds its rank; the draws move some places
    await page.locator('[data-testid=composite] details', { has: page.locator('summary') }).filter({ hasText: '数据表' }).last().locator('summary').click();
    await page.getByTestId('composite-table').waitFor();
    const rows = await page.$$eval('[data-testid=composite-table] tbody:first-of-type tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    expect(rows.length).toBeGreaterThan(100);
    const bands = rows.map((r) => [Number(r[0]), ...r[4]!.split('–').map(Number)] as [number, number, number]);
    expect(bands.every(([rank, lo, hi]) => lo <= rank && rank <= hi)).toBe(true);
    expect(bands.some(([, lo, hi]) => hi > lo)).toBe(true);
    const o = await page.evaluate(() => (window as unknown as { __rolCharts: Map<string, { getOption: () => Opt }> }).__rolCharts.get('composite')!.getOption());
    // the chart holds every ranked place, the table its first 500
    expect(rows.length).toBe(Math.min(500, o.xAxis[0]!.data.length));
    expect(errors).toEqual([]);
  });
});
