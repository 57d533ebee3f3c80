/**
 * Exports in real Chromium: a chart as PNG (pixel size from the IHDR, not blank, transparent corners) and SVG
 * (well-formed, title and source line, no script or handlers); the view as CSV (BOM, header, values equal to
 * bundled.json), dataset JSON (valid), ZIP (every chart) and TSV on the clipboard.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import Papa from 'papaparse';
import { unzipSync, strFromU8 } from 'fflate';
import { baseUrl, chartsFinished, launch, newContext, watchErrors } from './browser';
import { validateDataset } from '../../src/formats/validate';
import type { Dataset, Observation } from '../../src/model/schema';

const bundled = JSON.parse(readFileSync('public/data/bundled.json', 'utf8')) as Dataset;
const observationById = new Map<string, Observation>(bundled.observations.map((o) => [o.id, o]));
const reportTitles = new Map(bundled.reports.map((r) => [r.id, r.title]));

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  context = await newContext(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
  page = await context.newPage();
  errors = watchErrors(page);
  await page.goto(baseUrl());
  await chartsFinished(page, 2);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return { name: (d as Download).suggestedFilename(), bytes: await readDownload(d as Download) };
}

async function readDownload(d: Download): Promise<Buffer> {
  const stream = await d.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Width, height, bit depth and colour type from a PNG's IHDR chunk. */
function ihdr(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png[24], colourType: png[25] };
}

/** Decodes the PNG in the page: share of pixels that are not background, and the alpha of the top-left pixel. */
function inkOf(page: Page, png: Buffer) {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) {
      const white = d[i]! > 245 && d[i + 1]! > 245 && d[i + 2]! > 245;
      if (d[i + 3]! > 0 && !white) ink++;
    }
    // bottom rows hold the source line: some ink must be there
    let footerInk = 0;
    for (let y = Math.floor(bmp.height * 0.93); y < bmp.height; y++)
      for (let x = 0; x < bmp.width; x++) {
        const i = (y * bmp.width + x) * 4;
        if (d[i + 3]! > 0 && d[i]! < 200) footerInk++;
      }
    return { share: ink / (bmp.width * bmp.height), footerInk, cornerAlpha: d[3]!, cornerRed: d[0]! };
  }, png.toString('base64'));
}

const reconsideration = (): Locator => page.locator('article[aria-label^="行政复议"]').first();
// the places drawn: 武进 reports none of its indicators (named under the chart)
const FILE_STEM = /^行政复议(-[^-]+)?-苏州工业园区-吕梁-\d{4}(-\d{4})?/;

