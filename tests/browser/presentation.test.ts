/**
 * Presentation mode in real Chromium: full window (or full screen), one chart at a time drawn from its exported
 * SVG, arrow keys and clicks step through the charts of the view, Esc leaves; no network use while presenting (the
 * export code loads in the background once the view is drawn).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, chartsFinished, launch, newContext, watchErrors } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const state = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-testid="presentation"]');
    if (!root) return null;
    const img = root.querySelector('img');
    const r = root.getBoundingClientRect();
    return {
      index: Number(root.getAttribute('data-index')),
      count: Number(root.getAttribute('data-count')),
      slide: img?.getAttribute('data-chart-slide') ?? null,
      loaded: img ? img.complete && img.naturalWidth > 0 : false,
      src: img?.getAttribute('src') ?? '',
      alt: img?.getAttribute('alt') ?? '',
      covers: r.width >= window.innerWidth - 1 && r.height >= window.innerHeight - 1,
    };
  });

async function waitSlide(page: Page, index: number) {
  await page.waitForFunction(
    (i) => {
      const root = document.querySelector('[data-testid="presentation"]');
      const img = root?.querySelector('img');
      return Number(root?.getAttribute('data-index')) === i && !!img && img.complete && img.naturalWidth > 0;
    },
    index,
    { timeout: 15_000 },
  );
}

describe('presentation mode (real Chromium)', () => {
  it('steps through the charts of the view with the keyboard and clicks, and Esc leaves', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl());
    await chartsFinished(page, 2);
    const drawn = await page.$$eval('[data-chart-id]', (els) => els.map((e) => e.getAttribute('data-chart-id')));
    // the slides: the charts, then the list of figures one place reports (an export entry of its own)
    const charts = (await page.getByTestId('single-reporter').count()) ? [...drawn, 'compare-single-reporter'] : drawn;
    expect(charts.length).toBeGreaterThanOrEqual(3);

    // the view has settled: its export code has loaded in the background
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!/^(blob|data):/.test(r.url())) requests.push(r.url());
    });

    await page.getByTestId('presentation-start').click();
    await waitSlide(page, 0);
    let s = (await state(page))!;
    expect(s.count).toBe(charts.length);
    expect(s.slide).toBe(charts[0]);
    expect(s.src.startsWith('blob:')).toBe(true);
    expect(s.alt).toContain('吕梁');
    expect(s.covers).toBe(true);

    await page.keyboard.press('ArrowRight');
    await waitSlide(page, 1);
    expect((await state(page))!.slide).toBe(charts[1]);

    // a click on the chart steps forward
    await page.locator('.presentation-stage').click();
    await waitSlide(page, 2);
    expect((await state(page))!.slide).toBe(charts[2]);

    // stops at the last chart
    for (let i = 0; i < charts.length + 2; i++) await page.keyboard.press('ArrowRight');
    await waitSlide(page, charts.length - 1);

    await page.keyboard.press('ArrowLeft');
    await waitSlide(page, charts.length - 2);
    await page.keyboard.press('Home');
    await waitSlide(page, 0);
    await page.keyboard.press('End');
    await waitSlide(page, charts.length - 1);
    s = (await state(page))!;
    expect(s.slide).toBe(charts[charts.length - 1]);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-testid="presentation"]'), null, { timeout: 10_000 });
    await page.waitForFunction(() => !document.fullscreenElement, null, { timeout: 10_000 });
    // the view is still there, with its charts
    expect(await page.locator('[data-chart-id]').count()).toBe(drawn.length);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works without the Fullscreen API (full-window fallback) and in English', async () => {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false, configurable: true });
      Object.defineProperty(Element.prototype, 'requestFullscreen', { value: undefined, configurable: true });
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl()}?lang=en`);
    await chartsFinished(page, 2);
    await page.getByTestId('presentation-start').click();
    await waitSlide(page, 0);
    const s = (await state(page))!;
    expect(s.covers).toBe(true);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect.poll(() => page.locator('[data-testid="presentation"]').getAttribute('aria-label')).toMatch(/^Presentation: /);
    await page.keyboard.press('PageDown');
    await waitSlide(page, 1);
    await page.getByTestId('presentation-exit').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="presentation"]'), null, { timeout: 10_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
