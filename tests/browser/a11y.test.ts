/**
 * Every view for every hand, in real Chromium: axe-core (run in the page) finds no serious or critical violation
 * on any view, wide and on a 390 px phone; at 390 px no view scrolls sideways; no message key shows where its text
 * should (the strings of a lazy view load with it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, openApp } from './browser';
import { zh as firstScreen } from '../../src/i18n/messages';
import * as lazyParts from '../../src/i18n/lazy-parts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const VIEWS: [string, string][] = [
  ['compare', '/?lang=zh'],
  ['compare (en)', '/?lang=en'],
  ['rank', '/?v=rank&lang=zh&w=litigation.head_appearance_rate~1,mediation.success_rate~1'],
  ['profile', '/?v=profile&lang=zh&p=sx.lvliang'],
  ['framework', '/?v=framework&lang=zh'],
  ['practices', '/?v=practices&lang=zh'],
  ['reader', '/?v=reader&lang=zh'],
  ['add', '/?v=add&lang=zh'],
  ['data', '/?v=data&lang=zh'],
];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openApp());
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The view drawn: its lazy code and reads done (no loading status left), its charts finished. */
async function settle(): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => {
      const loading = [...document.querySelectorAll('main [role="status"]')].some((e) => /载入|Loading/.test(e.textContent ?? ''));
      return !loading && [...document.querySelectorAll('[data-chart-id]')].every((c) => c.getAttribute('data-chart-state') === 'finished');
    },
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(200);
}

async function axe(): Promise<Violation[]> {
  // evaluated through the devtools protocol: the app's CSP (script-src 'self') rightly refuses inline scripts
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe.run;
    const r = await run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })) }));
  });
}

/** Every message key, of the first screen and of the parts that load with their views. */
const KEYS = [...new Set([...Object.keys(firstScreen), ...Object.values(lazyParts).flatMap((p) => Object.keys(p.zh))])];

/** The page's text, accessible names and titles. */
const shownText = () =>
  page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((e) =>
      ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
    );
    return [document.body.innerText, ...attrs].join('\n');
  });

const serious = (vs: Violation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');

describe('accessibility (real Chromium, axe-core)', () => {
  it('a screen reader hears a gap as 未报告, never as 0', async () => {
    await page.goto(new URL('/?lang=zh&c=reconsideration&m=reconsideration.cases_received', baseUrl()).href);
    await settle();
    const described = await page.evaluate(() =>
      [...document.querySelectorAll('[data-chart-id] [aria-label]')].map((e) => e.getAttribute('aria-label') ?? '').join('\n'),
    );
    expect(described).toContain('未报告');
    expect(described).not.toMatch(/数据是0/);
  });

  it('the keyboard reaches and scrolls a report’s text, and follows a practice cell to its sentences', async () => {
    await page.setViewportSize({ width: 1366, height: 700 });
    await page.goto(new URL('/?v=reader&lang=zh&r=lvliang-2023', baseUrl()).href);
    const text = page.getByTestId('reader-text');
    await text.waitFor();
    expect(await text.getAttribute('tabindex')).toBe('0');
    await text.focus();
    const before = await text.evaluate((e) => e.scrollTop);
    await page.keyboard.press('PageDown');
    await expect.poll(() => text.evaluate((e) => e.scrollTop)).toBeGreaterThan(before);

    await page.goto(new URL('/?v=practices&lang=zh', baseUrl()).href);
    const cells = page.locator('table button');
    await cells.first().waitFor();
    await cells.last().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('practice-quotes').waitFor();
    const focused = await page.evaluate(() => {
      const e = document.activeElement!;
      const r = e.getBoundingClientRect();
      return { id: e.id, inView: r.top >= 0 && r.top < window.innerHeight - r.height };
    });
    expect(focused).toEqual({ id: 'practice-quotes-h', inView: true });
  });

  for (const [name, path] of VIEWS) {
    it(`${name}: no serious or critical violation, wide and at 390 px; no sideways scroll at 390 px; no message key shows`, async () => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(new URL(path, baseUrl()).href);
      await settle();
      expect(serious(await axe())).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await settle();
      expect(serious(await axe())).toEqual([]);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(wide).toBeLessThanOrEqual(0);
      const text = await shownText();
      expect(KEYS.filter((k) => text.includes(k))).toEqual([]);
    });
  }
});
