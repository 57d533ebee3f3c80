/**
 * A test page built by Vite from a folder of tests/browser/ (its index.html and main.ts), served under the app's
 * Content-Security-Policy with the given folders copied beside it, opened in Chromium; for code that runs in a
 * module worker as the app runs it (the report readers).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
// @ts-expect-error -- plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';
import { CSP } from '../../vite.config';
import { launch, watchErrors } from './browser';

export interface WorkerPage {
  url: string;
  browser: Browser;
  page: Page;
  errors: string[];
  /** the paths the page requested, in order */
  requests: string[];
  close(): Promise<void>;
}

/** Builds `root` (a folder with index.html and main.ts), copies `copy` ([from, to under the build]) and opens it. */
export async function openWorkerPage(root: string, copy: readonly (readonly [string, string])[]): Promise<WorkerPage> {
  const out = mkdtempSync(join(tmpdir(), 'rol-worker-page-'));
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'error',
    worker: { format: 'es' },
    build: { outDir: out, emptyOutDir: true, target: 'es2022' },
    plugins: [{ name: 'csp', transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n<meta http-equiv="Content-Security-Policy" content="${CSP}" />`) }],
  });
  for (const [from, to] of copy) cpSync(from, join(out, to), { recursive: true });
  const { server, url } = (await startServer({ root: out, port: 0 })) as { server: Server; url: string };
  const browser = await launch();
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  return {
    url,
    browser,
    page,
    errors,
    requests,
    close: async () => {
      await browser.close();
      await new Promise<void>((ok) => server.close(() => ok()));
      rmSync(out, { recursive: true, force: true });
    },
  };
}
