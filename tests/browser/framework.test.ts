/**
 * The indicator framework view (指标体系) in real Chromium, with the default places: the nine 纲要 tasks, a cell's
 * figure with its year opening its sentence in the reader, coverage per place as the bundled dataset implies it,
 * 未报告 never shown as zero, collapsing a task, the filter, the matrix CSV, and no sideways scroll at 390 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import Papa from 'papaparse';
import { baseUrl, openApp } from './browser';
import { importThroughPicker, json, openDataView } from '../fixtures/browser-data';
import { tinyDataset } from '../fixtures/factory';
import type { Dataset, Observation } from '../../src/model/schema';
import type { IndicatorCatalogue } from '../../src/model/indicators';
import { DEFAULT_JURISDICTIONS } from '../../src/ui/url/url-state';
import { formatFigure } from '../../src/model/format';

const read = <T,>(p: string): T => JSON.parse(readFileSync(new URL(`../../public/data/${p}`, import.meta.url), 'utf8')) as T;
const bundled = read<Dataset>('bundled.json');
const catalogue = read<IndicatorCatalogue>('indicators.json');
const taskOf = new Map(catalogue.indicators.map((i) => [i.id, i.task]));
const placeOf = new Map(bundled.reports.map((r) => [r.id, r.jurisdiction]));
const PLACES = [...DEFAULT_JURISDICTIONS];
const TASKS = ['机构职能', '制度体系', '行政决策', '行政执法', '突发事件应对', '矛盾纠纷化解', '权力制约监督', '数字法治政府', '组织保障'];

/** place → indicator → its bundled figures */
const figures = new Map<string, Map<string, Observation[]>>();
for (const o of bundled.observations) {
  if (!taskOf.has(o.metric)) continue;
  const place = placeOf.get(o.report)!;
  const byMetric = figures.get(place) ?? new Map<string, Observation[]>();
  figures.set(place, byMetric);
  byMetric.set(o.metric, [...(byMetric.get(o.metric) ?? []), o]);
}
const reported = (place: string): string[] => [...(figures.get(place)?.keys() ?? [])];
const union = new Set(PLACES.flatMap(reported));
/** the figure a cell shows: the latest year, a figure as written before a derived one */
const latest = (list: Observation[]): Observation =>
  list.reduce((b, o) => (o.period > b.period || (o.period === b.period && !o.derived && b.derived) ? o : b));

let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
});
afterAll(async () => {
  await browser?.close();
});

async function open(path = '/?v=framework'): Promise<void> {
  await page.goto(new URL(path, baseUrl()).href);
  await page.locator('[data-testid=framework-matrix]').waitFor({ timeout: 30_000 });
}

const cellTexts = (selector: string) => page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim()));

