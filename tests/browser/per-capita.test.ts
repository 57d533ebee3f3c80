/**
 * Figures per 10,000 residents in real Chromium (pc=1): 武进, 吕梁 and 南通 compared on a count two of them report;
 * the expected values come from the bundled figures and the 2020 census populations of
 * data/gazetteer/census-2020-county.csv (never typed in here). The compare view draws them with the per-head unit
 * and the census note, the table and CSV carry the population, the exported SVG the population source, and the
 * rank view orders by the per-head value. Without the switch the gazetteer is never fetched.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import Papa from 'papaparse';
import { baseUrl, chartsFinished, openApp } from './browser';
import { formatPerCapita } from '../../src/model/per-capita';

interface Bundled {
  jurisdictions: { id: string; code?: string; short: { zh: string } }[];
  metrics: { id: string; unit: { zh: string; en: string } }[];
  observations: { metric: string; value: number; report: string }[];
  reports: { id: string; jurisdiction: string }[];
}
const bundled = JSON.parse(readFileSync('public/data/bundled.json', 'utf8')) as Bundled;
const census = new Map(
  (Papa.parse<string[]>(readFileSync('data/gazetteer/census-2020-county.csv', 'utf8'), { skipEmptyLines: true }).data)
    .slice(1)
    .map((r) => [r[0]!, Number(r[4])]),
);
const METRIC = 'licensing.one_thing_packages';
const PLACES = ['js.changzhou.wujin', 'sx.lvliang', 'js.nantong'];
const unit = bundled.metrics.find((m) => m.id === METRIC)!.unit;
const CHART = `compare-licensing|${unit.zh}`;

/** The figure a place reports for METRIC (undefined: none), its population and the figure per 10,000 residents. */
function expected(place: string) {
  const reports = new Set(bundled.reports.filter((r) => r.jurisdiction === place).map((r) => r.id));
  const value = bundled.observations.find((o) => o.metric === METRIC && reports.has(o.report))?.value;
  const population = census.get(bundled.jurisdictions.find((j) => j.id === place)!.code!)!;
  return { value, population, perHead: value === undefined ? undefined : (value * 10000) / population };
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openApp());
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

const gazetteerFetched = () =>
  page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('data/gazetteer.json')));

