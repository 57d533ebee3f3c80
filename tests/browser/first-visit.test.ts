/**
 * The first visit in real Chromium: the page's first script (src/app/boot-entry.ts, loaded `async` ahead of the app)
 * starts the bootstrap, and the app takes that run instead of starting another; the service worker is registered only
 * once the first screen has what it reads. A server of its own records every request (and can be closed for an
 * offline reload). No timing is asserted: only what is fetched, in which order, and what the store holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { bundledState, chartsFinished, launch, newContext, watchErrors } from './browser';

const ROOT = resolve(process.env.ROL_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url)));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A static server of the build that logs each request's path, and who asked: the page or the service worker. */
function serve(): Promise<{ url: string; server: Server; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(`${req.headers['service-worker'] === 'script' ? 'sw-script ' : ''}${path}`);
    let file = join(ROOT, decodeURIComponent(path));
    if (!file.startsWith(ROOT)) return void res.writeHead(403).end();
    const info = await stat(file).catch(() => null);
    if (!info || info.isDirectory()) {
      if (extname(path) && !info) return void res.writeHead(404).end();
      file = join(ROOT, 'index.html');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(await readFile(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      ok({ url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`, server, requests });
    }),
  );
}
const close = (server: Server) =>
  new Promise<void>((ok) => {
    server.closeAllConnections();
    server.close(() => ok());
  });

async function swActive(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (reg.active?.state !== 'activated')
      await new Promise<void>((ok) => reg.active?.addEventListener('statechange', () => reg.active?.state === 'activated' && ok()));
  });
}

/** The reports stored, read from the report list. */
async function storedReports(page: Page, url: string): Promise<string[]> {
  await page.goto(`${url}?v=reader&lang=zh`);
  await page.waitForSelector('[data-testid=rc-row]');
  return page.$$eval('[data-testid=rc-row]', (rows) => rows.map((r) => r.getAttribute('data-report') ?? '').sort());
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('first visit (real Chromium)', () => {
  it('loads the boot script ahead of the app, bootstraps once, stores the five reports, and registers the service worker after the dataset', async () => {
    const html = await readFile(join(ROOT, 'index.html'), 'utf8');
    const boot = html.match(/<script type="module" async crossorigin src="\/(assets\/boot-[^"]+\.js)"><\/script>/);
    expect(boot, 'index.html has the async boot script').not.toBeNull();
    const entry = html.indexOf('<script type="module" crossorigin src="/assets/index-');
    expect(entry).toBeGreaterThan(html.indexOf(boot![0]));

    const { url, server, requests } = await serve();
    const context = await newContext(browser, { serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    expect(await bundledState(page)).toBe('imported');
    await chartsFinished(page, 2);
    await swActive(page);
    // the page's own requests up to the service worker's script: one manifest, one dataset, then the worker
    const beforeSw = requests.slice(0, requests.findIndex((r) => r === 'sw-script /sw.js'));
    expect(beforeSw.filter((r) => r === '/data/manifest.json')).toHaveLength(1);
    expect(beforeSw.filter((r) => r === '/data/bundled.json')).toHaveLength(1);
    expect(beforeSw).toContain(`/${boot![1]}`);
    expect(requests.indexOf('sw-script /sw.js')).toBeGreaterThan(requests.indexOf('/data/bundled.json'));
    expect(await storedReports(page, url)).toHaveLength(5);

    // a reload online: the bootstrap finds the dataset unchanged and does not fetch it again
    await page.goto(url);
    const fetched = requests.filter((r) => r === '/data/bundled.json').length;
    expect(await bundledState(page)).toBe('unchanged');
    await chartsFinished(page, 2);

    // offline, the server gone: the service worker serves the boot script and the app; the store is the source
    await close(server);
    await context.setOffline(true);
    const served = requests.length;
    await page.reload();
    expect(await bundledState(page)).toBe('unchanged');
    await chartsFinished(page, 2);
    expect(await storedReports(page, url)).toHaveLength(5);
    expect(requests.length).toBe(served);
    expect(requests.filter((r) => r === '/data/bundled.json').length).toBe(fetched);
    expect(errors).toEqual([]);
    await context.close();
  });
});
