/** Export menus on the other views: a ranking, a composite and a profile chart export with their context. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { baseUrl, chartsFinished, openApp } from './browser';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  ({ browser, page } = await openApp());
});
afterAll(async () => {
  await browser?.close();
});

async function downloadFrom(chartId: string, testid: string): Promise<{ name: string; bytes: Buffer }> {
  const article = page.locator('article', { has: page.locator(`[data-chart-id="${chartId}"]`) }).first();
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), article.locator(`[data-testid=${testid}]`).click()]);
  const stream = await (d as Download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return { name: (d as Download).suggestedFilename(), bytes: Buffer.concat(chunks) };
}

describe('export from the rank and profile views', () => {
  it('a ranking exports as PNG at 2× and as SVG with its title and source line', async () => {
    await page.goto(new URL('/?v=rank&rm=litigation.head_appearance_rate', baseUrl()).href);
    await chartsFinished(page, 1);
    const png = await downloadFrom('rank-litigation.head_appearance_rate', 'export-png-2x');
    expect(png.name).toMatch(/^行政机关负责人出庭应诉率-排名-.*@2x\.png$/);
    // exports are drawn at a fixed 1000-pixel layout width, times the pixel ratio
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.bytes.readUInt32BE(16)).toBe(2000);
    const svg = await downloadFrom('rank-litigation.head_appearance_rate', 'export-svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('行政机关负责人出庭应诉率排名');
    expect(text).toContain('来源');
    expect(text).not.toMatch(/<script|\son\w+=/i);
  });

  it('a profile radar exports too', async () => {
    await page.goto(new URL('/?v=profile&p=sx.lvliang', baseUrl()).href);
    await chartsFinished(page, 1);
    const svg = await downloadFrom('profile-radar', 'export-svg');
    expect(svg.name).toMatch(/^吕梁市-地区画像.*\.svg$/);
    expect(svg.bytes.toString('utf8')).toContain('各领域得分与其他地区平均');
  });
});
