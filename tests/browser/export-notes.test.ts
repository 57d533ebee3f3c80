/**
 * What exported images and slides say besides the chart, in real Chromium: the key of the marks the figures carry
 * (≥ * † 未报告), the warning when a chart mixes years, and the comparability notes of its figures, at 11 px or more
 * at 1×, the image grown in height to hold them all. Set ROL_SHOTS to a folder to keep the images for a look.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { unzipSync, strFromU8 } from 'fflate';
import { baseUrl, chartsFinished, launch, newContext, watchErrors } from './browser';

const SHOTS = process.env.ROL_SHOTS;
const keep = (name: string, data: Buffer | string) => {
  if (SHOTS) writeFileSync(join(SHOTS, name), data);
};
/** 江干 (2020) with the default places and 行政复议 metrics that it, 苏州工业园区 (2022) and 吕梁 (2023) report. */
const WITH_JIANGGAN =
  '?j=js.changzhou.wujin,js.suzhou.sip,sx.lvliang,zj.hangzhou.jianggan&m=reconsideration.withdrawn_after_mediation,reconsideration.disputes_resolved,reconsideration.cases_handled';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await newContext(browser);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const stream = await (d as Download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** The SVG's text elements: their text and font size (px). */
function svgTexts(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      height: Number(doc.documentElement.getAttribute('height')),
      texts: [...doc.getElementsByTagName('text')].map((t) => {
        const style = t.getAttribute('style') ?? '';
        const size = /font-size:\s*([\d.]+)px/.exec(style) ?? /(?:^|[;\s])font:[^;]*?([\d.]+)px/.exec(style);
        return { text: t.textContent ?? '', size: size ? Number(size[1]) : NaN, fill: t.getAttribute('fill') ?? '' };
      }),
    };
  }, svg);
}

/** Rows of the PNG (from the top, as a share of its height) that hold dark ink: where text is drawn. */
function inkRows(page: Page, png: Buffer) {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    const rows: number[] = [];
    for (let y = 0; y < bmp.height; y++) {
      let ink = 0;
      for (let x = 0; x < bmp.width; x++) if (d[(y * bmp.width + x) * 4]! < 180) ink++;
      rows.push(ink);
    }
    return rows;
  }, png.toString('base64'));
}

const panel = (page: Page, category: string): Locator => page.locator(`article[aria-label^="${category}"]`).first();
/** All text of an SVG run together (a wrapped note's lines joined, the indent of continuation lines dropped). */
const flat = (texts: { text: string }[]) => texts.map((t) => t.text).join('').replace(/\s+/g, '');

/** The years the chart's subtitle names ("苏州工业园区 · 吕梁 · 2022–2023"). */
function subtitleYears(texts: { text: string }[]): number[] {
  const sub = texts.find((t) => / · \d{4}(–\d{4})*$/.test(t.text));
  return sub ? [...new Set(/(\d{4}(–\d{4})*)$/.exec(sub.text)![1]!.split('–').map(Number))] : [];
}

describe('exported images carry the key, the mixed-year warning and the caveat notes', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await context.newPage();
    errors = watchErrors(page);
    await page.goto(`${baseUrl()}${WITH_JIANGGAN}`);
    await chartsFinished(page, 1);
  });

  it('the 行政复议 SVG: key, 江干’s caveat (经调解撤回行政复议申请数), the mixed-year warning, all at ≥ 11 px', async () => {
    const p = panel(page, '行政复议');
    const svg = (await download(page, () => p.getByTestId('export-svg').click())).toString('utf8');
    keep('reconsideration.svg', svg);
    const { texts, height } = await svgTexts(page, svg);
    const all = flat(texts);
    // the key names what the chart uses: a caveated figure (†) is there, so is its key
    expect(all).toContain('†口径不一致');
    const keyLine = texts.find((t) => /†\s*口径不一致/.test(t.text))!;
    expect(keyLine.size).toBeGreaterThanOrEqual(11);
    // 江干's caveat of the withdrawn-after-mediation figure, in full
    expect(all).toContain('江干·经调解撤回行政复议申请数');
    expect(all).toContain('截至报告时的数字,未必是全年');
    for (const t of texts.filter((x) => /江干 · 经调解|截至报告时/.test(x.text))) expect(t.size).toBeGreaterThanOrEqual(11);
    // 江干 reports 2020, the others later years: the warning names them
    expect(subtitleYears(texts)).toContain(2020);
    const warning = texts.find((t) => t.text.startsWith('注意:混合了'))!;
    expect(warning, all).toBeDefined();
    expect(warning.text).toMatch(/^注意:混合了 (\d{4}、)+\d{4} 年的数字$/);
    expect(warning.text).toContain('2020');
    expect(warning.size).toBeGreaterThanOrEqual(11);
    // never cut off: every line sits inside the image
    expect(height).toBeGreaterThan(560);
    expect(errors).toEqual([]);
  });

  it('the 1× and 2× PNGs grow in height to hold the notes, and the notes are drawn', async () => {
    const p = panel(page, '行政复议');
    const one = await download(page, () => p.getByTestId('export-png-1x').click());
    const two = await download(page, () => p.getByTestId('export-png-2x').click());
    keep('reconsideration@1x.png', one);
    keep('reconsideration@2x.png', two);
    const s1 = pngSize(one);
    const s2 = pngSize(two);
    expect(s1.width).toBe(1000);
    expect(s2.height).toBe(s1.height * 2);
    // 560 px and a 15 px line for each line of text under the chart after the first: key, warning, notes, source
    expect((s1.height - 560) % 15).toBe(0);
    expect((s1.height - 560) / 15).toBeGreaterThanOrEqual(4);
    // text in the grown part: ink in the band the notes occupy, and in the last line (the source)
    const rows = await inkRows(page, one);
    const band = rows.slice(560 - 60, s1.height - 20).filter((n) => n > 0).length;
    expect(band).toBeGreaterThan(30);
    expect(rows.slice(s1.height - 16).some((n) => n > 0)).toBe(true);
  });

  it('grows by exactly its lines under the chart: 560 px for the source line alone, 15 px more for each other line', async () => {
    const p = panel(page, '行政复议');
    const svg = (await download(page, () => p.getByTestId('export-svg').click())).toString('utf8');
    const { texts, height } = await svgTexts(page, svg);
    // the lines under the chart are drawn last, after the subtitle (title block) of the chart
    const sub = texts.findIndex((t) => / · \d{4}(–\d{4})*$/.test(t.text));
    const under = texts.slice(sub + 1).filter((t) => t.text.trim());
    expect(under[0]!.text).toMatch(/口径不一致|未报告 ≠ 0|下限|推算/);
    expect(under[under.length - 1]!.text).toMatch(/^来源:/);
    const expected = 560 + 15 * (under.length - 1);
    expect(height).toBe(expected);
    const png = pngSize(await download(page, () => p.getByTestId('export-png-1x').click()));
    expect(png.height).toBe(expected);
    // a chart with only its source line under it would be 560 px high
    expect(png.height - 560).toBeGreaterThanOrEqual(4 * 15);
  });
});

