/**
 * Mapping figures to the indicator catalogue in the add-report review, in real Chromium: the catalogue is fetched
 * with the view, a row shows its indicator and definition, the picker is searched and driven by keyboard, a
 * report-specific figure is named, and the wordings a save teaches map the next report's figures (after a reload too).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CATEGORIES } from '../../src/model/constants';
import { baseUrl, bundledState, openApp } from './browser';

const catalogue = JSON.parse(readFileSync(new URL('../../public/data/indicators.json', import.meta.url), 'utf8')) as {
  indicators: { id: string; name: { zh: string; en: string }; definition: { zh: string; en: string } }[];
};
const indicator = (id: string) => catalogue.indicators.find((i) => i.id === id)!;

const FIRST = [
  '某县2023年法治政府建设年度报告',
  '一、行政复议工作',
  '2023年,全年共收到行政复议申请126件,受理118件,审结109件,其中撤销、变更、确认违法等纠错决定11件。',
  '二、普法工作',
  '开展“法律明白人”培训班24场。',
].join('\n');
const SECOND = [
  '某县2024年法治政府建设年度报告',
  '一、行政复议工作',
  '2024年,全年收到行政复议申请140件,受理131件,其中撤销、变更、确认违法等纠错决定9件。',
  '二、普法工作',
  '开展“法律明白人”培训班30场。',
].join('\n');

let browser: Browser;
let page: Page;
let errors: string[];
const fetched: string[] = [];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
});
afterAll(async () => {
  await browser?.close();
});

async function extract(text: string, year: number) {
  await page.goto(new URL('/?v=add', baseUrl()).href);
  await page.fill('[data-testid=add-name]', '某县');
  await page.fill('[data-testid=add-year]', String(year));
  await page.fill('[data-testid=add-text]', text);
  await page.click('[data-testid=add-extract]');
  await page.waitForSelector('[data-testid=add-review] tbody tr');
}
const row = (figure: string) => page.locator('[data-testid=add-review] tbody tr', { has: page.locator(`td:nth-child(2) >> text="${figure}"`) });
const nameOf = (figure: string) => row(figure).locator('[data-testid=indicator-name]').textContent();

const storedWordings = () =>
  page.evaluate(
    () =>
      new Promise<{ key: string; metric: string; uses: number }[]>((resolve) => {
        const open = indexedDB.open('rol-compare');
        open.onsuccess = () => {
          const req = open.result.transaction('wordings').objectStore('wordings').getAll();
          req.onsuccess = () => {
            resolve((req.result as { key: string; metric: string; uses: number }[]).map(({ key, metric, uses }) => ({ key, metric, uses })));
            open.result.close();
          };
        };
      }),
  );

describe('mapping figures to indicators in the review', () => {
  it('fetches the catalogue only for the add-report view and shows each row\'s indicator with its definition', async () => {
    expect(fetched.filter((p) => p.endsWith('/indicators.json'))).toEqual([]);
    await extract(FIRST, 2023);
    expect(fetched.filter((p) => p.endsWith('/data/indicators.json'))).toHaveLength(1);
    const received = indicator('reconsideration.cases_received');
    expect(await nameOf('126件')).toBe(received.name.zh);
    expect(await row('126件').locator('[data-testid=indicator-definition]').textContent()).toBe(received.definition.zh);
    expect(await nameOf('11件')).toBe('未归入指标');
  });

  it('finds an indicator by typing 纠错 and chooses it with the keyboard', async () => {
    await row('11件').locator('[data-testid=indicator-change]').click();
    const search = row('11件').locator('[data-testid=indicator-search]');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await search.getAttribute('role')).toBe('combobox');
    await search.fill('纠错');
    const options = row('11件').locator('[role=listbox] [role=option]');
    const texts = await options.allTextContents();
    expect(texts[0]).toContain(indicator('reconsideration.corrections').name.zh);
    expect(texts.join('|')).toContain(indicator('reconsideration.correction_rate').name.zh);
    expect(texts.at(-2)).toBe('新建本报告指标…');
    // arrows move the active option (aria-activedescendant follows), Enter chooses it
    const active = () => search.evaluate((el) => document.getElementById(el.getAttribute('aria-activedescendant') ?? '')?.textContent ?? '');
    expect(await active()).toBe(texts[0]);
    await search.press('ArrowDown');
    expect(await active()).toBe(texts[1]);
    await search.press('ArrowUp');
    await search.press('Enter');
    expect(await nameOf('11件')).toBe(indicator('reconsideration.corrections').name.zh);
    // the focus goes back to the row's button
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('indicator-change');
    // Escape closes the picker without a change
    await row('126件').locator('[data-testid=indicator-change]').click();
    await row('126件').locator('[data-testid=indicator-search]').press('Escape');
    expect(await row('126件').locator('[data-testid=indicator-search]').count()).toBe(0);
    expect(await nameOf('126件')).toBe(indicator('reconsideration.cases_received').name.zh);
  });

  it('names a new report-specific figure for another row, and saves the wordings with the report', async () => {
    await row('24场').locator('[data-testid=indicator-change]').click();
    await row('24场').locator('[role=option]', { hasText: '新建本报告指标' }).click();
    const zh = row('24场').locator('[data-testid=specific-zh]');
    expect(await zh.inputValue()).toBe('开展“法律明白人”培训班');
    await zh.fill('法律明白人培训班场次');
    await row('24场').locator('[data-testid=specific-ok]').click();
    expect(await nameOf('24场')).toBe('法律明白人培训班场次');
    expect(await row('24场').textContent()).toContain('本报告指标');
    await row('24场').locator('input[type=checkbox]').check();
    await page.click('[data-testid=add-save]');
    await page.waitForSelector('[data-testid=add-saved]');
    const wordings = await storedWordings();
    expect(wordings.map((w) => w.key).sort()).toEqual(['publicity|开展“法律明白人”培训班', 'reconsideration|撤销、变更、确认违法等纠错决定']);
    expect(wordings.find((w) => w.key.startsWith('reconsideration'))!.metric).toBe('reconsideration.corrections');
    expect(wordings.find((w) => w.key.startsWith('publicity'))!.metric).toMatch(/^publicity\.specific_[0-9a-f]{8}$/);
  });

  it('maps the same wording of the next report as remembered, and the wordings survive a reload', async () => {
    await extract(SECOND, 2024);
    expect(await nameOf('9件')).toBe(indicator('reconsideration.corrections').name.zh);
    expect(await row('9件').locator('[data-testid=indicator-remembered]').textContent()).toBe('按已记住的表述');
    expect(await nameOf('30场')).toBe('法律明白人培训班场次');
    expect(await row('30场').locator('[data-testid=indicator-remembered]').count()).toBe(1);
    expect(await row('140件').locator('[data-testid=indicator-remembered]').count()).toBe(0);
    await page.reload();
    await bundledState(page);
    expect((await storedWordings()).length).toBe(2);
    await extract(SECOND, 2024);
    expect(await row('9件').locator('[data-testid=indicator-remembered]').count()).toBe(1);
    // the English interface names the indicator in English
    await page.click('button.lang');
    expect(await nameOf('9件')).toBe(indicator('reconsideration.corrections').name.en);
    expect(await row('9件').locator('[data-testid=indicator-remembered]').textContent()).toBe('from a remembered wording');
    expect(errors).toEqual([]);
  });

  it('the data view counts the remembered wordings and forgets them when asked', async () => {
    await page.goto(new URL('/?v=data&lang=en', baseUrl()).href);
    await page.waitForSelector('[data-testid=wordings-count]');
    await page.waitForFunction(() => document.querySelector('[data-testid=wordings-count]')?.textContent === '2 wordings remembered');
    page.once('dialog', (d) => void d.accept());
    await page.click('[data-testid=wordings-forget]');
    await page.waitForFunction(() => document.querySelector('[data-testid=wordings-count]')?.textContent === '0 wordings remembered');
    expect(await storedWordings()).toEqual([]);
    expect(await page.locator('[data-testid=wordings-forget]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('offers the extractor\'s suggestions for an unmapped row: first in the picker, and one click maps the row', async () => {
    const text = ['某区2023年法治政府建设年度报告', '一、深化“放管服”改革', '全区共推出302个政务服务事项、105个告知承诺事项,对28个证明事项采取告知承诺制。'].join('\n');
    await extract(text, 2023);
    expect(await nameOf('105个')).toBe('未归入指标');
    const permit = indicator('licensing.permit_commitment_items');
    const chips = row('105个').locator('[data-testid=indicator-suggestion]');
    const offered = await chips.allTextContents();
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThanOrEqual(3);
    expect(offered).toContain(permit.name.zh);
    expect(await row('105个').locator('[data-testid=indicator-suggestions] .badge').textContent()).toBe('建议');
    // the picker opens on them, marked, before the area's other indicators
    await row('105个').locator('[data-testid=indicator-change]').click();
    const options = await row('105个').locator('[role=listbox] [role=option]').allTextContents();
    expect(options.slice(0, offered.length).every((o) => o.startsWith('建议'))).toBe(true);
    expect(options.slice(0, offered.length).map((o) => o.replace(/^建议/, ''))).toEqual(offered.map((name) => expect.stringContaining(name)));
    expect(options[offered.length]).not.toMatch(/^建议/);
    await row('105个').locator('[data-testid=indicator-search]').press('Escape');
    // one click on a suggestion maps the row, and the suggestions give way to its indicator's definition
    await chips.filter({ hasText: permit.name.zh }).click();
    expect(await nameOf('105个')).toBe(permit.name.zh);
    expect(await row('105个').locator('[data-testid=indicator-definition]').textContent()).toBe(permit.definition.zh);
    expect(await row('105个').locator('[data-testid=indicator-suggestions]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lists every area in a row\'s area list once it is pressed or focused, and a choice there moves the row', async () => {
    await extract(FIRST, 2023);
    const areas = row('24场').getByRole('combobox');
    // before: the row holds only its own area (a queue scrolled fast draws many rows a frame)
    expect(await areas.inputValue()).toBe('publicity');
    expect(await areas.locator('option').count()).toBe(1);
    // the list the browser opens on a press is the one there once the press's handlers have run
    await page.evaluate(() => {
      document.addEventListener('mousedown', (e) => {
        const s = (e.target as Element).closest('select');
        if (s) (window as unknown as { __options: number }).__options = s.options.length;
      }, { once: true });
    });
    await areas.click();
    expect(await page.evaluate(() => (window as unknown as { __options: number }).__options)).toBe(CATEGORIES.length);
    await page.keyboard.press('Escape');
    expect(await areas.locator('option').count()).toBe(CATEGORIES.length);
    await areas.selectOption('legal_services');
    expect(await row('24场').getByRole('combobox').inputValue()).toBe('legal_services');
    // by keyboard: focus alone fills the list of another row, and an arrow key changes its area
    const other = row('126件').getByRole('combobox');
    expect(await other.locator('option').count()).toBe(1);
    await other.focus();
    expect(await other.locator('option').count()).toBe(CATEGORIES.length);
    expect(await other.inputValue()).toBe('reconsideration');
    await page.keyboard.press('ArrowDown');
    expect(await other.inputValue()).not.toBe('reconsideration');
    expect(errors).toEqual([]);
  });
});
