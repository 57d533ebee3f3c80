/**
 * The profile draws the charts on or near the screen in the commit that shows it, and puts the others off until
 * they come near the screen or the page is idle (src/charts/echart/draw-queue.ts), in real Chromium, with a
 * generated dataset of 600 places (so many time charts, and the search box instead of a list of places):
 * - a chart the queue put off says "waiting", and only charts more than a screen below the viewport ever wait; the
 *   charts within a screen below it never do;
 * - every chart is drawn in the end without scrolling (tests, print and screen readers see them all), at the size
 *   of its box, and follows its box when the window narrows;
 * - a chart far down the page is drawn, with ink on it, when scrolled to;
 * - the ZIP of the view holds an image of every chart, drawn on the page yet or not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { baseUrl, chartsFinished, launch, newContext, watchErrors } from './browser';
import { importThroughPicker, json, openDataView } from '../fixtures/browser-data';
import { generateDataset } from '../../scripts/lib/synth/generate';

const { dataset } = generateDataset({ jurisdictions: 600, years: 4, metrics: 12, seed: 7, lastYear: 2023 });
const PLACE = dataset.jurisdictions[0]!.id;

/** Every chart's data-chart-state values in order, recorded from the first script of every page. */
const RECORD_STATES = `(() => {
  const states = (window.__chartStates = {});
  const note = (el) => {
    const id = el.getAttribute('data-chart-id');
    const s = el.getAttribute('data-chart-state');
    if (!id || !s) return;
    const list = (states[id] ??= []);
    if (list[list.length - 1] !== s) list.push(s);
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') note(r.target);
      else for (const n of r.addedNodes) if (n.nodeType === 1) { if (n.matches('[data-chart-id]')) note(n); n.querySelectorAll('[data-chart-id]').forEach(note); }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-chart-state'] });
})();`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  context = await newContext(browser);
  await context.addInitScript({ content: RECORD_STATES });
  page = await context.newPage();
  errors = watchErrors(page);
  await openDataView(page, baseUrl(), 'zh');
  expect(await importThroughPicker(page, 'many-places.json', json(dataset))).toMatchObject({ state: 'done' });
});
afterAll(async () => {
  await browser?.close();
});

interface ChartPlace {
  id: string;
  top: number;
  boxWidth: number;
  canvasWidth: number;
}

/** Each chart's place on the page (top from the top of the document) and its width and its canvas's, at rest. */
const chartPlaces = (p: Page): Promise<ChartPlace[]> =>
  p.$$eval('[data-chart-id]', (els) =>
    els.map((el) => {
      const host = el.firstElementChild as HTMLElement;
      const canvas = el.querySelector('canvas');
      return {
        id: el.getAttribute('data-chart-id') ?? '',
        top: el.getBoundingClientRect().top + window.scrollY,
        boxWidth: host.clientWidth,
        canvasWidth: canvas ? parseFloat(canvas.style.width) : -1,
      };
    }),
  );

const statesOf = (p: Page): Promise<Record<string, string[]>> => p.evaluate(() => (window as unknown as { __chartStates: Record<string, string[]> }).__chartStates);

describe('the profile draws what is on the screen first (real Chromium)', () => {
  it('puts off only the charts below the screen, draws every chart in the end at its box’s size, and follows the box', async () => {
    await page.goto(new URL(`/?v=profile&lang=zh&p=${PLACE}`, baseUrl()).href);
    await page.getByTestId('profile-place-search').waitFor();
    // every chart finished without scrolling: the ones put off are drawn while the page is idle; the percentile chart
    // comes with the spreads, read after the figures (the time charts can all be finished before it is there)
    await page.locator('[data-chart-id="profile-spread"]').waitFor();
    await chartsFinished(page, 4);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const places = await chartPlaces(page);
    const states = await statesOf(page);
    const screen = await page.evaluate(() => window.innerHeight);
    const time = places.filter((c) => c.id.startsWith('time-'));
    expect(time.length).toBeGreaterThanOrEqual(6);
    const waited = places.filter((c) => states[c.id]?.includes('waiting'));
    // some time charts were put off; each chart that was is more than a screen below the first one (the page only
    // grows while its reads arrive, so a chart below that line now was below it when it was put off)
    expect(waited.length).toBeGreaterThan(0);
    for (const c of waited) expect(c.top, c.id).toBeGreaterThan(2 * screen);
    // the charts within a screen below the first were drawn at once (they were as near or nearer when they came)
    const first = places.filter((c) => c.top < 2 * screen - 1);
    expect(first.length, JSON.stringify(places)).toBeGreaterThan(0);
    for (const c of first) expect(states[c.id], c.id).not.toContain('waiting');
    // each ends finished, drawn at the width of its box
    for (const c of places) {
      expect(states[c.id]?.at(-1), c.id).toBe('finished');
      expect(c.canvasWidth, c.id).toBe(c.boxWidth);
    }
    // a narrower window: every chart follows its box
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await chartPlaces(page)).every((c) => c.boxWidth < 390 && c.canvasWidth === c.boxWidth), { timeout: 10_000 }).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
  });

  it('a chart far down the page is drawn, with ink, once scrolled to', async () => {
    await page.goto(new URL(`/?v=profile&lang=zh&p=${PLACE}`, baseUrl()).href);
    await page.getByTestId('profile-place-search').waitFor();
    const last = page.locator('[data-chart-id^="time-"]').last();
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.getAttribute('data-chart-state'), { timeout: 15_000 }).toBe('finished');
    const ink = await last.locator('canvas').evaluate((c) => {
      const canvas = c as HTMLCanvasElement;
      const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
      return n / (canvas.width * canvas.height);
    });
    expect(ink).toBeGreaterThan(0.01);
  });

  it('the ZIP of the view holds an image of every chart', async () => {
    await page.goto(new URL(`/?v=profile&lang=zh&p=${PLACE}`, baseUrl()).href);
    await page.getByTestId('profile-place-search').waitFor();
    await page.locator('[data-chart-id="profile-spread"]').waitFor();
    const charts = await page.locator('[data-chart-id]').count();
    // asked for before the charts below the screen are drawn (or while they are)
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-zip').click()]);
    const stream = await (d as Download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const names = Object.keys(unzipSync(new Uint8Array(Buffer.concat(chunks))));
    expect(names.filter((n) => n.endsWith('@2x.png'))).toHaveLength(charts);
    expect(names.filter((n) => n.endsWith('.svg'))).toHaveLength(charts);
    const ids = await page.$$eval('[data-chart-id^="time-"]', (els) => els.length);
    expect(ids).toBeGreaterThanOrEqual(6);
  });

  it('finds another place by name in the search box (thousands of places are not a list)', async () => {
    await page.goto(new URL(`/?v=profile&lang=zh&p=${PLACE}`, baseUrl()).href);
    const other = dataset.jurisdictions[1]!;
    await page.getByTestId('profile-place-input').fill(other.short.zh);
    await page.locator('.suggestions button', { hasText: other.name.zh }).first().click();
    await expect.poll(() => page.locator('#profile-h').textContent()).toBe(other.name.zh);
    await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe(other.id);
  });
});
