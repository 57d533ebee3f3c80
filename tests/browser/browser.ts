/** Real Chromium (Debian's) driven by playwright-core: a fresh profile per test context. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium';
export { CHROMIUM_ARGS, chromiumPath };


export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

export const baseUrl = (): string => inject('baseUrl');

export async function newContext(browser: Browser, opts: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...opts });
}

/** Collects page errors and CSP violations so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) errors.push(`csp: ${m.text()}`);
  });
  return errors;
}

/** Waits until every chart on the page has fired ECharts' `finished`. */
export async function chartsFinished(page: Page, atLeast = 1): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const charts = [...document.querySelectorAll('[data-chart-id]')];
      return charts.length >= n && charts.every((c) => c.getAttribute('data-chart-state') === 'finished');
    },
    atLeast,
    { timeout: 30_000 },
  );
}

/** The bootstrap outcome the app records on <html data-bundled="imported|unchanged">. */
export async function bundledState(page: Page): Promise<string> {
  await page.waitForFunction(() => document.documentElement.dataset.bundled !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => document.documentElement.dataset.bundled ?? '');
}

export interface AppSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh profile with the app open and the bundled data stored: the common start of a browser test file. */
export async function openApp(prepare?: (context: BrowserContext) => Promise<void>): Promise<AppSession> {
  const browser = await launch();
  const context = await newContext(browser);
  if (prepare) await prepare(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(baseUrl());
  await bundledState(page);
  return { browser, context, page, errors };
}
