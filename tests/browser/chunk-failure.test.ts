/**
 * A new build deployed under an open tab that has no service worker (a plain-HTTP intranet): the tab's next view
 * switch asks for a chunk of the old build, which is gone. The page must not go blank: the failed view shows its
 * error boundary, the reload notice appears, the view the person was in (an add-report review queue) stays as it
 * was, and the notice's reload loads the new build.
 *
 * Build B is build A with every hashed chunk renamed (and every reference to it rewritten): a deploy whose chunk
 * names all differ, as a rebuild with changed code gives, without a second `vite build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
// @ts-expect-error -- plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';
import { bundledState, launch, newContext, watchErrors } from './browser';
import { tinyDataset } from '../fixtures/factory';
import { chooseFile, json, openDataView, settled } from '../fixtures/browser-data';

const DIST = resolve(process.env.ROL_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url)));
const SHOTS = process.env.ROL_SHOTS; // a directory: screenshots of the notice and the boundary, wide and phone
const HASHED = /^(.+)-([A-Za-z0-9_-]{8})\.(js|css)$/;
const TEXT = new Set(['.html', '.js', '.css', '.json', '.webmanifest']);

const REPORT = [
  '2023年,某某县坚持依法行政,法治政府建设取得新成效。',
  '全年共调解各类矛盾纠纷3200余件,调解成功率98.6%。',
  '收到行政复议申请86件,受理71件,办结69件。',
].join('\n');

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out;
}

/** Build B: a copy of A whose hashed chunks all have new names; returns the new names. */
async function makeBuildB(a: string, b: string): Promise<Set<string>> {
  await cp(a, b, { recursive: true });
  const renames = new Map<string, string>();
  for (const name of await readdir(join(b, 'assets'))) {
    const m = HASHED.exec(name);
    if (m) renames.set(name, `${m[1]}-${m[2]}b.${m[3]}`);
  }
  for (const [from, to] of renames) await rename(join(b, 'assets', from), join(b, 'assets', to));
  for (const file of await files(b)) {
    if (!TEXT.has(extname(file))) continue;
    const text = await readFile(file, 'utf8');
    let next = text;
    for (const [from, to] of renames) next = next.split(from).join(to);
    if (next !== text) await writeFile(file, next);
  }
  return new Set(renames.values());
}

/** Deploys B in place of A in the served directory. */
async function deploy(served: string, b: string) {
  for (const name of await readdir(served)) await rm(join(served, name), { recursive: true, force: true });
  await cp(b, served, { recursive: true });
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: Server;
let url: string;
let work: string;
let served: string;
let buildB: string;
let namesB: Set<string>;
const requested: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'rol-chunk-'));
  served = join(work, 'served');
  buildB = join(work, 'b');
  await cp(DIST, served, { recursive: true });
  namesB = await makeBuildB(DIST, buildB);
  ({ server, url } = (await startServer({ root: served, port: 0 })) as { server: Server; url: string });
  browser = await launch();
  // no service worker, as on a plain-HTTP intranet: every chunk comes from the server
  context = await newContext(browser, { serviceWorkers: 'block' });
  page = await context.newPage();
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => (server ? (server.closeAllConnections(), server.close(() => ok())) : ok()));
  if (work) await rm(work, { recursive: true, force: true });
});

const reviewRow = (figure: string) =>
  page.locator('[data-testid=add-review] tbody tr', { has: page.locator(`td:nth-child(2) >> text="${figure}"`) });
const navTo = (label: string) => page.click(`nav button:text-is("${label}")`);

