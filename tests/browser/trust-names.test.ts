/**
 * Names that spoof or reverse, in real Chromium: a CSV whose place names hold a right-to-left override, a
 * zero-width space and Cyrillic look-alike letters, and two places of one name, is imported; the data view warns of
 * each cleaned or doubtful name at its row and column; the compare chart's legend, subtitle and series, the place
 * picker, the table, the CSV, the SVG and the PNG show four places under four names, none of them reversed.
 * And figures at the extremes: 2 × 10¹⁴ yuan is labelled in trillions (万亿), never in exponent notation, and a
 * count of 1e308 is refused with its row and column.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import Papa from 'papaparse';
import { baseUrl, chartsFinished, openApp } from './browser';
import { errorItems, importThroughPicker, openDataView } from '../fixtures/browser-data';
import { tinyCsvRows, toCsv, type CsvRow } from '../fixtures/csv';

const RLO = '\u202E';
const CYRILLIC_I = '\u0456';
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/;

/** Four places: two called 测试新区 / New Area (Shanxi, Hebei), a Wujin with an RLO and a zero-width space, a Wujіn. */
function rows(): CsvRow[] {
  const base = tinyCsvRows(4).filter((r) => r.metric_id === 'mediation.disputes_mediated');
  const names: CsvRow[] = [
    { jurisdiction_name_zh: '测试新区', jurisdiction_name_en: 'New Area', jurisdiction_short_zh: '测试新区', jurisdiction_short_en: 'New Area', jurisdiction_province_zh: '山西', jurisdiction_province_en: 'Shanxi' },
    { jurisdiction_name_zh: '测试新区', jurisdiction_name_en: 'New Area', jurisdiction_short_zh: '测试新区', jurisdiction_short_en: 'New Area', jurisdiction_province_zh: '河北', jurisdiction_province_en: 'Hebei' },
    { jurisdiction_name_zh: '测试武进区', jurisdiction_name_en: `${RLO}Wujin Test District`, jurisdiction_short_zh: '测试\u200B武进', jurisdiction_short_en: `${RLO}Wujin`, jurisdiction_province_zh: '江苏', jurisdiction_province_en: 'Jiangsu' },
    { jurisdiction_name_zh: '测试武进区', jurisdiction_name_en: `Wuj${CYRILLIC_I}n Test District`, jurisdiction_short_zh: '测试武进', jurisdiction_short_en: `Wuj${CYRILLIC_I}n`, jurisdiction_province_zh: '浙江', jurisdiction_province_en: 'Zhejiang' },
  ];
  return base.map((r, i) => ({ ...r, dataset_id: 'trust-names', jurisdiction_id: `tn.j${i}`, report_id: `tn.r${i}`, jurisdiction_level: 'zone', ...names[i] }));
}

/**
 * The names shown: the bundled data's Wujin (常州市武进区, Jiangsu) makes a third Wujin, so the one of Jiangsu here
 * takes its full name
 */
const EXPECTED_EN = ['New Area(Shanxi)', 'New Area(Hebei)', 'Wujin Test District(Jiangsu)', `Wuj${CYRILLIC_I}n(Zhejiang)`];
const COMPARE = '/?v=compare&lang=en&j=tn.j0,tn.j1,tn.j2,tn.j3&c=mediation';
const CHART = 'compare-mediation|件';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
});
afterAll(async () => {
  await browser?.close();
});

