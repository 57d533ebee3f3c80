/**
 * Figures per 10,000 residents in real Chromium (pc=1): 武进, 吕梁 and 南通 compared on a count two of them report;
 * the expected values come from the bundled figures and the 2020 census populations of
 * data/gazetteer/census-2020-county.csv (never typed in here). The compare view draws them with the per-head unit
 * and the census note, the table and CSV carry the population, the exported SVG the population source, and the
 * rank view orders by the per-head value. Without the switch the gazetteer is never fetched. The profile shows each
 * figure as reported, the population and the figure per head (a lower bound stays one, a rate is not divided), and
 * the composite combines counts per head unless cpc=0.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import Papa from 'papaparse';
import { baseUrl, bundledState, chartsFinished, newContext, openApp } from './browser';
import { formatPerCapita } from '../../src/model/per-capita';
import { formatNumber } from '../../src/model/format';

interface Bundled {
  jurisdictions: { id: string; code?: string; short: { zh: string } }[];
  metrics: { id: string; kind: string; unit: { zh: string; en: string } }[];
  observations: { metric: string; value: number; qualifier?: string; report: string }[];
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

/** The figure a place reports for a metric (undefined: none), its population and the figure per 10,000 residents. */
function expected(place: string, metric = METRIC) {
  const reports = new Set(bundled.reports.filter((r) => r.jurisdiction === place).map((r) => r.id));
  const observation = bundled.observations.find((o) => o.metric === metric && reports.has(o.report));
  const value = observation?.value;
  const population = census.get(bundled.jurisdictions.find((j) => j.id === place)!.code!)!;
  return { value, qualifier: observation?.qualifier ?? 'exact', population, perHead: value === undefined ? undefined : (value * 10000) / population };
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
    // rank, percentile, place, figure reported, population, …
    expect(rows.map((r) => r.split('\t')[4])).toEqual(order.map((j) => expected(j).population.toLocaleString('en-US')));
    const svg = (await download(() => page.getByTestId('export-svg').click())).toString('utf8');
    expect(svg.replace(/<[^>]+>|\s+/g, '')).toContain('人口:2020年第七次全国人口普查');
  });

  it('profile: each count as reported, the population and the figure per head; a lower bound stays one, a rate is not divided', async () => {
    const place = 'js.changzhou.wujin';
    await page.goto(new URL(`/?v=profile&lang=zh&p=${place}&pc=1`, baseUrl()).href);
    await page.getByTestId('profile-per-capita-table').first().waitFor({ timeout: 30_000 });
    const cells = (metric: string) =>
      page.$eval(`[data-testid=profile-per-capita-table] tr[data-metric="${metric}"]`, (tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
    const population = expected(place).population;
    // a count: 79 packages for 1,697,380 residents
    const count = await cells(METRIC);
    // (the figure carries a caveat: marked †, its note under it)
    expect(count[1]!.replace(/†.*$/s, '')).toBe(`${expected(place).value}${unit.zh}`);
    expect(count[2]).toBe(formatNumber(population, 'zh'));
    expect(count[3]).toBe(`${formatPerCapita({ value: expected(place).perHead!, qualifier: 'exact' }, unit, 'zh')}*`);
    // a lower bound (≥100 events) stays a lower bound per head
    const bound = bundled.observations.find((o) => o.qualifier === 'at_least' && bundled.metrics.find((m) => m.id === o.metric)!.kind === 'count'
      && bundled.reports.find((r) => r.id === o.report)!.jurisdiction === place)!;
    const boundUnit = bundled.metrics.find((m) => m.id === bound.metric)!.unit;
    expect((await cells(bound.metric))[3]).toBe(`${formatPerCapita({ value: (bound.value * 10000) / population, qualifier: 'at_least' }, boundUnit, 'zh')}*`);
    expect((await cells(bound.metric))[3]).toMatch(/^≥/);
    // a rate is never divided
    const rate = bundled.observations.find((o) => bundled.metrics.find((m) => m.id === o.metric)!.kind === 'rate'
      && bundled.reports.find((r) => r.id === o.report)!.jurisdiction === place)!;
    expect((await cells(rate.metric))[3]).toBe('不按人口折算');
    const note = await page.getByTestId('profile-per-capita-note').innerText();
    expect(note).toContain(`常住人口 ${formatNumber(population, 'zh')}(2020年普查)`);
    expect(note).toContain('人口:2020年第七次全国人口普查');
  });

  it('composite: counts per head by default (江干 first), the raw counts with cpc=0 (吕梁 first)', async () => {
    const MEDIATED = 'mediation.disputes_mediated';
    const weights = `w=${MEDIATED}~1,${METRIC}~1&miss=partial`;
    const firstRow = async () => {
      await page.waitForSelector('[data-testid=composite-table] tbody tr', { timeout: 30_000 });
      return page.$$eval('[data-testid=composite-table] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    };
    await page.goto(new URL(`/?v=rank&lang=zh&${weights}`, baseUrl()).href);
    await page.waitForSelector('[data-chart-id="composite"][data-chart-state=finished]', { timeout: 30_000 });
    // per head: 江干 mediated more disputes per 10,000 residents than 吕梁, which reported more in all
    const jg = expected('zj.hangzhou.jianggan', MEDIATED);
    const ll = expected('sx.lvliang', MEDIATED);
    expect(jg.perHead!).toBeGreaterThan(ll.perHead!);
    expect(ll.value!).toBeGreaterThan(jg.value!);
    const rows = await firstRow();
    // scores built from a caveated figure are marked †, the caveat under them
    expect(rows.map((r) => [r[1], r[2]!.replace(/†.*$/s, '')])).toEqual([['江干', '100'], ['吕梁', '50'], ['武进', '0']]);
    expect(await page.getByTestId('composite-per-capita').isChecked()).toBe(true);
    const notes = (await page.getByTestId('composite-per-capita-note').allInnerTexts()).join(' ');
    expect(notes).toContain('先按常住人口折算为每万人数值');
    expect(notes).toContain('人口:2020年第七次全国人口普查');
    const subtitle = await page.evaluate(() => {
      type Opt = { title: { subtext?: string }[] };
      const chart = (window as unknown as { __rolCharts: Map<string, { getOption: () => Opt }> }).__rolCharts.get('composite')!;
      return chart.getOption().title.map((t) => t.subtext ?? '').join(' ');
    });
    expect(subtitle).toContain('计数按每万人 · 人口:2020年第七次全国人口普查');
    // unchecked: cpc=0, the counts as reported
    await page.getByTestId('composite-per-capita').uncheck();
    await page.waitForURL(/cpc=0/);
    await page.waitForFunction(() => document.querySelector('[data-testid=composite-table] tbody tr')?.textContent?.includes('吕梁'));
    const raw = await firstRow();
    expect([raw[0]![1], raw[0]![2]!.replace(/†.*$/s, '')]).toEqual(['吕梁', '100']);
    expect(await page.getByTestId('composite-per-capita-note').innerText()).toContain('未按人口折算');
  });

  it('composite: the exported SVG says the counts are per 10k residents and where the population comes from', async () => {
    await page.getByTestId('composite-per-capita').check();
    await page.waitForURL((u) => !u.search.includes('cpc=0'));
    await page.waitForSelector('[data-chart-id="composite"][data-chart-state=finished]', { timeout: 30_000 });
    const panel = page.locator('article', { has: page.locator('[data-chart-id="composite"]') });
    const svg = (await download(() => panel.getByTestId('export-svg').click())).toString('utf8');
    const text = svg.replace(/<[^>]+>|\s+/g, '');
    expect(text).toContain('先按常住人口折算为每万人数值');
    expect(text).toContain('人口:2020年第七次全国人口普查');
  });

  it('composite: while the gazetteer loads it says so, never drawing the raw counts first', async () => {
    // no service worker, so the gazetteer's request can be held back until the status has been seen
    const context = await newContext(browser, { serviceWorkers: 'block' });
    const held = await context.newPage();
    await held.goto(baseUrl());
    await bundledState(held);
    let release = () => {};
    const released = new Promise<void>((ok) => (release = ok));
    await held.route('**/data/gazetteer.json', async (route) => {
      await released;
      await route.continue();
    });
    await held.goto(new URL(`/?v=rank&lang=zh&w=mediation.disputes_mediated~1,${METRIC}~1&miss=partial`, baseUrl()).href);
    await held.locator('article', { has: held.locator('#composite-h') }).getByRole('status').getByText('正在载入人口数据…').waitFor({ timeout: 30_000 });
    expect(await held.locator('[data-chart-id="composite"]').count()).toBe(0);
    release();
    await held.waitForSelector('[data-chart-id="composite"][data-chart-state=finished]', { timeout: 30_000 });
    await held.locator('[data-testid=composite-table] tbody tr').first().waitFor();
    expect(await held.locator('[data-testid=composite-table] tbody tr').first().locator('td').nth(1).innerText()).toBe('江干');
    await context.close();
  });
});
