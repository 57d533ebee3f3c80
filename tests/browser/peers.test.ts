/**
 * Peer groups in real Chromium: 武进's county-level peers among the bundled places, found by their codes in the
 * gazetteer the app ships (public/data/gazetteer.json; never typed in here). The
 * rank view ranks within the group, names it and says where 武进 stands; its bar and table row stand out; the
 * exported SVG carries the standing; the compare view puts the group side by side, 武进 first.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { baseUrl, chartsFinished, openApp } from './browser';
import { createGazetteer } from '../../src/model/gazetteer';
import { decodeGazetteer } from '../../src/model/gazetteer-codec';
import { FOCUS_COLOR } from '../../src/charts/rank-option';

interface Bundled {
  jurisdictions: { id: string; code?: string; short: { zh: string } }[];
  metrics: { id: string; better: 'higher' | 'lower' | 'neutral' }[];
  observations: { metric: string; value: number; report: string; period: number }[];
  reports: { id: string; jurisdiction: string }[];
}
const bundled = JSON.parse(readFileSync('public/data/bundled.json', 'utf8')) as Bundled;
const gazetteer = createGazetteer(decodeGazetteer(JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8'))));
const FOCUS = 'js.changzhou.wujin';
const METRIC = 'rulemaking.filing_reviews';
const short = (id: string) => bundled.jurisdictions.find((j) => j.id === id)!.short.zh;
const levelOf = (code: string) => gazetteer.byCode(code)!.level;

/** The bundled places of the focus's level (and province, when asked), by their census rows. */
function peersOf(sameProvince: boolean): string[] {
  const home = bundled.jurisdictions.find((j) => j.id === FOCUS)!.code!;
  return bundled.jurisdictions
    .filter((j) => j.code && levelOf(j.code) === levelOf(home) && (!sameProvince || j.code.slice(0, 2) === home.slice(0, 2)))
    .map((j) => j.id);
}

/** Each place's latest figure for METRIC, ranked in the metric's direction. */
function ranked(ids: readonly string[]): { id: string; value: number }[] {
  const better = bundled.metrics.find((m) => m.id === METRIC)!.better;
  const latest = new Map<string, { value: number; period: number }>();
  for (const o of bundled.observations) {
    if (o.metric !== METRIC) continue;
    const j = bundled.reports.find((r) => r.id === o.report)!.jurisdiction;
    if (!ids.includes(j)) continue;
    const had = latest.get(j);
    if (!had || o.period > had.period) latest.set(j, o);
  }
  const dir = better === 'lower' ? 1 : -1;
  return [...latest].map(([id, o]) => ({ id, value: o.value })).sort((a, b) => dir * (a.value - b.value) || (a.id < b.id ? -1 : 1));
}

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
});
afterAll(async () => {
  await browser?.close();
});

type Opt = { xAxis: { data: string[] }[]; title: { subtext?: string }[]; series: { data: { itemStyle?: { color?: string } }[]; name?: string }[]; legend?: { data: string[] }[] };
const optionOf = (id: string) =>
  page.evaluate((chartId) => {
    const chart = (window as unknown as { __rolCharts: Map<string, { getOption: () => Opt }> }).__rolCharts.get(chartId)!;
    return chart.getOption();
  }, id);

