/**
 * The profile's figures against the other places, in real Chromium. With the bundled data: a figure of 武进 that
 * one other place reports says it cannot be compared (no percentile). With a generated dataset of Jiangsu's places
 * (scripts/lib/synth/generate.ts, real gazetteer places, 武进 among them): a figure many places report shows the
 * median, middle half and 武进's percentile, equal to what src/model/distribution.ts computes from the same data
 * (each place's figure of the year, else of the year after, else before); a peer group narrows it and says so.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, openApp } from './browser';
import { importThroughPicker, json, openDataView } from '../fixtures/browser-data';
import { generateDataset } from '../../scripts/lib/synth/generate';
import { gazetteerPlaces } from '../../scripts/lib/synth/places';
import { distributionOf, percentileAmong } from '../../src/model/distribution';

interface Obs { id: string; metric: string; value: number; report: string; period: number; derived?: unknown }
interface Data { observations: Obs[]; reports: { id: string; jurisdiction: string }[] }
const WUJIN = 'js.changzhou.wujin';
const bundled = JSON.parse(readFileSync('public/data/bundled.json', 'utf8')) as Data;
const { dataset } = generateDataset({ jurisdictions: 100, years: 2, metrics: 12, seed: 11, lastYear: 2023, places: gazetteerPlaces().filter((p) => p.code?.startsWith('32')) });

/** Each place's figure of `year` (bundled first, a figure from the text before a derived one), as the app picks it. */
function pick(data: readonly Data[], metric: string, year: number, idOf: (j: string) => string): Map<string, number> {
  const out = new Map<string, { value: number; derived: boolean }>();
  for (const d of data) {
    const home = new Map(d.reports.map((r) => [r.id, idOf(r.jurisdiction)]));
    for (const o of d.observations) {
      if (o.metric !== metric || o.period !== year) continue;
      const j = home.get(o.report)!;
      const had = out.get(j);
      if (!had || (had.derived && !o.derived)) out.set(j, { value: o.value, derived: Boolean(o.derived) });
    }
  }
  return new Map([...out].map(([j, v]) => [j, v.value]));
}

/** The other places' figures the app sets a figure of `year` against: the year, else the year after, else before. */
function othersOf(data: readonly Data[], metric: string, year: number, idOf: (j: string) => string, members?: ReadonlySet<string>): number[] {
  const got = new Map<string, number>();
  for (const y of [year, year + 1, year - 1])
    for (const [j, v] of pick(data, metric, y, idOf)) if (!got.has(j) && (!members || members.has(j))) got.set(j, v);
  got.delete(WUJIN);
  return [...got.values()];
}

/** Records of a CSV file (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.replace(/\r$/, ''));
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

let browser: Browser;
let page: Page;
let errors: string[];
/** 武进's figure many places report (found in the second test, narrowed to its peers in the third) */
let placed: { o: Obs; others: number[]; data: Data[]; idOf: (j: string) => string } | undefined;

beforeAll(async () => {
  ({ browser, page, errors } = await openApp((context) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin })));
});
afterAll(async () => {
  await browser?.close();
});

const spreadOf = (observation: string) => page.locator(`[data-testid="figure-spread"][data-observation="${observation}"]`);

