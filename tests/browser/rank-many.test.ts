/**
 * Where a place stands among many, in real Chromium: 120 real places (the generator draws them from the
 * gazetteer) with one count each. A long ranking marks the places chosen in the compare view (their bars again in
 * their colour, a line naming each with its rank, a legend), zooms to a range of ranks, and its table finds a
 * place with the places just above and below, with percentiles. Expectations come from the generated data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, chartsFinished, openApp } from './browser';
import { importThroughPicker, json, openDataView } from '../fixtures/browser-data';
import { generateDataset } from '../../scripts/lib/synth/generate';
import { MARK_COLOR } from '../../src/charts/rank-option';

const { dataset } = generateDataset({ jurisdictions: 120, years: 1, metrics: 1, seed: 7 });
const METRIC = dataset.metrics[0]!.id;
const valueOf = new Map(dataset.observations.map((o) => [dataset.reports.find((r) => r.id === o.report)!.jurisdiction, o.value]));

let browser: Browser;
let page: Page;
let errors: string[];
let total = 0;

beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
  await openDataView(page, baseUrl(), 'zh');
  expect(await importThroughPicker(page, 'many.json', json(dataset))).toMatchObject({ state: 'done' });
});
afterAll(async () => {
  await browser?.close();
});

type Series = { name?: string; data: unknown; markLine?: { data: { xAxis: number }[] }; itemStyle?: { color?: string } };
type Opt = { xAxis: { data: string[] }[]; series: Series[]; dataZoom?: unknown[]; legend?: { data?: unknown[] }[] };
const optionOf = (id: string) =>
  page.evaluate((chartId) => (window as unknown as { __rolCharts: Map<string, { getOption: () => Opt }> }).__rolCharts.get(chartId)!.getOption(), id);

describe('a long ranking (real Chromium)', () => {
  // two of the generated places (stored under their own ids, or joined to a bundled place of the same code)
  const picked = [dataset.jurisdictions[10]!, dataset.jurisdictions[90]!];

  it('marks the places chosen to compare: bars in their colour, a line at each named with its rank, a legend; zoom by rank', async () => {
    await page.goto(new URL(`/?v=rank&lang=zh&rm=${METRIC}&j=${picked.map((j) => j.id).join(',')}`, baseUrl()).href);
    await chartsFinished(page, 1);
    const o = await optionOf(`rank-${METRIC}`);
    const axis = o.xAxis[0]!.data;
    expect(axis.length).toBeGreaterThan(40); // large mode
    const chosen = o.series.find((s) => s.name === '所选地区')!;
    expect(chosen.itemStyle?.color).toBe(MARK_COLOR);
    // the lines stand at the bars of the chosen places, whose axis labels carry their ranks
    const at = chosen.markLine!.data.map((d) => d.xAxis).sort((a, b) => a - b);
    const expectedAt = picked.map((j) => axis.findIndex((label) => label.endsWith(`. ${j.short.zh}`))).sort((a, b) => a - b);
    expect(at).toEqual(expectedAt);
    // the marked bars carry the chosen places' generated figures, and a place ranks after every larger figure
    const base = Object.values(o.series[0]!.data as Record<string, number>).filter((_, k) => k % 2 === 1);
    for (const j of picked) {
      const i = axis.findIndex((l) => l.endsWith(`. ${j.short.zh}`));
      expect(base[i]).toBe(valueOf.get(j.id));
      expect(Number(axis[i]!.split('.')[0])).toBe(base.filter((v) => v > base[i]!).length + 1);
    }
    total = axis.length;
    expect(o.dataZoom?.length).toBe(2);
    expect(o.legend?.length).toBe(1);
  });

  it('the table finds a place with the places just above and below, and their percentiles', async () => {
    await page.locator('details.data-table > summary').first().click();
    const target = picked[1]!;
    await page.getByTestId('rank-table-search').fill(target.short.zh);
    const rows = page.getByTestId('rank-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    const texts = await rows.allInnerTexts();
    const hit = texts.findIndex((t) => t.split('\t')[2] === target.short.zh);
    expect(hit).toBeGreaterThanOrEqual(0);
    const n = total;
    const rank = Number(texts[hit]!.split('\t')[0]!.split(' ')[0]);
    expect(Number(texts[hit]!.split('\t')[1])).toBe(Math.round((100 * (n - rank)) / (n - 1)));
    // neighbours: the rows around it are the ranks around it
    const ranks = texts.map((t) => Number(t.split('\t')[0]!.split(' ')[0]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(Math.min(...ranks)).toBeLessThan(rank + 1);
    expect(await page.getByTestId('rank-table').locator('tr.match').count()).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
  });
});