async function download(click: () => Promise<void>): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const chunks: Buffer[] = [];
  for await (const c of await (d as Download).createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('names that spoof or reverse (real Chromium)', () => {
  it('imports the file and warns of each cleaned or look-alike name at its file, row and column', async () => {
    await openDataView(page, baseUrl(), 'en');
    const r = await importThroughPicker(page, 'names.csv', Buffer.from(toCsv(rows())));
    expect(r.state, r.text).toBe('done');
    const warnings = await page.$$eval('[data-testid="import-warnings"] li', (els) => els.map((e) => `${e.getAttribute('data-code')}: ${e.textContent}`));
    expect(warnings.some((w) => w.startsWith('name_invisible: names.csv, row 4, column jurisdiction_name_en') && w.includes('U+202E'))).toBe(true);
    expect(warnings.some((w) => w.startsWith('name_invisible: names.csv, row 4, column jurisdiction_short_zh') && w.includes('U+200B'))).toBe(true);
    expect(warnings.some((w) => w.startsWith('name_mixed_script: names.csv, row 5, column jurisdiction_short_en') && w.includes('mixes Cyrillic and Latin letters'))).toBe(true);
    // the warnings are in the UI's language
    expect(await page.textContent('.import-warnings h4')).toBe('Imported, but note');
    expect(errors).toEqual([]);
  });

  it('the compare chart: four series keyed by id, four legend entries, nothing reversed in the subtitle', async () => {
    await page.goto(new URL(COMPARE, baseUrl()).href);
    await chartsFinished(page, 1);
    const option = await page.evaluate((id) => {
      type Opt = { series: { id: string; name: string }[]; legend: { data: string[] }[]; title: { text: string; subtext: string }[] };
      const chart = (window as unknown as { __rolCharts: Map<string, { getOption: () => Opt }> }).__rolCharts.get(id)!;
      const o = chart.getOption();
      return { ids: o.series.map((s) => s.id), names: o.series.map((s) => s.name), legend: o.legend[0]!.data, titles: o.title.map((t) => `${t.text} ${t.subtext}`) };
    }, CHART);
    expect(option.ids).toEqual(['tn.j0', 'tn.j1', 'tn.j2', 'tn.j3']);
    expect(option.names).toEqual(EXPECTED_EN);
    expect(option.legend).toEqual(EXPECTED_EN);
    expect(option.titles.join(' ')).not.toMatch(INVISIBLE);
    expect(option.titles.join(' ')).toContain('Wujin Test District(Jiangsu)');
    // the legend draws four entries
    const legendItems = await page.evaluate((id) => {
      type Chart = { getModel: () => { getComponent: (t: string) => { getData: () => { get: (k: string) => string }[] } } };
      const chart = (window as unknown as { __rolCharts: Map<string, Chart> }).__rolCharts.get(id)!;
      return chart.getModel().getComponent('legend').getData().map((d) => d.get('name'));
    }, CHART);
    expect(legendItems).toEqual(EXPECTED_EN);
  });

  it('the place picker and the table name the four places apart', async () => {
    const chips = await page.$$eval('fieldset:has(legend) label.chip', (els) => els.map((e) => e.textContent ?? ''));
    for (const name of EXPECTED_EN) expect(chips.filter((c) => c === name), chips.join(' | ')).toHaveLength(1);
    expect(chips.join(' ')).not.toMatch(INVISIBLE);
    const article = page.locator('article', { has: page.locator(`[data-chart-id="${CHART}"]`) });
    await article.locator('details.data-table summary').first().click();
    const cells = await article.locator('details.data-table tbody tr td:nth-child(2)').allTextContents();
    expect(cells).toEqual(EXPECTED_EN);
  });

  it('the exported CSV, SVG and PNG name the four places apart, nothing reversed', async () => {
    const csv = (await download(() => page.getByTestId('export-csv').click())).toString('utf8');
    // (the file's own byte-order mark aside)
    expect(csv.replace(/^\uFEFF/, '')).not.toMatch(INVISIBLE);
    const [header, ...data] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const placeCol = header!.findIndex((h) => /^(place|jurisdiction)$/i.test(h));
    expect(placeCol, header!.join(',')).toBeGreaterThanOrEqual(0);
    const places = [...new Set(data.filter((r) => r.join(',').includes('tn.')).map((r) => r[placeCol]))];
    expect(places.sort()).toEqual([...EXPECTED_EN].sort());

    const article = page.locator('article', { has: page.locator(`[data-chart-id="${CHART}"]`) });
    const svg = (await download(() => article.getByTestId('export-svg').click())).toString('utf8');
    const texts = await page.evaluate((s) => [...new DOMParser().parseFromString(s, 'image/svg+xml').getElementsByTagName('text')].map((t) => t.textContent ?? ''), svg);
    for (const name of EXPECTED_EN) expect(texts).toContain(name);
    expect(texts.join(' ')).not.toMatch(INVISIBLE);
    expect(texts.join(' ')).not.toContain('nijuW');

    const png = await download(() => article.getByTestId('export-png-1x').click());
    // the PNG is drawn from the option the SVG is drawn from (src/charts/export-render.ts)
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(errors).toEqual([]);
  });
});

describe('figures at the extremes (real Chromium)', () => {
  const amountRows = (): CsvRow[] =>
    tinyCsvRows(2)
      .filter((r) => r.metric_id === 'mediation.disputes_mediated')
      .map((r, i) => ({
        ...r,
        dataset_id: 'trust-extremes',
        jurisdiction_id: `tx.j${i}`,
        jurisdiction_name_zh: `极值测试区${i}`,
        jurisdiction_name_en: `Extreme ${i}`,
        jurisdiction_level: 'zone',
        report_id: `tx.r${i}`,
        metric_id: 'mediation.amount_involved',
        metric_name_zh: '调解涉及金额',
        metric_name_en: 'Amount involved in mediated disputes',
        metric_unit_zh: '元',
        metric_unit_en: 'yuan',
        metric_kind: 'amount',
        value: i === 0 ? '200000000000000' : '3100000',
        quote: i === 0 ? '调解涉及金额200万亿元' : '调解涉及金额310万元',
        figure: i === 0 ? '200万亿元' : '310万元',
      }));

  it('labels 2 × 10¹⁴ yuan as 200 trillion / 200万亿, never in exponent notation', async () => {
    await openDataView(page, baseUrl(), 'en');
    const r = await importThroughPicker(page, 'amounts.csv', Buffer.from(toCsv(amountRows())));
    expect(r.state, r.text).toBe('done');
    for (const [lang, expected] of [['en', '¥200 trillion'], ['zh', '200万亿元']] as const) {
      await page.goto(new URL(`/?v=compare&lang=${lang}&j=tx.j0,tx.j1&c=mediation`, baseUrl()).href);
      await chartsFinished(page, 1);
      const labels = await page.evaluate(() => {
        type Chart = { getOption: () => { series: { data: { label?: { formatter?: string } }[] }[] } };
        const chart = (window as unknown as { __rolCharts: Map<string, Chart> }).__rolCharts.get('compare-mediation|元')!;
        return chart.getOption().series.map((s) => s.data[0]?.label?.formatter ?? '');
      });
      expect(labels[0]!.split('\n')[0]).toBe(lang === 'en' ? '200 trillion' : '200万亿');
      for (const l of labels) expect(l).not.toMatch(/\de[+-]?\d/);
      // the table writes the figure with its unit
      const article = page.locator('article', { has: page.locator('[data-chart-id="compare-mediation|元"]') });
      await article.locator('details.data-table summary').first().click();
      expect(await article.locator('details.data-table tbody').innerText()).toContain(expected);
    }
  });

  it('refuses 1e308 cases at its row and column', async () => {
    await openDataView(page, baseUrl(), 'en');
    const rows = tinyCsvRows(1).map((r) => ({ ...r, dataset_id: 'trust-huge' }));
    rows[0]!.value = '1e308';
    const r = await importThroughPicker(page, 'huge.csv', Buffer.from(toCsv(rows)));
    expect(r.state).toBe('error');
    const items = await errorItems(page);
    expect(items).toContain('huge.csv, row 2, column value: 1e+308 lies outside the plausible range of such a figure (0 to 1,000,000,000,000, unit 件): check for extra digits or a wrong unit');
    expect(errors).toEqual([]);
  });
});