describe('the profile’s figures against the other places (real Chromium)', () => {
  it('bundled data: a figure two places report says it cannot be compared, never a percentile', async () => {
    const wujin = bundled.observations.filter((o) => o.report.startsWith('wujin-'));
    const two = wujin.find((o) => othersOf([bundled], o.metric, o.period, (j) => j).length === 1)!;
    expect(two).toBeDefined();
    await page.goto(new URL(`/?v=profile&lang=zh&p=${WUJIN}`, baseUrl()).href);
    const cell = spreadOf(two.id);
    await cell.waitFor();
    expect(await cell.getAttribute('data-status')).toBe('few');
    const text = await cell.innerText();
    expect(text).toContain('仅 2 个地区报告,无法比较分布');
    expect(text).not.toContain('百分位');
    expect(await cell.locator('svg').count()).toBe(0);
    // no bundled figure of 武进 has three reporters: no percentile chart, and it says why
    await page.getByTestId('profile-spread-none').waitFor();
  });

  it('a generated dataset: 武进’s figure many places report, with the median, middle half and percentile the model computes', async () => {
    await openDataView(page, baseUrl(), 'zh');
    expect(await importThroughPicker(page, 'jiangsu.json', json(dataset))).toMatchObject({ state: 'done' });
    await page.goto(new URL(`/?v=profile&lang=zh&p=${WUJIN}`, baseUrl()).href);
    await page.getByTestId('spread-scope').waitFor();
    // the generated 武进 (cn.320412) is joined to the stored one of its code, or stays a place of its own
    const joined = (await page.locator('select option[value="cn.320412"]').count()) === 0;
    const idOf = (j: string) => (joined && j === 'cn.320412' ? WUJIN : j);
    const data = [bundled, dataset as unknown as Data];
    // 武进's bundled figures of metrics the generated places report too: the one most places report
    const shared = bundled.observations.filter((o) => o.report.startsWith('wujin-') && dataset.metrics.some((m) => m.id === o.metric));
    const target: { o: Obs; others: number[] } = shared.map((o) => ({ o, others: othersOf(data, o.metric, o.period, idOf) })).sort((a, b) => b.others.length - a.others.length)[0]!;
    expect(target.others.length).toBeGreaterThanOrEqual(40);
    const all = [...target.others, target.o.value];
    const dist = distributionOf(all)!;
    const p = percentileAmong(target.o.value, all);
    const cell = spreadOf(target.o.id);
    await cell.waitFor();
    await expect.poll(() => cell.getAttribute('data-status')).toBe('placed');
    expect(Number(await cell.getAttribute('data-n'))).toBe(all.length);
    expect(Number(await cell.getAttribute('data-median'))).toBeCloseTo(dist.median, 9);
    expect(Number(await cell.getAttribute('data-q1'))).toBeCloseTo(dist.q1, 9);
    expect(Number(await cell.getAttribute('data-q3'))).toBeCloseTo(dist.q3, 9);
    expect(Number(await cell.getAttribute('data-percentile'))).toBe(p);
    const text = await cell.innerText();
    expect(text).toContain('中位数');
    expect(text).toContain('中间一半');
    expect(text).toContain(`第 ${p} 百分位`);
    expect(text).toContain(`高于 ${p}% 的其他报告地区`);
    expect(text).toContain(`共 ${all.length} 个报告地区`);
    // the box is drawn for the eye only; the words are what a screen reader reads
    expect(await cell.locator('svg').getAttribute('aria-hidden')).toBe('true');
    // the percentile chart draws it, and its export rows carry the median, quartiles and percentile
    await page.locator('[data-chart-id="profile-spread"][data-chart-state="finished"]').waitFor();
    const article = page.locator('article', { has: page.locator('[data-chart-id="profile-spread"]') });
    await article.getByTestId('copy-table-tsv').click();
    await expect.poll(() => article.getByTestId('export-status').getAttribute('data-state'), { timeout: 30_000 }).toBe('ok');
    const [head, ...lines] = (await page.evaluate(() => navigator.clipboard.readText())).trimEnd().split(/\r?\n/).map((l) => l.split('\t'));
    const col = (name: string) => head!.indexOf(name);
    const row = lines.find((l) => l[col('数字代码')] === target.o.id)!;
    expect(row).toBeDefined();
    expect(Number(row[col('中位数')])).toBeCloseTo(dist.median, 9);
    expect(Number(row[col('下四分位数')])).toBeCloseTo(dist.q1, 9);
    expect(Number(row[col('上四分位数')])).toBeCloseTo(dist.q3, 9);
    expect(Number(row[col('百分位')])).toBe(p);
    expect(Number(row[col('报告地区数')])).toBe(all.length);
    // a figure two places report is in the rows too, with its count and no percentile
    expect(lines.some((l) => l[col('报告地区数')] === '2' && l[col('百分位')] === '')).toBe(true);
    // the exported image says the median and the middle half under the chart
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), article.getByTestId('export-svg').click()]);
    const chunks: Buffer[] = [];
    for await (const c of await d.createReadStream()) chunks.push(c as Buffer);
    const svg = Buffer.concat(chunks).toString('utf8');
    expect(svg).toContain('各项数字的百分位');
    expect(svg).toContain('中位数');
    // the view's CSV carries them too
    const [c] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('export-csv').click()]);
    const parts: Buffer[] = [];
    for await (const x of await c.createReadStream()) parts.push(x as Buffer);
    const [csvHead, ...csvRows] = parseCsv(Buffer.concat(parts).toString('utf8').replace(/^\uFEFF/, ''));
    const at = (name: string) => csvHead!.indexOf(name);
    const csvRow = csvRows.find((r) => r[at('数字代码')] === target.o.id && r[at('百分位')] !== undefined && r[at('百分位')] !== '')!;
    expect(csvRow).toBeDefined();
    expect(Number(csvRow[at('中位数')])).toBeCloseTo(dist.median, 9);
    expect(Number(csvRow[at('百分位')])).toBe(p);
    expect(errors).toEqual([]);
    placed = { ...target, data, idOf };
  });

  it('a peer group: the distribution is of 武进’s peers (county-level places of 常州), and says so', async () => {
    const target = placed!;
    // the peers by the gazetteer: county-level places under 常州 (code 3204…), as the generated places are stored
    const peerCodes = new Set(gazetteerPlaces().filter((g) => g.code?.startsWith('3204') && g.level === 'county').map((g) => g.code));
    const peerIds = new Set(dataset.jurisdictions.filter((j) => j.code && peerCodes.has(j.code)).map((j) => target.idOf(j.id)));
    const others = othersOf(target.data, target.o.metric, target.o.period, target.idOf, peerIds);
    expect(others.length).toBeGreaterThanOrEqual(2);
    expect(others.length).toBeLessThan(target.others.length);
    const all = [...others, target.o.value];
    const dist = distributionOf(all)!;
    await page.goto(new URL(`/?v=profile&lang=zh&p=${WUJIN}&pf=${WUJIN}&pb=level,province,city`, baseUrl()).href);
    const cell = spreadOf(target.o.id);
    await cell.waitFor();
    await expect.poll(() => cell.getAttribute('data-n')).toBe(String(all.length));
    expect(Number(await cell.getAttribute('data-median'))).toBeCloseTo(dist.median, 9);
    expect(Number(await cell.getAttribute('data-percentile'))).toBe(percentileAmong(target.o.value, all));
    const text = await cell.innerText();
    expect(text).toContain('常州');
    expect(text).toContain(`共 ${all.length} 个报告地区`);
    await expect.poll(() => page.getByTestId('spread-scope').innerText()).toContain('同类地区:');
  });
});
