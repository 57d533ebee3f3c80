/**
 * The place of a new report in a real browser: proposed from the report's opening (traditional script too), joined
 * to the stored jurisdiction of the same code, namesakes chosen by the person, and the picker's labelled search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, openApp } from './browser';

const WUJIN = [
  '常州市武進區2023年法治政府建設工作報告',
  '2023年,武進區堅持依法行政,法治政府建設取得新成效。',
  '全年共調解各類矛盾糾紛3200餘件,調解成功率98.6%。',
  '辦理法律援助案件512件。',
].join('\n');
const CHAOYANG = ['朝阳区2022年法治政府建设年度报告', '全年共调解各类矛盾纠纷1200件,调解成功率97.5%。'].join('\n');

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp());
});
afterAll(async () => {
  await browser?.close();
});

/** Every stored dataset with the ids of its jurisdictions. */
const storedJurisdictions = () =>
  page.evaluate(
    () =>
      new Promise<Record<string, string[]>>((resolve) => {
        const open = indexedDB.open('rol-compare');
        open.onsuccess = () => {
          const req = open.result.transaction('datasets').objectStore('datasets').getAll();
          req.onsuccess = () => {
            const out: Record<string, string[]> = {};
            for (const d of req.result as { id: string; jurisdictions: { id: string }[] }[]) out[d.id] = d.jurisdictions.map((j) => j.id);
            resolve(out);
            open.result.close();
          };
        };
      }),
  );

async function paste(text: string) {
  await page.goto(new URL('/?v=add', baseUrl()).href);
  await page.fill('[data-testid=add-text]', text);
}

describe('the place of a new report', () => {
  it('proposes 武进区(常州市) and 2023 from a traditional-script title, and the report joins js.changzhou.wujin', async () => {
    await paste(WUJIN);
    await page.waitForSelector('[data-testid=place-chosen]');
    expect(await page.inputValue('[data-testid=add-name]')).toBe('武进区(常州市)');
    expect(await page.inputValue('[data-testid=add-year]')).toBe('2023');
    expect(await page.textContent('[data-testid=place-status]')).toContain('常州市武进区');
    expect(await page.isVisible('[data-testid=place-proposed]')).toBe(true);
    await page.click('[data-testid=add-extract]');
    await page.waitForSelector('[data-testid=add-review] tbody tr');
    expect(await page.textContent('[data-testid=add-place]')).toContain('武进区(常州市)');
    await page.click('[data-testid=add-save]');
    await page.waitForSelector('[data-testid=add-saved]');
    const stored = await storedJurisdictions();
    const added = Object.keys(stored).filter((id) => id !== 'bundled');
    expect(added).toHaveLength(1);
    expect(stored[added[0]!]).toEqual(['js.changzhou.wujin']);
    // the compare view's list has no second 武进
    await page.click('[data-testid=add-saved] button');
    await page.waitForSelector('[data-chart-id]');
    const chips = await page.$$eval('label.chip', (ls) => ls.map((l) => l.textContent ?? ''));
    expect(chips.filter((c) => c.includes('武进'))).toHaveLength(1);
  });

  it('asks which 朝阳区 a report means, showing the cities, and goes on only once one is chosen', async () => {
    await paste(CHAOYANG);
    await page.waitForSelector('[data-testid=place-choices]');
    const choices = await page.$$eval('[data-testid=place-choice]', (bs) => bs.map((b) => b.textContent ?? ''));
    expect(choices).toHaveLength(2);
    expect(choices.join(' ')).toContain('朝阳区(北京市)');
    expect(choices.join(' ')).toContain('朝阳区(长春市)');
    expect(choices.join(' ')).toContain('吉林省');
    expect(await page.inputValue('[data-testid=add-year]')).toBe('2022');
    await page.click('[data-testid=add-extract]');
    expect(await page.textContent('[data-testid=add-error]')).toContain('不止一处');
    await page.click('[data-testid=place-choice] >> text=朝阳区(长春市)');
    expect(await page.textContent('[data-testid=place-status]')).toContain('cn.220104');
  });

  it('reads a department as the area it serves, keeping the department', async () => {
    await paste('常州市司法局2023年法治政府建设年度报告\n全年办理法律援助案件512件。');
    await page.waitForSelector('[data-testid=place-chosen]');
    const status = (await page.textContent('[data-testid=place-status]')) ?? '';
    expect(status).toContain('常州市(江苏省)');
    expect(status).toContain('部门:司法局');
    expect(status).toMatch(/cn\.320400\.[0-9a-f]{8}/);
  });

  it('searches the gazetteer from two characters: 鼓楼 shows four labelled 鼓楼区, chosen with the keyboard', async () => {
    await page.goto(new URL('/?v=add', baseUrl()).href);
    await page.fill('[data-testid=add-name]', '鼓楼');
    await page.waitForSelector('[data-testid=place-options] [role=option]');
    expect(await page.getAttribute('[data-testid=add-name]', 'role')).toBe('combobox');
    const options = await page.$$eval('[data-testid=place-options] [role=option] .opt-name', (os) => os.map((o) => o.textContent ?? ''));
    expect(options.filter((o) => o.startsWith('鼓楼区')).sort()).toEqual(['鼓楼区(南京市)', '鼓楼区(开封市)', '鼓楼区(徐州市)', '鼓楼区(福州市)'].sort());
    await page.press('[data-testid=add-name]', 'ArrowDown');
    const second = options[1]!;
    await page.press('[data-testid=add-name]', 'Enter');
    expect(await page.inputValue('[data-testid=add-name]')).toBe(second);
    expect(await page.textContent('[data-testid=place-chosen]')).toContain(second);
    // a name typed in traditional script names the stored 武进区 too
    await page.fill('[data-testid=add-name]', '常州市武進區');
    expect(await page.textContent('[data-testid=place-status]')).toContain('并入已有的“常州市武进区”');
    // a name the gazetteer does not know can still be typed, with a warning
    await page.fill('[data-testid=add-name]', '某某新区');
    expect(await page.textContent('[data-testid=place-unknown]')).toContain('无法按人口');
    expect(errors).toEqual([]);
  });
});
