/**
 * The batch import in real Chromium: several report files dropped at once into one review queue (a header per
 * report with its proposed place and year), keyboard review, accept-all, a changed year, duplicates asked about,
 * one save of every report; a cancelled batch leaves nothing; a queue of 5,000 candidates keeps few rows in the DOM;
 * .html and .docx files and unreadable PDFs; axe-core on the queue, wide and on a phone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, openApp } from './browser';

const WUJIN = '000_073c9bd919876828.txt';
const JIANGGAN = '002_83cfd3be53fcf692.txt';
const LVLIANG = '004_2a7c7eb89a7acd7c.txt';
const ALL = ['000_073c9bd919876828.txt', '001_7a6fb55e6f628b5f.txt', '002_83cfd3be53fcf692.txt', '003_63beab983cbe6518.txt', '004_2a7c7eb89a7acd7c.txt'];
const report = (name: string) => ({ name, mimeType: 'text/plain', buffer: readFileSync(new URL(`../../data/reports/${name}`, import.meta.url)) });
const fixture = (name: string, mimeType: string) => ({ name, mimeType, buffer: readFileSync(new URL(`../fixtures/documents/${name}`, import.meta.url)) });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
});
afterAll(async () => {
  await browser?.close();
});

/** Every stored dataset with its reports' jurisdiction and period. */
const stored = () =>
  page.evaluate(
    () =>
      new Promise<Record<string, { jurisdiction: string; period: number }[]>>((resolve) => {
        const open = indexedDB.open('rol-compare');
        open.onsuccess = () => {
          const req = open.result.transaction('jurisdictionBlocks').objectStore('jurisdictionBlocks').getAll();
          req.onsuccess = () => {
            const out: Record<string, { jurisdiction: string; period: number }[]> = {};
            for (const b of req.result as { dataset: string; reports: { jurisdiction: string; period: number }[] }[])
              (out[b.dataset] ??= []).push(...b.reports.map((r) => ({ jurisdiction: r.jurisdiction, period: r.period })));
            resolve(out);
            open.result.close();
          };
        };
      }),
  );

async function openAdd(width = 1366, height = 900) {
  await page.setViewportSize({ width, height });
  await page.goto(new URL('/?v=add&lang=zh', baseUrl()).href);
  await page.waitForSelector('[data-testid=add-file]');
}

/** The engine is done, `reports` are queued and none is being extracted. */
async function queueSettled(reports: number) {
  await page.waitForFunction(
    (n) => {
      const t = document.querySelector<HTMLElement>('[data-testid=add-review]');
      return !document.querySelector('[data-testid=batch-progress]') && t?.dataset.reports === String(n) && t.dataset.extracting === '0';
    },
    reports,
    { timeout: 60_000 },
  );
}

/** A report's header, brought into view (and focused) from the list of reports: the queue draws only what is in view. */
async function header(file: string) {
  await page.click(`[data-testid=batch-jump][data-file="${file}"]`);
  const h = page.locator('[data-testid=batch-report]', { hasText: file });
  await h.waitFor();
  return h;
}
/** How many reports the save waits on for a duplicate answer. */
const asking = () => page.$$eval('[data-testid=batch-blocked] li', (ls) => ls.filter((l) => l.textContent?.includes('需回答是否替换已存储的报告')).length);
/** The look-up of stored duplicates answers after the extraction settles: waits until `n` reports ask. */
const askingAboutStored = (n: number) =>
  page.waitForFunction((k) => [...document.querySelectorAll('[data-testid=batch-blocked] li')].filter((l) => l.textContent?.includes('需回答是否替换已存储的报告')).length === k, n, { timeout: 10_000 });
const queued = () => page.$$eval('[data-testid=batch-jump]', (bs) => bs.map((b) => b.getAttribute('data-file') ?? ''));
const active = () => page.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label') ?? '', row: document.activeElement?.getAttribute('data-row') ?? null }));