describe('chart export (real Chromium)', () => {
  it('downloads a 2× PNG with the right pixel size, drawn, named readably', async () => {
    const { name, bytes } = await download(page, () => reconsideration().getByTestId('export-png-2x').click());
    expect(name).toMatch(new RegExp(`${FILE_STEM.source}@2x\\.png$`));
    const h = ihdr(bytes);
    expect(h.width).toBe(2000);
    // 560 CSS px, plus 15 px for each extra line under the chart (key, warning, notes, source line), times 2
    expect(h.height % 2).toBe(0);
    expect((h.height / 2 - 560) % 15).toBe(0);
    expect(h.height).toBeGreaterThanOrEqual(1120);
    const ink = await inkOf(page, bytes);
    expect(ink.share).toBeGreaterThan(0.02);
    expect(ink.footerInk).toBeGreaterThan(200);
    expect(ink.cornerAlpha).toBe(255);
    expect(ink.cornerRed).toBe(255);
  });

  it('downloads 1× and 3× PNGs, transparent when asked', async () => {
    const one = await download(page, () => reconsideration().getByTestId('export-png-1x').click());
    expect(one.name).toMatch(new RegExp(`${FILE_STEM.source}\\.png$`));
    expect(ihdr(one.bytes).width).toBe(1000);
    const three = await download(page, () => reconsideration().getByTestId('export-png-3x').click());
    expect(ihdr(three.bytes).width).toBe(3000);

    await reconsideration().getByTestId('export-transparent').check();
    const clear = await download(page, () => reconsideration().getByTestId('export-png-1x').click());
    expect(ihdr(clear.bytes).colourType).toBe(6); // RGBA
    const ink = await inkOf(page, clear.bytes);
    expect(ink.cornerAlpha).toBe(0);
    expect(ink.share).toBeGreaterThan(0.02);
    await reconsideration().getByTestId('export-transparent').uncheck();
  });

  it('downloads an SVG that is well-formed, names the CJK fonts, carries title and source line, and no script', async () => {
    const { name, bytes } = await download(page, () => reconsideration().getByTestId('export-svg').click());
    expect(name).toMatch(new RegExp(`${FILE_STEM.source}\\.svg$`));
    const svg = bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = [...doc.getElementsByTagName('*')];
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.localName,
        width: doc.documentElement.getAttribute('width'),
        texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? ''),
        fonts: [...doc.getElementsByTagName('text')].map((t) => t.getAttribute('style') ?? ''),
        scripts: all.filter((e) => /^(script|foreignObject)$/i.test(e.localName)).length,
        handlers: all.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => /^on/i.test(n)),
      };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('svg');
    expect(parsed.width).toBe('1000');
    expect(parsed.scripts).toBe(0);
    expect(parsed.handlers).toEqual([]);
    const text = parsed.texts.join('\n');
    expect(text).toContain('行政复议(件)');
    for (const j of ['武进', '苏州工业园区', '吕梁']) expect(text).toContain(j);
    expect(text).toMatch(/20\d\d年/);
    expect(text).toMatch(/来源:/);
    expect(text).toMatch(/导出于 \d{4}-\d{2}-\d{2}/);
    // the reports behind the figures, by title
    const cited = [...reportTitles.values()].filter((title) => text.includes(title));
    expect(cited.length).toBeGreaterThan(0);
    expect(text.split('\n').find((l) => l.startsWith('来源:'))).toContain(cited[0]);
    expect(parsed.fonts.every((f) => f.includes("'Noto Sans CJK SC'") && f.includes('sans-serif'))).toBe(true);
  });

  it('copies the chart as PNG to the clipboard, or says clearly why not', async () => {
    await reconsideration().getByTestId('copy-png').click();
    const status = reconsideration().getByTestId('export-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toMatch(/^(ok|error)$/);
    const text = (await status.textContent()) ?? '';
    if ((await status.getAttribute('data-state')) === 'ok') {
      expect(text).toContain('已复制图片');
      const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => [...i.types]));
      expect(types).toContain('image/png');
    } else expect(text).toMatch(/剪贴板|复制图片/);
  });
});

