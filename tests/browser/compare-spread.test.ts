/**
 * Where each compared place falls among all places, in real Chromium: on an indicator three bundled places report,
 * the compare chart draws the middle half and the median of all places behind the bars, and says each place's
 * percentile; the figures come from public/data/bundled.json (never typed in here).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, chartsFinished, openApp } from './browser';
import { distributionOf } from '../../src/model/distribution';

interface Bundled {
  observations: { metric: string; value: number; report: string; period: number }[];
  reports: { id: string; jurisdiction: string }[];
}
const bundled = JSON.parse(readFileSync('public/data/bundled.json', 'utf8')) as Bundled;
const METRIC = 'litigation.head_appearance_rate';
const latest = new Map<string, { value: number; period: number }>();
for (const o of bundled.observations) {
  if (o.metric !== METRIC) continue;
  const j = bundled.reports.find((r) => r.id === o.report)!.jurisdiction;
  const had = latest.get(j);
  if (!had || o.period > had.period) latest.set(j, o);
}
const places = [...latest.keys()];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openApp());
});
afterAll(async () => {
  await browser?.close();
});

describe('the compared places against all places (real Chromium)', () => {
  it('draws the middle half and the median of all places behind the bars, and says each place’s percentile', async () => {
    expect(places.length).toBeGreaterThanOrEqual(3);
    const dist = distributionOf([...latest.values()].map((x) => x.value))!;
    await page.goto(new URL(`/?lang=zh&j=${places.join(',')}&c=litigation&m=${METRIC}`, baseUrl()).href);
    await chartsFinished(page, 1);
    await page.getByTestId('spread-note').waitFor();
    const note = await page.getByTestId('spread-note').innerText();
    expect(note).toContain(`全部 ${places.length} 个地区中位数`);
    expect(note).toMatch(/第 \d+ 百分位/);
    const marks = await page.evaluate(() => {
      type Opt = { series: { markArea?: { data: { yAxis: number }[][] } }[] };
      const [, chart] = [...(window as unknown as { __rolCharts: Map<string, { getOption: () => Opt }> }).__rolCharts][0]!;
      return chart.getOption().series[0]!.markArea!.data.map((pair) => pair.map((p) => p.yAxis));
    });
    expect(marks[0]![0]).toBeCloseTo(dist.q1, 9);
    expect(marks[0]![1]).toBeCloseTo(dist.q3, 9);
    expect(marks[1]![0]).toBeCloseTo(dist.median, 9);
  });
});
