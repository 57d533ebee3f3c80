/**
 * Hostile data, imported and then shown in every view and hovered: nothing may execute (a trap sets
 * window.__pwned; the CSP would also report any inline handler that reached the DOM), nothing may crash,
 * Object.prototype must not change, and invalid hostile files get a clear message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, newContext, watchErrors } from './browser';
import { CONTROL, hostileDataset, MIXED, TEMPLATE, XSS } from '../fixtures/hostile';
import { errorItems, importThroughPicker, openDataView, rawStore } from '../fixtures/browser-data';
import { toCsv, tinyCsvRows } from '../fixtures/csv';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Installed before any page script: records script execution, dialogs and CSP violations. */
function trap() {
  const w = window as unknown as { __violations: string[]; __pwned?: unknown };
  w.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective}: ${e.sample}`));
  window.alert = () => {
    w.__pwned = 'alert';
  };
}

async function assertSafe(page: Page, errors: string[], where: string) {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __violations: string[]; __pwned?: unknown };
    return {
      pwned: w.__pwned ?? null,
      violations: w.__violations,
      injected: document.querySelectorAll('img[src="x"], svg[onload], script:not([src]), [onerror], [onload], a[href^="javascript:"]').length,
      polluted: ({} as Record<string, unknown>).polluted ?? null,
    };
  });
  expect(state, where).toEqual({ pwned: null, violations: [], injected: 0, polluted: null });
  expect(errors, where).toEqual([]);
}

/** Moves the mouse over every chart on a grid (tooltips, emphasis, axis pointers). */
async function hoverCharts(page: Page): Promise<number> {
  const charts = await page.$$('[data-chart-id]');
  for (const chart of charts.slice(0, 6)) {
    await chart.scrollIntoViewIfNeeded();
    const b = await chart.boundingBox();
    if (!b) continue;
    for (let i = 1; i < 8; i++) for (let j = 1; j < 5; j++) await page.mouse.move(b.x + (b.width * i) / 8, b.y + (b.height * j) / 5);
  }
  return charts.length;
}

async function settle(page: Page) {
  await page.waitForFunction(() => !/Loading|正在载入/.test(document.querySelector('main')?.textContent ?? ''), null, { timeout: 20_000 });
  await page.waitForTimeout(300);
}

describe('hostile data (real Chromium, CSP)', () => {
  it('imports hostile text, shows it as text in every view, hovers the charts: nothing runs, nothing breaks', async () => {
    const context = await newContext(browser);
    await context.addInitScript(trap);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openDataView(page, baseUrl());
    const protoBefore = await page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).sort());

    const text = JSON.stringify(hostileDataset()).replace('"value":0,', '"value":-0,');
    expect(text).toContain('"value":-0,');
    const r = await importThroughPicker(page, `${XSS}.json`, Buffer.from(text));
    expect(r.state).toBe('done');
    expect(r.text).toContain(XSS); // the file name, as text
    await page.waitForSelector('[data-testid="dataset-row"][data-dataset-id="hostile"]');
    const rowText = await page.textContent('[data-testid="dataset-row"][data-dataset-id="hostile"]');
    expect(rowText).toContain('<script>window.__pwned=1</script>');
    await assertSafe(page, errors, 'data view');

    // a hostile CSV too (formula-like cells, HTML, templates)
    const rows = tinyCsvRows(1).map((x) => ({ ...x, dataset_id: 'hostile-csv', jurisdiction_name_en: `=cmd|' /C calc'!A0 ${XSS}`, metric_name_en: TEMPLATE, dataset_title_en: `${CONTROL}${MIXED}` }));
    expect((await importThroughPicker(page, 'h.csv', Buffer.from(toCsv(rows)))).state).toBe('done');
    await assertSafe(page, errors, 'data view after CSV');

    const views = [
      '?v=compare&lang=en&j=__proto__,constructor,evil.j2&c=reconsideration,enforcement',
      '?v=compare&lang=zh&j=__proto__,constructor,evil.j2,c.j0&c=reconsideration,enforcement,mediation',
      '?v=rank&lang=en&rm=reconsideration.__proto__',
      '?v=rank&lang=zh&rm=enforcement.penalty_cases&c=reconsideration,enforcement',
      '?v=profile&lang=en&p=__proto__',
      '?v=profile&lang=zh&p=constructor',
      '?v=practices&lang=en&j=__proto__,constructor',
      '?v=reader&lang=en&r=prototype&o=0',
      '?v=reader&lang=zh&r=hostile.r1',
      '?v=data&lang=zh',
    ];
    const seen: string[] = [];
    for (const v of views) {
      await page.goto(`${baseUrl()}${v}`);
      await settle(page);
      // the hostile names are drawn in charts, not only listed (the report-specific metric is listed apart)
      const drawn = v.startsWith('?v=compare') || v.includes('rm=enforcement');
      if (drawn) await page.waitForSelector('[data-chart-id][data-chart-state=finished]', { timeout: 15_000 });
      const charts = await hoverCharts(page);
      const tooltip = await page.evaluate(() => [...document.querySelectorAll('div')].filter((d) => d.style.position === 'absolute' && d.style.zIndex === '9999999').map((d) => d.textContent ?? '').join(' | ').slice(0, 120));
      seen.push(`${v}: ${charts} charts; tooltip "${tooltip}"`);
      if (drawn) expect(charts, v).toBeGreaterThan(0);
      // open every "source" button a table offers (reader links), then come back
      await assertSafe(page, errors, v);
      const main = await page.textContent('main');
      expect(main, v).not.toMatch(/Something went wrong|出错了/);
    }
    console.log(seen.join('\n'));
    // the compare view shows the names as text
    await page.goto(`${baseUrl()}?v=compare&lang=en&j=__proto__,constructor,evil.j2&c=reconsideration`);
    await settle(page);
    const body = await page.textContent('body');
    expect(body).toContain('{a}|{b}');
    expect(await page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).sort())).toEqual(protoBefore);
    await assertSafe(page, errors, 'end');
    await context.close();
  });

  it('refuses invalid hostile files with a clear message and writes nothing', async () => {
    const context = await newContext(browser);
    await context.addInitScript(trap);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openDataView(page, baseUrl());
    const before = await rawStore(page);

    const ds = hostileDataset('bad') as unknown as Record<string, unknown> & { jurisdictions: Record<string, unknown>[]; observations: Record<string, unknown>[] };
    ds.jurisdictions[0]!.name = { zh: 'x'.repeat(100_000), en: XSS };
    ds.jurisdictions[1]!.id = `${XSS}\u0000`;
    const text = JSON.stringify(ds)
      .replace('"format"', '"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"format"')
      .replace('"value":120', '"value":1e999');
    let r = await importThroughPicker(page, 'bad.json', Buffer.from(text));
    expect(r.state).toBe('error');
    const items = await errorItems(page);
    const all = items.join('\n');
    expect(all).toContain('jurisdictions[0].name.zh'); // 100,000 characters: too long
    expect(all).toContain('too long');
    expect(all).toContain('jurisdictions[1].id');
    expect(all).toContain('__proto__'); // unknown keys, named
    expect(all).toContain('observations[0].value');
    expect(Math.max(...items.map((i) => i.length))).toBeLessThan(2000); // long values are clipped

    const rows = tinyCsvRows(1).map((x) => ({ ...x }));
    rows[0]!.value = 'NaN';
    rows[1]!.value = 'Infinity';
    const csv = toCsv(rows).replace('dataset_id', '__proto__');
    r = await importThroughPicker(page, 'bad.csv', Buffer.from(csv));
    expect(r.state).toBe('error');
    expect((await errorItems(page)).join('\n')).toContain('unknown column "__proto__"');
    await importThroughPicker(page, 'bad2.csv', Buffer.from(toCsv(rows)));
    expect((await errorItems(page)).join('\n')).toMatch(/"NaN" is not a number[\s\S]*"Infinity" is not a number/);

    expect(await rawStore(page)).toEqual(before);
    await assertSafe(page, errors, 'invalid files');
    await context.close();
  });
});
