/**
 * Offline after the first visit, the update prompt, installability and persistent storage. These tests run
 * their own server (so it can be stopped for a real offline reload — context.setOffline alone does not stop
 * a service worker's fetches — and can serve a "new version" of sw.js).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { bundledState, chartsFinished, launch, newContext, watchErrors } from './browser';
import { tinyDataset } from '../fixtures/factory';
import { chooseFile, json, openDataView, settled } from '../fixtures/browser-data';

const ROOT = resolve(process.env.ROL_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url)));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** A static server of the build; `version` > 1 serves a byte-different sw.js (a new deploy). */
function serve(): Promise<{ url: string; server: Server; setVersion: (v: number) => void; requests: string[] }> {
  let version = 1;
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    let file = join(ROOT, decodeURIComponent(path));
    if (!file.startsWith(ROOT)) return void res.writeHead(403).end();
    const info = await stat(file).catch(() => null);
    if (!info || info.isDirectory()) {
      if (extname(path) && !info) return void res.writeHead(404).end();
      file = join(ROOT, 'index.html');
    }
    let body: Buffer = await readFile(file);
    if (file.endsWith('sw.js') && version > 1) body = Buffer.concat([body, Buffer.from(`\n// version ${version}\n`)]);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      ok({ url: `http://127.0.0.1:${port}/`, server, setVersion: (v) => (version = v), requests });
    }),
  );
}
const close = (server: Server) =>
  new Promise<void>((ok) => {
    server.closeAllConnections();
    server.close(() => ok());
  });

/** Waits until a service worker is active for the page's scope (its precache is complete). */
async function swActive(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (reg.active?.state !== 'activated')
      await new Promise<void>((ok) => reg.active?.addEventListener('statechange', () => reg.active?.state === 'activated' && ok()));
  });
}
const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline and updates (real Chromium, service worker)', () => {
  it('after one online visit, shows the full dashboard and deep links with the network off and the server gone', async () => {
    const { url, server, requests } = await serve();
    const context = await newContext(browser, { serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    expect(await bundledState(page)).toBe('imported');
    await chartsFinished(page, 2);
    await swActive(page);
    await page.waitForFunction(() => document.documentElement.dataset.offlineReady === 'true');
    await close(server);
    await context.setOffline(true);
    const served = requests.length;

    await page.reload();
    expect(await controlled(page)).toBe(true);
    expect(await bundledState(page)).toBe('unchanged');
    await chartsFinished(page, 2);
    const labels = await page.$$eval('[data-chart-id]', (els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels.some((l) => l.startsWith('行政复议'))).toBe(true);

    // deep links, each view's lazy chunk from the precache
    await page.goto(`${url}?v=compare&lang=en`);
    await chartsFinished(page, 2);
    expect(await page.textContent('h1')).toContain('Rule-of-law');
    for (const view of ['rank', 'profile', 'practices', 'reader', 'data']) {
      await page.goto(`${url}?v=${view}&lang=en`);
      await page.waitForFunction(
        () => document.querySelector('main')?.textContent && !/Loading|正在载入/.test(document.querySelector('main')!.textContent!),
        null,
        { timeout: 20_000 },
      );
      expect(await page.$('main .error')).toBeNull();
    }
    await page.waitForSelector('[data-testid="dataset-row"][data-dataset-id="bundled"]');
    await page.goto(`${url}some/unknown/path?v=compare&lang=en`); // navigateFallback
    await chartsFinished(page, 2);
    expect(requests.length).toBe(served); // nothing reached the network
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a first visit, registers the service worker only once no import has been working for 5 s', async () => {
    const { url, server } = await serve();
    const context = await newContext(browser, { serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openDataView(page, url);
    const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
    // an import at once that stays at work (its question open): no registration, however long it takes
    await chooseFile(page, 'a.json', json(tinyDataset('user-a')));
    await page.waitForSelector('[data-testid="import-status"][data-state="done"]');
    const before = await chooseFile(page, 'a.json', json(tinyDataset('user-a')));
    await page.waitForSelector('[data-testid="import-question"]');
    await page.waitForTimeout(7000);
    expect(await registered()).toBe(false);
    // the import ends: registered 5 s later (and its precache installs)
    const answered = await page.evaluate(() => performance.now());
    await page.click('[data-testid="question-cancel"]');
    await settled(page, before);
    const seen = await page.evaluate(async () => {
      const t0 = performance.now();
      while (!(await navigator.serviceWorker.getRegistration())) {
        if (performance.now() - t0 > 30_000) throw new Error('no service worker registered 30 s after the import');
        await new Promise((ok) => setTimeout(ok, 100));
      }
      return performance.now();
    });
    expect(seen - answered).toBeGreaterThanOrEqual(5000);
    await swActive(page);
    await page.waitForFunction(() => document.documentElement.dataset.offlineReady === 'true');
    expect(errors).toEqual([]);
    await context.close();
    await close(server);
  });

  it('shows "update available", never applies it during an import, and reloads only when the user agrees', async () => {
    const { url, server, setVersion } = await serve();
    const context = await newContext(browser, { serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openDataView(page, url);
    await swActive(page);
    await page.reload();
    await page.waitForSelector('[data-testid="dataset-row"]');
    expect(await controlled(page)).toBe(true);
    expect(await page.$('[data-testid="update-banner"]')).toBeNull();
    // an import in progress: a question about replacing a dataset is open
    await chooseFile(page, 'a.json', json(tinyDataset('user-a')));
    await page.waitForSelector('[data-testid="import-status"][data-state="done"]');
    const before = await chooseFile(page, 'a.json', json(tinyDataset('user-a')));
    await page.waitForSelector('[data-testid="import-question"]');

    // a new version is deployed
    setVersion(2);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await page.waitForSelector('[data-testid="update-banner"]', { timeout: 30_000 });
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    expect(await page.isDisabled('[data-testid="update-apply"]')).toBe(true);
    expect(await page.textContent('[data-testid="update-banner"]')).toContain('once it has finished');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // the import ends; still no reload until the user agrees
    await page.click('[data-testid="question-cancel"]');
    await settled(page, before);
    await page.waitForSelector('[data-testid="update-apply"]:not([disabled])');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), page.click('[data-testid="update-apply"]')]);
    await page.waitForSelector('[data-testid="dataset-row"]');
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBeUndefined();
    expect(await page.$('[data-testid="update-banner"]')).toBeNull();
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting);
    expect(waiting).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
    await close(server);
  });

  it('is installable (manifest, icons, service worker) and asks for persistent storage', async () => {
    const { url, server } = await serve();
    const context = await newContext(browser, { serviceWorkers: 'allow' });
    const page = await context.newPage();
    await openDataView(page, url);
    await swActive(page);
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel="manifest"]')!.getAttribute('href')!;
      const m = (await (await fetch(href)).json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string }[] };
      const icons = await Promise.all(m.icons.map(async (i) => (await fetch(i.src)).status));
      return { ...m, iconStatus: icons };
    });
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.iconStatus.every((s) => s === 200)).toBe(true);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    // test contexts are incognito profiles, which Chromium never offers to install; nothing else may be missing
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);

    // persistent storage: headless Chromium decides by itself (usually "not granted"); the page says which
    const state = await page.getAttribute('[data-testid="storage-persisted"]', 'data-state');
    expect(['granted', 'denied']).toContain(state);
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    expect(state).toBe(persisted ? 'granted' : 'denied');
    console.log(`persistent storage in headless Chromium: ${state}`);
    await context.close();
    await close(server);
  });
});