describe('view export (real Chromium)', () => {
  it('downloads the CSV: BOM, header, one row per figure, values equal to bundled.json', async () => {
    const { name, bytes } = await download(page, () => page.getByTestId('export-csv').click());
    expect(name).toMatch(/^对比-武进-苏州工业园区-吕梁-\d{4}(-\d{4})?\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([
      '地区', '地区代码', '指标', '指标代码', '领域', '数值', '数值上限', '限定', '显示值', '单位', '年份', '推算公式', '口径说明', '原文', '报告', '报告代码', '来源文件', '数字代码',
    ]);
    const col = (n: string) => header!.indexOf(n);
    const reported = rows.filter((r) => r[col('数字代码')]);
    expect(reported.length).toBeGreaterThan(5);
    for (const r of reported) {
      const o = observationById.get(r[col('数字代码')]!)!;
      expect(o, r.join(',')).toBeDefined();
      expect(Number(r[col('数值')])).toBe(o.value);
      expect(r[col('年份')]).toBe(String(o.period));
      expect(r[col('限定')]).toBe(o.qualifier);
      expect(r[col('指标代码')]).toBe(o.metric);
      expect(r[col('报告代码')]).toBe(o.report);
      expect(r[col('报告')]).toBe(reportTitles.get(o.report));
      expect(r[col('原文')]!.replace(/^'/, '')).toBe(o.quote);
      expect(r[col('数值上限')]).toBe(o.valueMax === undefined ? '' : String(o.valueMax));
    }
    // "not reported" is an explicit row with an empty value, never zero
    for (const r of rows.filter((x) => !x[col('数字代码')])) {
      expect(r[col('数值')]).toBe('');
      expect(r[col('显示值')]).toBe('未报告');
    }
    // all three jurisdictions and all charts' categories are there
    expect(new Set(rows.map((r) => r[col('地区')]))).toEqual(new Set(['武进', '苏州工业园区', '吕梁']));
    expect(new Set(rows.map((r) => r[col('领域')]))).toEqual(new Set(['行政复议', '矛盾纠纷调解', '放管服与政务服务']));
  });

  it('downloads the figures shown as a valid rol-compare/dataset JSON', async () => {
    const { name, bytes } = await download(page, () => page.getByTestId('export-json').click());
    expect(name).toMatch(/^对比-武进-苏州工业园区-吕梁-.*\.json$/);
    const doc = JSON.parse(bytes.toString('utf8')) as Dataset;
    const v = validateDataset(doc);
    expect(v.ok ? [] : v.errors).toEqual([]);
    expect(doc.format).toBe('rol-compare/dataset');
    expect(doc.id).not.toBe('bundled');
    expect(doc.observations.length).toBeGreaterThan(5);
    for (const o of doc.observations) expect(o).toEqual(observationById.get(o.id));
    expect(new Set(doc.reports.map((r) => r.jurisdiction))).toEqual(new Set(['js.changzhou.wujin', 'js.suzhou.sip', 'sx.lvliang']));
  });

  it('downloads a ZIP with a PNG and an SVG of every chart and the CSV', async () => {
    // every chart, and the list of figures one place reports (an image of its own)
    const charts = (await page.locator('[data-chart-id]').count()) + (await page.getByTestId('single-reporter').count());
    const { name, bytes } = await download(page, () => page.getByTestId('export-zip').click());
    expect(name).toMatch(/^对比-武进-苏州工业园区-吕梁-.*\.zip$/);
    const files = unzipSync(new Uint8Array(bytes));
    const names = Object.keys(files);
    expect(names.filter((n) => n.endsWith('@2x.png'))).toHaveLength(charts);
    expect(names.filter((n) => n.endsWith('.svg'))).toHaveLength(charts);
    expect(names.filter((n) => n.endsWith('.csv'))).toHaveLength(1);
    expect(names.some((n) => n.startsWith('行政复议'))).toBe(true);
    for (const n of names.filter((x) => x.endsWith('.png'))) {
      const png = Buffer.from(files[n]!);
      expect(ihdr(png).width).toBe(2000);
    }
    for (const n of names.filter((x) => x.endsWith('.svg'))) expect(strFromU8(files[n]!)).toContain('导出于');
  });

  it('copies the data table as TSV for WPS/Excel', async () => {
    await page.getByTestId('copy-tsv').click();
    const status = page.getByTestId('export-view-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('ok');
    const tsv = await page.evaluate(() => navigator.clipboard.readText());
    const lines = tsv.trimEnd().split(/\r?\n/);
    expect(lines[0]!.split('\t')[0]).toBe('地区');
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(l.split('\t')).toHaveLength(18);
    expect(errors).toEqual([]);
  });
});

describe('clipboard not available (real Chromium)', () => {
  it('says clearly that the image cannot be copied, and offers the download instead', async () => {
    const ctx = await newContext(browser);
    await ctx.addInitScript(() => {
      Object.defineProperty(window, 'ClipboardItem', { value: undefined, configurable: true });
    });
    const p = await ctx.newPage();
    const errs = watchErrors(p);
    await p.goto(baseUrl());
    await chartsFinished(p, 2);
    const art = p.locator('article').first();
    await art.getByTestId('copy-png').click();
    const status = art.getByTestId('export-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('error');
    expect(await status.getAttribute('role')).toBe('alert');
    expect(await status.textContent()).toContain('不支持复制图片');
    expect(await art.getByTestId('export-png-1x').isEnabled()).toBe(true);
    expect(errs).toEqual([]);
    await ctx.close();
  });
});
