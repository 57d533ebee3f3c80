/**
 * The profile radar in real Chromium, for every bundled place: drawn where the place shares at least three
 * metrics with a direction with other places, with one axis per area (or per metric when they fall in fewer than
 * three areas), each axis naming how many places report it and scoring the place's percentile among them; where
 * it is not drawn, the message says how many such metrics the place shares. Every expectation comes from
 * public/data/bundled.json, never typed in.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, chartsFinished, openApp } from './browser';

interface Bundled {
  jurisdictions: { id: string; short: { zh: string }; name: { zh: string } }[];
  metrics: { id: string; category: string; better: 'higher' | 'lower' | 'neutral'; specific?: boolean; name: { zh: string } }[];
  observations: { metric: string; report: string; period: number; value: number }[];
  reports: { id: string; jurisdiction: string }[];
}
const bundled = JSON.parse(readFileSync('public/data/bundled.json', 'utf8')) as Bundled;
const placeOf = new Map(bundled.reports.map((r) => [r.id, r.jurisdiction]));
const directed = bundled.metrics.filter((m) => m.better !== 'neutral' && !m.specific);

/** Per directed metric, each place's latest figure. */
const latest = new Map<string, Map<string, { period: number; value: number }>>();
for (const o of bundled.observations) {
  if (!directed.some((m) => m.id === o.metric)) continue;
  const byPlace = latest.get(o.metric) ?? new Map<string, { period: number; value: number }>();
  latest.set(o.metric, byPlace);
  const j = placeOf.get(o.report)!;
  const had = byPlace.get(j);
  if (!had || o.period > had.period) byPlace.set(j, o);
}

/** The place's percentile on a metric: (mid-rank − ½) / n × 100 in the metric's direction. */
function percentile(metric: string, place: string): number {
  const better = directed.find((m) => m.id === metric)!.better;
  const values = [...latest.get(metric)!.values()].map((x) => x.value);
  const mine = latest.get(metric)!.get(place)!.value;
  const worse = values.filter((v) => (better === 'lower' ? v > mine : v < mine)).length;
  const tied = values.filter((v) => v === mine).length;
  return (100 * (worse + (tied + 1) / 2 - 0.5)) / values.length;
}

/** The directed metrics a place shares with at least one other place. */
const shared = (place: string) => directed.filter((m) => latest.get(m.id)?.has(place) && latest.get(m.id)!.size >= 2);

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
});
afterAll(async () => {
  await browser?.close();
});

type Opt = { radar: { indicator: { name: string }[] }[]; series: { data: { value: number[] }[] }[] };
const radarOption = () =>
  page.evaluate(() => (window as unknown as { __rolCharts: Map<string, { getOption: () => Opt }> }).__rolCharts.get('profile-radar')!.getOption());

describe('the profile radar (real Chromium)', () => {
  // the bundled data has places on both sides of the line
  it('the bundled data has places with and without three shared directed metrics', () => {
    const counts = bundled.jurisdictions.map((j) => shared(j.id).length);
    expect(counts.some((n) => n >= 3)).toBe(true);
    expect(counts.some((n) => n > 0 && n < 3)).toBe(true);
  });

  for (const j of bundled.jurisdictions) {
    it(`${j.short.zh}: radar or the reason, as the data implies`, async () => {
      const metrics = shared(j.id);
      await page.goto(new URL(`/?v=profile&lang=zh&p=${j.id}`, baseUrl()).href);
      if (metrics.length < 3) {
        await page.getByTestId('radar-empty').waitFor({ timeout: 30_000 });
        const text = await page.getByTestId('radar-empty').innerText();
        expect(text).toBe(metrics.length ? `${j.short.zh}与其他地区共有 ${metrics.length} 项有方向的指标,雷达图需要至少 3 项。` : '没有可与其他地区比较的有方向指标,无法绘制雷达图。');
        expect(await page.locator('[data-chart-id="profile-radar"]').count()).toBe(0);
        return;
      }
      await chartsFinished(page, 1);
      const o = await radarOption();
      const categories = [...new Set(metrics.map((m) => m.category))];
      const axes = categories.length >= 3
        ? categories.map((c) => metrics.filter((m) => m.category === c))
        : metrics.map((m) => [m]);
      const names = o.radar[0]!.indicator.map((i) => i.name);
      const values = o.series[0]!.data[0]!.value;
      expect(names.length).toBe(axes.length);
      // the axes' order is the app's (the order the place's figures come in): compare them as sets
      const want = axes.map((ms) => {
        const n = ms.map((m) => latest.get(m.id)!.size);
        const places = Math.min(...n) === Math.max(...n) ? `n=${n[0]}` : `n=${Math.min(...n)}–${Math.max(...n)}`;
        const score = ms.reduce((s, m) => s + percentile(m.id, j.id), 0) / ms.length;
        return { places, score: Math.round(score * 10) / 10, name: categories.length < 3 ? ms[0]!.name.zh : '' };
      });
      const got = names.map((name, i) => ({ name: name.replace(/\n/g, ''), score: values[i]! }));
      const key = (x: { score: number }) => `${x.score}`;
      const sortedWant = [...want].sort((a, b) => a.score - b.score || a.places.localeCompare(b.places));
      const sortedGot = [...got].sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
      expect(sortedGot.map(key)).toEqual(sortedWant.map(key));
      for (const w of want) expect(got.some((g) => g.score === w.score && g.name.includes(w.places) && g.name.includes(w.name))).toBe(true);
      for (const g of got) {
        // never the ends of the scale: a small gap is one step of the order
        expect(g.score).toBeGreaterThan(0);
        expect(g.score).toBeLessThan(100);
      }
    });
  }

  it('had no page errors', () => {
    expect(errors).toEqual([]);
  });
});
