/* global document */
// Takes a screenshot of the built app: node scripts/screenshot.mjs [path+query] [out.png] [width] [height]
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { fileURLToPath } from 'node:url';

const [, , path = '/', out = '/tmp/shot.png', w = '1280', h = '900'] = process.argv;
// ROL_DIST: another build folder (a second checkout, or a helper's build) instead of dist/
const { server, url } = await startServer({ root: process.env.ROL_DIST ?? fileURLToPath(new URL('../dist', import.meta.url)), port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('pageerror', (e) => console.error('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
await page.goto(new URL(path, url).href);
await page.waitForTimeout(2500);
await page.screenshot({ path: out, fullPage: true });
console.log(await page.evaluate(() => document.documentElement.dataset.bundled));
await browser.close();
server.close();
