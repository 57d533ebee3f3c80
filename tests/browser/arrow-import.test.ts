/**
 * An Arrow IPC dataset through the data view's file input (real Chromium): its figures reach a chart; a bad file is
 * refused with its row and column named, and leaves the store exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { Utf8, vectorFromArray } from 'apache-arrow';
import { baseUrl, chartsFinished, launch, newContext, watchErrors } from './browser';
import { tinyDataset } from '../fixtures/factory';
import { errorItems, openDataView, rawStore, runCount, settled } from '../fixtures/browser-data';
import { datasetToArrow } from '../../src/formats/arrow-dataset/write';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ARROW = 'application/vnd.apache.arrow.file';

describe('Arrow import (real Chromium)', () => {
  it('imports a small .arrow file through the data view; its figures are drawn in a chart', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openDataView(page, baseUrl());
    const ds = tinyDataset('arrowed', { jurisdictions: 3 });
    // figures the bundled data does not have, so the chart can only show them from this file
    ds.observations.forEach((o, i) => {
      o.value = 7001 + i;
    });
    ds.reports.forEach((r, i) => {
      r.text = r.text.replace(`${100 * (i + 1)}件`, `${7001 + i}件`);
    });
    for (const o of ds.observations) {
      const i = ds.observations.indexOf(o);
      o.figure = `${7001 + i}件`;
      o.quote = `全年调解矛盾纠纷${o.figure}`;
      o.offset = ds.reports.find((r) => r.id === o.report)!.text.indexOf(o.quote);
    }
    const before = await runCount(page);
    await page.setInputFiles('[data-testid="import-file"]', { name: 'arrowed.arrow', mimeType: ARROW, buffer: Buffer.from(datasetToArrow(ds)) });
    expect(await settled(page, before)).toMatchObject({ state: 'done' });
    const store = await rawStore(page);
    expect(store.datasets.find((d) => d.id === 'arrowed')?.observations).toBe(3);

    await page.goto(`${baseUrl()}?v=compare&lang=en&j=t.j0,t.j1,t.j2&c=mediation`);
    await chartsFinished(page, 1);
    const values = await page.evaluate(() => {
      type Chart = { getOption: () => { series: { data: unknown[] }[] } };
      const charts = (window as unknown as { __rolCharts: Map<string, Chart> }).__rolCharts;
      return [...charts.values()].flatMap((c) => c.getOption().series.flatMap((s) => s.data.map((d) => (typeof d === 'object' && d !== null && 'value' in d ? (d as { value: unknown }).value : d))));
    });
    expect(values).toEqual(expect.arrayContaining([7001, 7002, 7003]));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a bad .arrow file (a wrong quote in one row, a text year in another file) leaves the store unchanged and names row and column', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openDataView(page, baseUrl());
    const storeBefore = await rawStore(page);

    const ds = tinyDataset('badarrow', { jurisdictions: 4 });
    ds.observations[2] = { ...ds.observations[2]!, quote: '报告里没有这句话' };
    let before = await runCount(page);
    await page.setInputFiles('[data-testid="import-file"]', { name: 'badarrow.arrow', mimeType: ARROW, buffer: Buffer.from(datasetToArrow(ds)) });
    expect(await settled(page, before)).toMatchObject({ state: 'error' });
    const items = await errorItems(page);
    expect(items.some((t) => t.includes('badarrow.arrow') && t.includes('row 3') && t.includes('column quote'))).toBe(true);
    expect(await rawStore(page)).toEqual(storeBefore);

    // a column of the wrong type: the column is named, nothing written
    const typed = tinyDataset('typed', { jurisdictions: 2 });
    const periods = vectorFromArray(typed.observations.map((o) => String(o.period)), new Utf8());
    before = await runCount(page);
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'typed.feather',
      mimeType: ARROW,
      buffer: Buffer.from(datasetToArrow(typed, { columns: { period: periods } })),
    });
    expect(await settled(page, before)).toMatchObject({ state: 'error' });
    const typeItems = await errorItems(page);
    expect(typeItems.some((t) => t.includes('typed.feather') && t.includes('"period"') && t.includes('Utf8'))).toBe(true);
    expect(await rawStore(page)).toEqual(storeBefore);
    expect(errors).toEqual([]);
    await context.close();
  });
});