describe('the default compare view', () => {
  it('its 行政复议 SVG and its ZIP entries carry the key and, where the panel mixes years, the warning', async () => {
    const page = await context.newPage();
    await page.goto(baseUrl());
    await chartsFinished(page, 2);
    const p = panel(page, '行政复议');
    const svg = (await download(page, () => p.getByTestId('export-svg').click())).toString('utf8');
    keep('default-reconsideration.svg', svg);
    const { texts } = await svgTexts(page, svg);
    const all = flat(texts);
    expect(all).toMatch(/≥下限|\*推算|†口径不一致|未报告≠0/);
    const years = subtitleYears(texts);
    expect(years.length).toBeGreaterThan(0);
    if (years.length > 1) expect(texts.some((t) => t.text.startsWith('注意:混合了'))).toBe(true);
    else expect(texts.some((t) => t.text.startsWith('注意:混合了'))).toBe(false);

    const zip = unzipSync(new Uint8Array(await download(page, () => page.getByTestId('export-zip').click())));
    const svgs = Object.entries(zip).filter(([n]) => n.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    const recon = svgs.find(([n]) => n.startsWith('行政复议'))!;
    expect(strFromU8(recon[1])).toContain(texts.find((t) => /下限|推算|口径不一致|未报告 ≠ 0/.test(t.text))!.text);
    await page.close();
  });

  it('a slide shows the key and the caveat notes, legible at 1366×768 and 1920×1080', async () => {
    for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
      const ctx = await newContext(browser, { viewport: { width, height } });
      // the slide is an SVG behind a Blob URL: keep the blobs to read the slide's text
      await ctx.addInitScript(() => {
        const made: Blob[] = [];
        (window as unknown as { __blobs: Blob[] }).__blobs = made;
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (b: Blob | MediaSource) => {
          if (b instanceof Blob) made.push(b);
          return create(b);
        };
      });
      const page = await ctx.newPage();
      await page.goto(baseUrl());
      await chartsFinished(page, 2);
      await page.getByTestId('presentation-start').click();
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('[data-testid="presentation"] img');
        return !!img && img.complete && img.naturalWidth > 0;
      });
      const slide = await page.evaluate(async () => {
        const img = document.querySelector<HTMLImageElement>('[data-testid="presentation"] img')!;
        const blobs = (window as unknown as { __blobs: Blob[] }).__blobs.filter((b) => b.type.startsWith('image/svg'));
        const svg = await blobs[blobs.length - 1]!.text();
        const r = img.getBoundingClientRect();
        return { svg, shown: { width: r.width, height: r.height }, natural: { width: img.naturalWidth, height: img.naturalHeight } };
      });
      keep(`slide-${width}.png`, await page.screenshot());
      const { texts } = await svgTexts(page, slide.svg);
      const all = flat(texts);
      expect(all).toMatch(/≥下限|\*推算|†口径不一致|未报告≠0/);
      const caveatLines = texts.filter((t) => t.text.startsWith('† ') && t.text.includes(' · '));
      expect(caveatLines.length).toBeGreaterThan(0);
      // the drawing is scaled to the screen: the notes' 11 px are shown at 12 px or more
      const scale = Math.min(slide.shown.width / slide.natural.width, slide.shown.height / slide.natural.height);
      expect(Math.min(...caveatLines.map((t) => t.size)) * scale).toBeGreaterThanOrEqual(12);
      await ctx.close();
    }
  });
});