async function shoot(name: string) {
  if (!SHOTS) return;
  await page.screenshot({ path: join(SHOTS, `${name}-wide.png`) });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SHOTS, `${name}-390.png`), fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('a new build deployed under an open tab without a service worker', () => {
  it('shows the failed view’s boundary and the reload notice, keeps the review queue, and reloads into the new build', async () => {
    const errors = watchErrors(page);
    await page.goto(`${url}?v=add`);
    await bundledState(page);
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    // the person is reviewing a pasted report, with one figure rejected
    await page.fill('[data-testid=add-name]', '某某县');
    await page.fill('[data-testid=add-year]', '2023');
    await page.fill('[data-testid=add-text]', REPORT);
    await page.click('[data-testid=add-extract]');
    await page.waitForSelector('[data-testid=add-review] tbody tr');
    await reviewRow('69件').locator('input[type=checkbox]').uncheck();
    const rows = await page.locator('[data-testid=add-review] tbody tr').count();
    const items = await page.getAttribute('[data-testid=add-review]', 'data-items');
    expect(rows).toBeGreaterThan(2);
    expect(requested.some((p) => /\/assets\/RankView-[^/]+\.js$/.test(p))).toBe(false); // not loaded yet

    await deploy(served, buildB);
    await navTo('排名');

    // no blank page (the fault: React.lazy got undefined and the whole root unmounted), but the boundary of the
    // failed view and the reload notice
    await page.waitForFunction(() => !!document.querySelector('[data-testid=view-error]') || document.getElementById('root')?.children.length === 0);
    expect(await page.evaluate(() => document.getElementById('root')?.children.length ?? 0)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(await page.textContent('[data-testid=view-error] h2')).toBe('“排名”视图未能载入。');
    expect(await page.getAttribute('[data-testid=view-error]', 'data-chunk')).toBe('true');
    expect(await page.textContent('[data-testid=view-error-message]')).toMatch(/RankView-[^/]+\.js/);
    const banner = page.locator('[data-testid=reload-banner]');
    expect(await banner.getAttribute('data-reason')).toBe('deployed');
    expect(await banner.textContent()).toContain('本应用已发布新版本');
    // reloading would discard the review queue, and the notice says so
    expect(await page.textContent('[data-testid=reload-unsaved]')).toBe('重新加载会丢弃尚未保存的审核队列(1 份报告):请先保存。');
    expect(await page.isVisible('h1')).toBe(true);
    expect(await page.isVisible('[data-testid=add-review]')).toBe(false); // the add view is hidden, not gone
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('rank');
    await shoot('chunk-failure');

    // back to the add view: the queue is as the person left it
    expect(await page.textContent('[data-testid=view-error-back]')).toBe('返回“添加报告”');
    await page.click('[data-testid=view-error-back]');
    await page.waitForSelector('[data-testid=add-review] tbody tr');
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('add');
    expect(await page.$('[data-testid=view-error]')).toBeNull();
    // the queue is whole at once; the rows drawn follow the scroller's size once the hidden view shows again
    expect(await page.getAttribute('[data-testid=add-review]', 'data-items')).toBe(items);
    await expect.poll(() => page.locator('[data-testid=add-review] tbody tr').count()).toBe(rows);
    expect(await reviewRow('69件').locator('input[type=checkbox]').isChecked()).toBe(false);
    expect(await reviewRow('86件').locator('input[type=checkbox]').isChecked()).toBe(true);
    // the notice stays until the tab is reloaded
    expect(await page.isVisible('[data-testid=reload-banner]')).toBe(true);
    expect(errors).toEqual([]);

    // the notice's reload loads the new build, and the view that failed now works
    await navTo('排名');
    await page.waitForSelector('[data-testid=view-error]');
    const before = requested.length;
    await Promise.all([page.waitForEvent('load'), page.click('[data-testid=reload-apply]')]);
    await bundledState(page);
    await page.waitForFunction(
      () => {
        const main = document.querySelector('main');
        return !!main?.textContent && !/正在载入|Loading/.test(main.textContent) && !!main.querySelector('[data-view-slot=rank]');
      },
      null,
      { timeout: 30_000 },
    );
    expect(await page.$('[data-testid=view-error]')).toBeNull();
    expect(await page.$('[data-testid=reload-banner]')).toBeNull();
    const after = requested.slice(before).filter((p) => p.startsWith('/assets/'));
    const rank = after.find((p) => /\/RankView-/.test(p));
    expect(rank && namesB.has(rank.slice('/assets/'.length))).toBe(true);
    expect(after.filter((p) => HASHED.test(p.slice('/assets/'.length))).every((p) => namesB.has(p.slice('/assets/'.length)))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('keeps an open import question of the data view through the failed switch, and it can still be answered', async () => {
    await deploy(served, DIST); // build A again, under a fresh tab
    const ctx = await newContext(browser, { serviceWorkers: 'block' });
    const tab = await ctx.newPage();
    const errors = watchErrors(tab);
    await openDataView(tab, url, 'zh');
    const ds = tinyDataset('places', { jurisdictions: 2 });
    ds.jurisdictions[0] = { ...ds.jurisdictions[0]!, id: 'x.chaoyang', name: { zh: '朝阳区', en: 'Chaoyang' }, short: { zh: '朝阳', en: 'Chaoyang' }, province: { zh: '未注明', en: 'not given' } };
    ds.reports = ds.reports.map((r, i) => (i === 0 ? { ...r, jurisdiction: 'x.chaoyang' } : r));
    const before = await chooseFile(tab, 'places.json', json(ds));
    const question = tab.locator('[data-testid="import-question"]');
    await tab.waitForSelector('[data-testid="import-question"] [data-testid="question-choice"]');
    const asked = await question.locator('#import-q').textContent();
    expect(asked).toContain('朝阳区');

    await deploy(served, buildB);
    await tab.click('nav button:text-is("地区画像")');
    await tab.waitForFunction(() => !!document.querySelector('[data-testid=view-error]') || document.getElementById('root')?.children.length === 0);
    expect(await tab.evaluate(() => document.getElementById('root')?.children.length ?? 0)).toBeGreaterThan(0);
    expect(await tab.textContent('[data-testid=view-error] h2')).toBe('“地区画像”视图未能载入。');
    expect(await tab.getAttribute('[data-testid=reload-banner]', 'data-reason')).toBe('deployed');
    expect(await tab.$('[data-testid=reload-unsaved]')).toBeNull(); // no review queue in this tab

    await tab.click('[data-testid=view-error-back]');
    await tab.waitForSelector('[data-testid="import-question"] [data-testid="question-choice"]');
    expect(await question.locator('#import-q').textContent()).toBe(asked);
    await question.locator('[data-testid="question-choice"][data-value="110105"]').click();
    expect(await settled(tab, before)).toMatchObject({ state: 'done' });
    // the list of datasets is read again after the status settled
    await tab.locator('[data-testid="dataset-row"][data-dataset-id="places"]').waitFor({ timeout: 10_000 });
    expect(await tab.locator('[data-testid="dataset-row"][data-dataset-id="places"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