describe('peer groups (real Chromium)', () => {
  it('rank: ranks within the county-level places, names the group and says where 武进 stands', async () => {
    const group = peersOf(false);
    expect(group.length).toBeGreaterThan(2); // the bundled data has county-level places of two provinces
    const expected = ranked(group);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    await page.goto(new URL(`/?v=rank&lang=zh&rm=${METRIC}&pf=${FOCUS}&pb=level`, baseUrl()).href);
    await chartsFinished(page, 1);
    const o = await optionOf(`rank-${METRIC}`);
    expect(o.xAxis[0]!.data).toEqual(expected.map((e, i) => `${i + 1}. ${short(e.id)}`));
    const at = expected.findIndex((e) => e.id === FOCUS);
    const standing = `${short(FOCUS)}:第 ${at + 1} / ${expected.length} 名,区县`;
    expect(await page.getByTestId('peer-standing').innerText()).toBe(standing);
    expect(o.title.map((t) => t.subtext ?? '').join('\n')).toContain(standing);
    // the focus bar alone has the focus colour
    expect(o.series[0]!.data.map((d) => d.itemStyle?.color === FOCUS_COLOR)).toEqual(expected.map((e) => e.id === FOCUS));
    expect(await page.getByTestId('rank-coverage').innerText()).toContain(`共 ${group.length} 个地区`);
    expect(await page.getByTestId('peer-status').innerText()).toContain(`已存 ${group.length} 个`);
    const rows = page.getByTestId('rank-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(expected.length);
    expect(await page.getByTestId('rank-table').locator('tr[aria-current="true"]').innerText()).toContain(short(FOCUS));
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('export-svg').click()]);
    const chunks: Buffer[] = [];
    for await (const c of await (d as Download).createReadStream()) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString('utf8').replace(/<[^>]+>|\s+/g, '')).toContain(standing.replace(/\s+/g, ''));
  });

  it('rank: the same province narrows the group (the checkbox writes the link)', async () => {
    await page.getByRole('checkbox', { name: '同省' }).check();
    // same level and province is the default rule: the link then drops pb
    await expect.poll(() => new URL(page.url()).searchParams.get('pb')).toBeNull();
    expect(new URL(page.url()).searchParams.get('pf')).toBe(FOCUS);
    const group = peersOf(true);
    await expect.poll(async () => page.getByTestId('peer-status').innerText()).toContain(`江苏省 区县(已存 ${group.length} 个)`);
    await chartsFinished(page, 1);
    const expected = ranked(group);
    expect((await optionOf(`rank-${METRIC}`)).xAxis[0]!.data).toEqual(expected.map((e, i) => `${i + 1}. ${short(e.id)}`));
  });

  it('compare: the focus and its peers side by side, the focus first; clearing goes back to the places chosen', async () => {
    const group = peersOf(false);
    await page.goto(new URL(`/?lang=zh&c=rulemaking&pf=${FOCUS}&pb=level`, baseUrl()).href);
    await chartsFinished(page, 1);
    const id = await page.locator('[data-chart-id]').first().getAttribute('data-chart-id');
    const legend = (await optionOf(id!)).legend![0]!.data;
    expect(legend[0]).toBe(short(FOCUS));
    // a peer that reports none of the chart's indicators is named under it rather than drawn as gaps
    const notes = (await page.getByTestId('panel-note').allTextContents()).join('');
    const left = group.map(short).filter((n) => !legend.includes(n));
    for (const n of left) expect(notes).toContain(n);
    expect([...legend, ...left].sort()).toEqual(group.map(short).sort());
    expect(await page.getByTestId('peer-shown').innerText()).toContain(`${group.length - 1} 个同类地区`);
    await page.getByRole('button', { name: '不限同类地区' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('pf')).toBeNull();
    await expect.poll(() => page.getByTestId('peer-shown').count()).toBe(0);
  });

  it('profile: 在同类地区中排名 ranks within its province’s county-level places, the composite too', async () => {
    await page.goto(new URL(`/?v=profile&lang=zh&p=${FOCUS}`, baseUrl()).href);
    await page.getByRole('button', { name: '在同类地区中排名' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('rank');
    expect(new URL(page.url()).searchParams.get('pf')).toBe(FOCUS);
    await page.getByRole('button', { name: '使用建议指标' }).click();
    await page.getByTestId('composite-standing').waitFor({ timeout: 30_000 });
    await chartsFinished(page, 2);
    const group = peersOf(true);
    const names = (await optionOf('composite')).xAxis[0]!.data;
    // the composite ranks members of the group only, and says where 武进 stands among them
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(group.map(short)).toContain(n);
    const standing = await page.getByTestId('composite-standing').innerText();
    expect(standing).toMatch(new RegExp(`^${short(FOCUS)}(:(并列)?第 \\d+ / ${names.length} 名|未得分)`));
    expect(standing).toContain('江苏省 区县');
  });

  it('profile: 与同类地区对比 opens the compare view with the group', async () => {
    await page.goto(new URL(`/?v=profile&lang=zh&p=${FOCUS}`, baseUrl()).href);
    await page.getByRole('button', { name: '与同类地区对比' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBeNull();
    await page.getByTestId('peer-shown').waitFor();
    expect(await page.getByTestId('peer-shown').innerText()).toContain(`${peersOf(true).length - 1} 个同类地区`);
    expect(errors).toEqual([]);
  });
});