describe('figures per 10,000 residents (real Chromium)', () => {
  it('fetches no gazetteer while the switch is off', async () => {
    await page.goto(new URL(`/?lang=zh&j=${PLACES.join(',')}&c=licensing&m=${METRIC}`, baseUrl()).href);
    await chartsFinished(page, 1);
    expect(await gazetteerFetched()).toBe(false);
  });

  it('compare: draws the per-head values of the census populations, the unit and the census note', async () => {
    await page.goto(new URL(`/?lang=zh&j=${PLACES.join(',')}&c=licensing&m=${METRIC}&pc=1`, baseUrl()).href);
    await chartsFinished(page, 1);
    expect(await gazetteerFetched()).toBe(true);
    const option = await page.evaluate((id) => {
      type Opt = { series: { data: { value: number; label?: { formatter?: string } }[] }[]; yAxis: { name: string }[]; title: { subtext?: string }[] };
      const chart = (window as unknown as { __rolCharts: Map<string, { getOption: () => Opt }> }).__rolCharts.get(id)!;
      const o = chart.getOption();
      return { bars: o.series.map((s) => ({ value: s.data[0]!.value, label: s.data[0]!.label?.formatter ?? '' })), unit: o.yAxis[0]!.name, subtitle: o.title.map((t) => t.subtext ?? '').join(' ') };
    }, CHART);
    PLACES.forEach((p, i) => {
      const e = expected(p);
      const bar = option.bars[i]!;
      if (e.perHead === undefined) expect(bar.label).toBe('未报告');
      else {
        expect(bar.value).toBeCloseTo(e.perHead, 9);
        // marked derived (*), and † where the figure carries a caveat
        expect(bar.label.split('\n')[0]).toMatch(new RegExp(`^${formatPerCapita({ value: e.perHead, qualifier: 'exact' }, unit, 'zh', false).replace('.', '\\.')}\\*†?$`));
      }
    });
    expect(option.unit).toBe(`${unit.zh}/万人`);
    expect(option.subtitle).toContain('人口:2020年第七次全国人口普查');
    expect(await page.getByTestId('per-capita-note').innerText()).toContain('2020年第七次全国人口普查');
  });

  it('compare: the table shows the figure reported, the population and the per-head value', async () => {
    const table = page.getByTestId('per-capita-table');
    await table.locator('xpath=..').locator('summary').click();
    const text = await table.innerText();
    for (const p of PLACES.slice(0, 2)) {
      const e = expected(p);
      expect(text).toContain(e.population.toLocaleString('en-US'));
      expect(text).toContain(`${e.value}${unit.zh}`);
      expect(text).toContain(formatPerCapita({ value: e.perHead!, qualifier: 'exact' }, unit, 'zh'));
    }
    expect(text).toContain('未报告');
  });

  it('compare: the CSV has the population and per-head columns, the SVG the population source', async () => {
    const csv = await download(() => page.getByTestId('export-csv').click());
    const [header, ...rows] = Papa.parse<string[]>(csv.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    const col = (n: string) => header!.indexOf(n);
    expect(col('常住人口')).toBeGreaterThan(0);
    const wujin = rows.find((r) => r[col('地区代码')] === PLACES[0] && r[col('指标代码')] === METRIC)!;
    expect(Number(wujin[col('常住人口')])).toBe(expected(PLACES[0]!).population);
    expect(Number(wujin[col('每万人数值')])).toBeCloseTo(expected(PLACES[0]!).perHead!, 9);
    expect(Number(wujin[col('数值')])).toBe(expected(PLACES[0]!).value);
    const panel = page.locator('article', { has: page.locator(`[data-chart-id="${CHART}"]`) });
    const svg = (await download(() => panel.getByTestId('export-svg').click())).toString('utf8');
    const texts = await page.evaluate((text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('text')].map((t) => t.textContent ?? ''), svg);
    expect(texts.join('').replace(/\s+/g, '')).toContain('人口:2020年第七次全国人口普查');
  });

  it('rank: orders by the per-head value, with the per-head unit', async () => {
    await page.goto(new URL(`/?v=rank&lang=zh&rm=${METRIC}&pc=1`, baseUrl()).href);
    await chartsFinished(page, 1);
    const names = await page.evaluate((id) => {
      type Opt = { xAxis: { data: string[] }[]; title: { subtext?: string }[] };
      const chart = (window as unknown as { __rolCharts: Map<string, { getOption: () => Opt }> }).__rolCharts.get(id)!;
      return { x: chart.getOption().xAxis[0]!.data, subtitle: chart.getOption().title.map((t) => t.subtext ?? '').join(' ') };
    }, `rank-${METRIC}`);
    const reporting = bundled.jurisdictions.map((j) => j.id).filter((j) => expected(j).perHead !== undefined);
    const order = [...reporting].sort((a, b) => expected(b).perHead! - expected(a).perHead!);
    const short = (id: string) => bundled.jurisdictions.find((j) => j.id === id)!.short.zh;
    expect(names.x).toEqual(order.map((j, i) => `${i + 1}. ${short(j)}`));
    expect(names.subtitle).toContain(`${unit.zh}/万人`);
    expect(names.subtitle).toContain('人口:2020年第七次全国人口普查');
    // the table (open: few rows) lists the population of each ranked place, in rank order
    const rows = await page.getByTestId('rank-table').locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t')[3])).toEqual(order.map((j) => expected(j).population.toLocaleString('en-US')));
    const svg = (await download(() => page.getByTestId('export-svg').click())).toString('utf8');
    expect(svg.replace(/<[^>]+>|\s+/g, '')).toContain('人口:2020年第七次全国人口普查');
  });
});