describe('batch import', () => {
  it('drops three reports into one queue, reviewed by keyboard, with a changed year, and saves them all at once', async () => {
    const before = await stored();
    await openAdd();
    expect(await page.getAttribute('[data-testid=add-file]', 'multiple')).not.toBeNull();
    await page.setInputFiles('[data-testid=add-file]', [report(WUJIN), report(LVLIANG), report(JIANGGAN)]);
    await queueSettled(3);
    // one group per report, in the order dropped, each with its proposed place and year
    expect(await queued()).toEqual([WUJIN, LVLIANG, JIANGGAN]);
    expect(await (await header(WUJIN)).locator('[data-testid=add-place]').textContent()).toContain('武进区');
    expect(await (await header(LVLIANG)).locator('[data-testid=add-place]').textContent()).toContain('吕梁市');
    expect(await (await header(JIANGGAN)).locator('[data-testid=add-place]').textContent()).toContain('江干区');
    expect(await (await header(WUJIN)).locator('[data-testid=batch-year]').inputValue()).toBe('2022');
    expect(await (await header(LVLIANG)).locator('[data-testid=batch-year]').inputValue()).toBe('2023');
    expect(await (await header(JIANGGAN)).locator('[data-testid=batch-year]').inputValue()).toBe('2020');
    const summary = (await page.textContent('[data-testid=add-summary]')) ?? '';
    const total = Number(/(\d+) 个候选数字/.exec(summary)?.[1]);
    expect(total).toBeGreaterThan(100);
    // the bundled data holds these texts: each report asks before it is saved
    await askingAboutStored(3);
    expect(await page.locator('[data-testid=batch-blocked] li').count()).toBe(3);
    expect(await page.isDisabled('[data-testid=add-save]')).toBe(true);

    // keyboard: j to the first rows, r rejects (and moves on), k back, a accepts again
    await header(WUJIN);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('batch-report');
    await page.keyboard.press('j');
    const first = await active();
    expect(first.label).toMatch(/^已接受:/);
    await page.keyboard.press('r');
    const second = await active();
    expect(second.row).not.toBe(first.row);
    const firstRow = page.locator(`[data-testid=add-review] tr[data-row="${first.row}"]`).first();
    expect(await firstRow.getAttribute('aria-label')).toMatch(/^未接受:/);
    expect(await firstRow.locator('input[type=checkbox]').isChecked()).toBe(false);
    await page.keyboard.press('k');
    expect((await active()).row).toBe(first.row);
    // the focused row's sentence is marked in the text beside the queue
    const figure = (await firstRow.locator('td.figure').textContent()) ?? '';
    expect(await page.textContent('[data-testid=add-text-view] mark.figure')).toBe(figure);
    await page.keyboard.press('a');
    expect(await firstRow.getAttribute('aria-label')).toMatch(/^已接受:/);
    expect((await active()).row).toBe(second.row);
    // ArrowDown moves on too; e edits the value, Escape goes back to the row
    await page.keyboard.press('ArrowDown');
    const third = await active();
    await page.keyboard.press('e');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-edit'))).toBe('value');
    await page.keyboard.press('Escape');
    expect((await active()).row).toBe(third.row);

    // accept-all on a report with rejected rows
    const notes = await page.$$eval('[data-testid=batch-jump]', (bs) => bs.map((b): [string, string] => [b.getAttribute('data-file') ?? '', b.nextElementSibling?.textContent ?? '']));
    const partial = notes.find(([, n]) => {
      const m = /(\d+) 个数字,已接受 (\d+) 个/.exec(n);
      return m && m[1] !== m[2];
    });
    expect(partial).toBeDefined();
    const head = await header(partial![0]);
    await head.locator('[data-testid=batch-accept-all]').click();
    const n = /(\d+) 个数字/.exec(partial![1])![1];
    expect(await head.locator('[data-testid=batch-count]').textContent()).toBe(`${n} 个数字,已接受 ${n} 个`);

    // a changed year: the report is extracted again for it
    await (await header(JIANGGAN)).locator('[data-testid=batch-year]').fill('2021');
    await queueSettled(3);
    expect(await (await header(JIANGGAN)).locator('[data-testid=batch-year]').inputValue()).toBe('2021');

    // confirm all, answer every duplicate question, save once
    await page.click('[data-testid=batch-confirm-all]');
    expect(await page.isDisabled('[data-testid=add-save]')).toBe(true);
    expect(await page.textContent('[data-testid=batch-blocked]')).toContain('需回答是否替换已存储的报告');
    for (const f of [WUJIN, LVLIANG, JIANGGAN]) await (await header(f)).locator('[data-testid=batch-replace]').click();
    expect(await stored()).toEqual(before);
    expect(await page.textContent('[data-testid=add-save]')).toMatch(/^保存 3 份报告/);
    expect(await stored()).toEqual(before);
    expect(await queued()).toEqual([WUJIN, LVLIANG, JIANGGAN]);
    // a report skipped is not saved; the two others are saved in one go
    await (await header(LVLIANG)).getByRole('button', { name: '跳过', exact: true }).click();
    expect(await page.textContent('[data-testid=add-save]')).toMatch(/^保存 2 份报告/);
    await page.click('[data-testid=add-save]');
    await page.waitForSelector('[data-testid=add-saved]');
    expect(await page.textContent('[data-testid=add-saved]')).toContain('已保存 2 份报告');
    const after = await stored();
    const added = Object.keys(after).filter((d) => !(d in before));
    expect(added).toHaveLength(2);
    const reports = added.flatMap((d) => after[d]!).map((r) => `${r.jurisdiction}:${r.period}`).sort();
    expect(reports).toEqual(['js.changzhou.wujin:2022', 'zj.hangzhou.jianggan:2021']);
    // the queue is gone; the link compares the saved places
    expect(await page.locator('[data-testid=batch-report]').count()).toBe(0);
    await page.click('[data-testid=add-saved] button');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('v') !== 'add');
    const j = new URL(page.url()).searchParams.get('j')?.split(',') ?? [];
    expect(j.sort()).toEqual(['js.changzhou.wujin', 'zj.hangzhou.jianggan']);
    // the data view lists the two saved reports' datasets
    await page.goto(new URL('/?v=data&lang=zh', baseUrl()).href);
    for (const id of added) await page.waitForSelector(`text=${id}`);
    expect(errors).toEqual([]);
  });

  it('a second drop of the same files asks before replacing, and replaces only what the person said', async () => {
    const before = await stored();
    await openAdd();
    await page.setInputFiles('[data-testid=add-file]', [report(WUJIN), report(LVLIANG)]);
    await queueSettled(2);
    await askingAboutStored(2);
    await page.click('[data-testid=batch-confirm-all]');
    // confirming every place and year answers nothing about the duplicates
    expect(await asking()).toBe(2);
    expect(await page.isDisabled('[data-testid=add-save]')).toBe(true);
    await (await header(LVLIANG)).locator('[data-testid=batch-skip]').click();
    await (await header(WUJIN)).locator('[data-testid=batch-replace]').click();
    expect(await page.textContent('[data-testid=add-save]')).toMatch(/^保存 1 份报告/);
    await page.click('[data-testid=add-save]');
    // the save itself finds the dataset stored and asks again before replacing it
    await page.waitForSelector('[data-testid=add-saved], [data-testid=batch-exists]');
    if (await page.locator('[data-testid=batch-exists]').count()) {
      expect(await stored()).toEqual(before);
      await page.click('[data-testid=add-replace]');
      await page.waitForSelector('[data-testid=add-saved]');
    }
    const after = await stored();
    // replaced, not added: the same datasets
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(errors).toEqual([]);
  });

  it('a batch cancelled mid-way leaves nothing: no queue, nothing stored', async () => {
    const before = await stored();
    await openAdd();
    const many = Array.from({ length: 6 }, (_, k) => ALL.map((f) => ({ ...report(f), name: `${k}-${f}`, buffer: Buffer.concat([report(f).buffer, Buffer.from(`\n副本${k}`)]) }))).flat();
    await page.setInputFiles('[data-testid=add-file]', many);
    await page.waitForSelector('[data-testid=batch-progress]');
    expect(await page.getAttribute('[data-testid=batch-progress-bar]', 'max')).toBeTruthy();
    await page.click('[data-testid=batch-cancel]');
    await page.waitForSelector('[data-testid=add-text]');
    expect(await page.locator('[data-testid=batch-report]').count()).toBe(0);
    expect(await page.locator('[data-testid=batch-progress]').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await stored()).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('draws the queue first empty, then fills it in a background render: the first flush of many files is no one long render', async () => {
    await openAdd();
    // what the queue's table said when it first appeared in the DOM, and the largest number of reports it then drew
    await page.evaluate(() => {
      const w = window as unknown as { __firstDraw: { reports: string | null; rows: number | null } };
      w.__firstDraw = { reports: null, rows: null };
      const seen = new MutationObserver(() => {
        const t = document.querySelector<HTMLElement>('[data-testid=add-review]');
        if (!t) return;
        w.__firstDraw = { reports: t.dataset.reports ?? null, rows: t.querySelectorAll('tbody tr').length };
        seen.disconnect();
      });
      seen.observe(document.body, { childList: true, subtree: true });
    });
    const many = Array.from({ length: 20 }, (_, i) => ({ ...report(ALL[i % ALL.length]!), name: `r${String(i).padStart(2, '0')}.txt`, buffer: Buffer.concat([report(ALL[i % ALL.length]!).buffer, Buffer.from(`\n${i}`)]) }));
    await page.setInputFiles('[data-testid=add-file]', many);
    await queueSettled(20);
    expect(await page.evaluate(() => (window as unknown as { __firstDraw: unknown }).__firstDraw)).toEqual({ reports: '0', rows: 0 });
    expect(await page.locator('[data-testid=batch-jump]').count()).toBe(20);
    expect(errors).toEqual([]);
  });

  it('holds a paste too long for the text box: the box gives way to its length and opening, and extraction reads all of it', async () => {
    await openAdd();
    const lines = Array.from({ length: 4000 }, (_, i) => `全年共调解各类矛盾纠纷${1000 + i}件,各部门协同推进依法行政工作,持续深化法治政府建设,不断提升基层治理水平。`);
    const text = ['某某县2023年法治政府建设年度报告', ...lines].join('\n');
    expect(text.length).toBeGreaterThan(200_000);
    // a paste as the browser delivers it: a paste event with the text on its clipboard data
    const defaultPrevented = await page.$eval(
      '[data-testid=add-text]',
      (el, t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        const e = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
        el.dispatchEvent(e);
        return e.defaultPrevented;
      },
      text,
    );
    expect(defaultPrevented).toBe(true);
    const held = page.getByTestId('add-held');
    await held.waitFor();
    expect(await page.locator('[data-testid=add-text]').count()).toBe(0);
    expect(await held.locator('p').textContent()).toContain(`已粘贴 ${text.length.toLocaleString('en-US')} 字`);
    expect(await held.locator('pre').textContent()).toBe(text.slice(0, 600));
    await page.fill('[data-testid=add-name]', '某某县');
    await page.fill('[data-testid=add-year]', '2023');
    await page.click('[data-testid=add-extract]');
    await queueSettled(1);
    // every line's figure is a candidate: the whole text was read, not what a box showed
    expect(Number(await page.getAttribute('[data-testid=add-review]', 'data-items'))).toBeGreaterThanOrEqual(4000);
    expect(errors).toEqual([]);
  });

  it('gives the text box back when a held paste is cleared, and a short paste goes into the box as usual', async () => {
    await openAdd();
    await page.$eval('[data-testid=add-text]', (el) => {
      const data = new DataTransfer();
      data.setData('text/plain', '全年共调解各类矛盾纠纷1000件。'.repeat(20_000));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await page.getByTestId('add-held-clear').click();
    expect(await page.locator('[data-testid=add-held]').count()).toBe(0);
    expect(await page.inputValue('[data-testid=add-text]')).toBe('');
    const prevented = await page.$eval('[data-testid=add-text]', (el) => {
      const data = new DataTransfer();
      data.setData('text/plain', '全年共调解各类矛盾纠纷1000件。');
      const e = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      el.dispatchEvent(e);
      return e.defaultPrevented;
    });
    expect(prevented).toBe(false);
    expect(await page.locator('[data-testid=add-text]').count()).toBe(1);
  });

  it('keeps far fewer rows in the DOM than a queue of 5,000 candidates holds, and the keyboard reaches the end', async () => {
    await openAdd();
    // one pasted report of 2,600 sentences with two figures each
    const lines = Array.from({ length: 2600 }, (_, i) => `第${i + 1}项,全年共调解各类矛盾纠纷${1000 + i}件,办理法律援助案件${500 + i}件。`);
    // set in the page (as a paste does): Playwright's fill types a long text slowly
    await page.$eval(
      '[data-testid=add-text]',
      (el, v) => {
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, v);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      ['某某县2023年法治政府建设年度报告', ...lines].join('\n'),
    );
    await page.fill('[data-testid=add-name]', '某某县');
    await page.fill('[data-testid=add-year]', '2023');
    await page.click('[data-testid=add-extract]');
    await queueSettled(1);
    const items = Number(await page.getAttribute('[data-testid=add-review]', 'data-items'));
    expect(items).toBeGreaterThanOrEqual(5000);
    const inDom = () => page.locator('[data-testid=add-review] tbody tr').count();
    expect(await inDom()).toBeLessThan(80);
    // scrolled to the end: the last rows are drawn, still few
    await page.$eval('[data-testid=batch-scroll]', (el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForFunction((n) => document.querySelector(`[data-testid=add-review] tr[data-index="${n - 1}"]`) !== null, items);
    expect(await inDom()).toBeLessThan(80);
    // End moves the focus to the last row, which is drawn and focused
    await page.$eval('[data-testid=batch-scroll]', (el) => el.scrollTo(0, 0));
    await page.click('[data-testid=batch-jump]');
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe(String(items - 1));
    expect(await inDom()).toBeLessThan(80);
    expect(errors).toEqual([]);
  });

  it('reads .html and .docx reports beside unreadable PDFs, each named with its problem', async () => {
    await openAdd();
    await page.setInputFiles('[data-testid=add-file]', [
      fixture('wujin-2022.html', 'text/html'),
      fixture('report.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      fixture('scanned.pdf', 'application/pdf'),
      fixture('encrypted.pdf', 'application/pdf'),
    ]);
    await queueSettled(2);
    expect(await queued()).toEqual(['wujin-2022.html', 'report.docx']);
    expect(await (await header('wujin-2022.html')).locator('[data-testid=add-place]').textContent()).toContain('武进区');
    const problems = await page.$$eval('[data-testid=batch-problems] li', (ls) => ls.map((l) => l.textContent ?? '').sort());
    expect(problems).toEqual(['encrypted.pdf:加密的 PDF', 'scanned.pdf:扫描件,没有文字层']);
    // in English too
    await page.click('button.lang');
    expect(await page.textContent('[data-testid=batch-problems] li[data-code=pdf_scanned]')).toBe('scanned.pdf:a scan, no text layer');
    await page.click('button.lang');
    expect(errors).toEqual([]);
  });

  it('the queue of three reports has no serious or critical axe violation, wide and at 390 px, and no sideways scroll on a phone', async () => {
    await openAdd();
    await page.setInputFiles('[data-testid=add-file]', [report(WUJIN), report(LVLIANG), report(JIANGGAN)]);
    await queueSettled(3);
    await header(WUJIN);
    await page.keyboard.press('j');
    for (const [w, h] of [
      [1366, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForTimeout(300);
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const run = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe.run;
        const r = await run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // leaving the view clears the queue
    await page.click('nav >> text=对比');
    await page.waitForSelector('[data-chart-id]');
    await page.click('nav >> text=添加报告');
    await page.waitForSelector('[data-testid=add-text]');
    expect(await page.locator('[data-testid=batch-report]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