describe('the indicator framework view (real Chromium)', () => {
  it('shows the nine tasks of the 纲要 and coverage per place, per task and in total, as the bundled data implies', async () => {
    await open();
    const tasks = await cellTexts('[data-testid=framework-task]');
    expect(tasks.map((t) => t.replace(/^▾\s*/, '').replace(/\s*·\s*\d+$/, ''))).toEqual(TASKS);
    const total = await cellTexts('[data-testid=framework-total] td.fw-count');
    expect(total).toEqual(PLACES.map((p) => `${reported(p).length}/${catalogue.indicators.length}`));
    for (const task of catalogue.tasks) {
      const size = catalogue.indicators.filter((i) => i.task === task.id).length;
      const row = await cellTexts(`tbody[data-task="${task.id}"] tr.fw-task td.fw-count`);
      expect(row).toEqual(PLACES.map((p) => `${reported(p).filter((m) => taskOf.get(m) === task.id).length}/${size}`));
    }
    expect(errors).toEqual([]);
  });

  it('hides the indicators nobody chosen reports, says how many, and shows them all on request', async () => {
    await open();
    const hidden = catalogue.indicators.length - union.size;
    expect(await page.textContent('[data-testid=framework-hidden]')).toBe(`已隐藏 ${hidden} 个所选地区都未报告的指标`);
    expect(await page.locator('tr[data-indicator]').count()).toBe(union.size);
    await page.locator('[data-testid=framework-only-reported]').uncheck();
    expect(await page.locator('tr[data-indicator]').count()).toBe(catalogue.indicators.length);
    expect(await page.locator('[data-testid=framework-hidden]').count()).toBe(0);
  });

  it('shows 未报告 where a place has no figure — never zero, never a link — and each reported cell with its year', async () => {
    await open();
    const notReported = page.locator('[data-testid=framework-matrix] td[data-state=not_reported]');
    const n = await notReported.count();
    const expectedMissing = [...union].reduce((s, m) => s + PLACES.filter((p) => !figures.get(p)?.has(m)).length, 0);
    expect(n).toBe(expectedMissing);
    expect(new Set(await notReported.allTextContents())).toEqual(new Set(['未报告']));
    expect(await notReported.locator('button').count()).toBe(0);
    const cells = page.locator('[data-testid=framework-cell]');
    expect(await cells.count()).toBe(union.size * PLACES.length - expectedMissing);
  });

  it('a cell shows the bundled figure with its year and opens its sentence in the reader', async () => {
    const place = 'js.changzhou.wujin';
    const [metric, list] = [...figures.get(place)!].find(([, l]) => latest(l).figure !== undefined && !latest(l).derived)!;
    const o = latest(list);
    await open();
    const cell = page.locator(`tr[data-indicator="${metric}"] [data-observation="${o.id}"]`);
    expect(await cell.locator('.fw-year').textContent()).toBe(String(o.period));
    const m = bundled.metrics.find((x) => x.id === metric)!;
    expect(await cell.locator('.fw-value').textContent()).toBe(formatFigure(o, m, 'zh') + (o.caveats?.length ? '†' : ''));
    expect(await cell.getAttribute('aria-label')).toContain(`${o.period}年`);
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/v=reader/);
    expect(new URL(page.url()).searchParams.get('r')).toBe(o.report);
    await page.locator('[data-testid=reader-highlight]').first().waitFor();
    const passage = await page.$$eval('[data-testid=reader-text] mark.quote, [data-testid=reader-text] mark.figure', (els) =>
      els.map((e) => e.textContent).join(''),
    );
    expect(passage).toContain(o.figure!);
  });

  it('collapses a task from the keyboard', async () => {
    await open();
    const toggle = page.locator('tbody[data-task="disputes"] [data-testid=framework-task]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('tbody[data-task="disputes"] tr[data-indicator]').count()).toBe(0);
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('exports the matrix as CSV: every indicator, four columns a place, not reported apart from zero, the notes', async () => {
    await open();
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator('[data-testid=framework-csv]').click()]);
    const stream = await (d as Download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect((d as Download).suggestedFilename()).toBe('指标体系-武进-苏州工业园区-吕梁.csv');
    const text = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
    const header = rows[0]!;
    expect(header.slice(0, 9)).toEqual(['指标编号', '指标', '任务', '领域', '单位', '武进 数值', '武进 限定', '武进 年份', '武进 观测编号']);
    expect(header).toHaveLength(5 + 4 * PLACES.length);
    const table = rows.slice(1, 1 + catalogue.indicators.length);
    expect(table.map((r) => r[0])).toEqual(catalogue.indicators.map((i) => i.id));
    for (const r of table) {
      PLACES.forEach((p, k) => {
        const list = figures.get(p)?.get(r[0]!);
        const cells = r.slice(5 + 4 * k, 9 + 4 * k);
        if (!list) expect(cells).toEqual(['', 'not_reported', '', '']);
        else {
          const o = latest(list);
          expect(cells).toEqual([String(o.value), o.qualifier, String(o.period), o.id]);
        }
      });
    }
    expect(rows[1 + catalogue.indicators.length]).toEqual(['']);
    const unreported = catalogue.indicators.length - union.size;
    expect(rows[2 + catalogue.indicators.length]![0]).toMatch(new RegExp(`^${unreported} 个指标所选地区都未报告`));
    const notes = rows.slice(2 + catalogue.indicators.length).map((r) => r[0]);
    const caveated = PLACES.flatMap((p) => [...(figures.get(p)?.values() ?? [])].map(latest)).filter((o) => o.caveats?.length);
    expect(notes.filter((n) => n?.startsWith('† ') && !n.startsWith('† 口径说明'))).toHaveLength(caveated.reduce((s, o) => s + o.caveats!.length, 0));
  });

  it('at 390 px the page does not scroll sideways; the matrix scrolls in its own box', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      box: document.querySelector('.fw-wrap')!.scrollWidth,
      boxClient: document.querySelector('.fw-wrap')!.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.box).toBeGreaterThan(widths.boxClient);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
  });
});

describe('the framework view with 2,900 more places stored (real Chromium)', () => {
  const MANY = 2900;
  it('shows only the chosen places’ columns, counts coverage over all stored places, and adds a place by search', async () => {
    await openDataView(page, baseUrl(), 'zh');
    expect((await importThroughPicker(page, 'many.json', json(tinyDataset('many', { jurisdictions: MANY })))).state).toBe('done');
    const started = Date.now();
    await open('/?v=framework&j=js.changzhou.wujin,t.j5,t.j2899');
    await page.locator('[data-testid=framework-cell]').first().waitFor();
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await page.locator('[data-testid=framework-matrix] thead th').count()).toBe(1 + 3 + 2);
    const stored = bundled.jurisdictions.length + MANY;
    const mediated = page.locator('tr[data-indicator="mediation.disputes_mediated"] td.fw-count');
    const bundledMediating = bundled.jurisdictions.filter((j) => figures.get(j.id)?.has('mediation.disputes_mediated')).length;
    const wujin = figures.get('js.changzhou.wujin')?.has('mediation.disputes_mediated') ? 1 : 0;
    expect(await mediated.allTextContents()).toEqual([`${wujin + 2}/3`, `${bundledMediating + MANY}/${stored}`]);
    // 2,905 places: the picker is a search box, not 2,905 checkboxes
    const search = page.locator('[data-testid=jurisdiction-search]');
    await search.fill('测7');
    await search.press('Enter');
    await page.waitForURL(/j=[^&]*t\.j7/);
    await page.locator('[data-testid=framework-matrix] thead th', { hasText: '测7' }).waitFor();
    expect(await page.locator('[data-testid=framework-matrix] thead th').count()).toBe(1 + 4 + 2);
    expect(errors).toEqual([]);
  });
});
