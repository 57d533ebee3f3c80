/** Reading a report saved as a web page: charset, body chosen over the site chrome, title, publication date. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isChromeLine } from '../../../../src/formats/documents/html-chrome';
import { decodeHtml, titleWithoutSite } from '../../../../src/formats/documents/html-meta';
import { readHtml } from '../../../../src/formats/documents/html';
import type { DocumentOutcome, ReadDocument } from '../../../../src/formats/documents/types';
import { utf8 } from './legacy-encoding';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/documents/${name}`, import.meta.url)));
const reportLines = (file: string, from: number, to: number): string[] =>
  readFileSync(new URL(`../../../../data/reports/${file}`, import.meta.url), 'utf8').split('\n').slice(from, to);
const WUJIN = reportLines('000_073c9bd919876828.txt', 0, 4);
/** The bundled text keeps an encoding error the page did not have. */
const LVLIANG = reportLines('004_2a7c7eb89a7acd7c.txt', 1, 4).map((l) => l.replace('?,F將', '。現將'));

const CHROME = [
  '当前位置', '首页', '政务公开 >', '走进武进', '字号', '浏览次数', '分享到', '微信', '打印此页', '关闭窗口', '上一篇', '下一篇',
  '相关链接', '2021年法治政府建设年度报告', '网站地图', '主办单位', '承办单位', '版权所有', 'ICP备', '网站标识码', '公网安备',
  '扫一扫', '请输入关键字', '搜索', '无障碍', '欢迎访问', '来源', '发布时间', 'document.write', 'font-family',
];

function doc(outcome: DocumentOutcome): ReadDocument {
  if (!outcome.ok) throw new Error(`expected a document, got ${outcome.problem.code}: ${outcome.problem.message}`);
  return outcome.doc;
}

describe('a government page saved as HTML', () => {
  it('keeps the report body exactly and drops every piece of site chrome', () => {
    const read = doc(readHtml({ name: 'wujin-2022.html', bytes: fixture('wujin-2022.html') }, 'h'));
    expect(read.text).toBe(WUJIN.join('\n'));
    for (const phrase of CHROME) expect(read.text, phrase).not.toContain(phrase);
    expect(read).toMatchObject({ kind: 'html', title: '常州市武进区2022年法治政府建设年度报告', published: '2023-03-28', encoding: 'utf-8', warnings: [] });
  });

  it('reads the same page in GB2312 by its meta charset', () => {
    const bytes = fixture('wujin-2022-gb2312.html');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const read = doc(readHtml({ name: 'wujin-2022-gb2312.html', bytes }, 'h'));
    expect(read.text).toBe(WUJIN.join('\n'));
    expect(read).toMatchObject({ title: '常州市武进区2022年法治政府建设年度报告', published: '2023-03-28', encoding: 'gb18030' });
  });

  it('reads a Big5 page in traditional script laid out in tables, with the body found by score', () => {
    const read = doc(readHtml({ name: 'lvliang.html', bytes: fixture('lvliang-2023-big5.html') }, 'h'));
    expect(read.text).toBe(LVLIANG.join('\n'));
    for (const phrase of ['首頁', '政務公開', '市司法局\n', '行政復議', '來源', '更新時間', '列印本頁', '版權所有', 'ICP備']) expect(read.text).not.toContain(phrase);
    expect(read).toMatchObject({ title: '呂梁市2023年法治政府建設年度報告', published: '2024-02-27', encoding: 'big5' });
    expect(read.warnings.map((w) => w.code)).toEqual(['html_uncertain_body']);
  });

  it('finds no body in a page of navigation and links', () => {
    const read = readHtml({ name: 'list.html', bytes: fixture('nav-only.html') }, 'h');
    expect(read).toMatchObject({ ok: false, problem: { file: 'list.html', code: 'html_no_body' } });
  });
});

const SENTENCE = '全区各级行政机关认真落实行政机关负责人出庭应诉制度,行政机关负责人出庭应诉率达到百分之百,行政复议决定履行率保持百分之百。';
const page = (body: string, head = ''): Uint8Array => utf8(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);

describe('body, lines and metadata', () => {
  it('ends lines at blocks, separates cells by a tab, decodes entities and trims spaces', () => {
    const html = `<div id="zoom"><p>&nbsp;&nbsp;\u3000\u3000${SENTENCE}&nbsp;</p><div>第一句&amp;第二句<br>第三句
      在这里</div><table><tr><td>项目</td><td>2022年</td></tr><tr><td>行政复议 案件</td><td>312件</td></tr></table><p>${SENTENCE}</p></div>`;
    const read = doc(readHtml({ name: 'a.html', bytes: page(html) }, 'h'));
    expect(read.text).toBe(`${SENTENCE}\n第一句&第二句\n第三句在这里\n项目\t2022年\n行政复议 案件\t312件\n${SENTENCE}`);
    expect(read.warnings).toEqual([]);
  });

  it('keeps a wrapper named like chrome that holds the report (a print area)', () => {
    const html = `<div class="nav"><a href="/">首页</a></div><div id="printArea"><div class="TRS_Editor"><p>${SENTENCE}</p><p>${SENTENCE}</p></div></div>`;
    expect(doc(readHtml({ name: 'a.html', bytes: page(html) }, 'h')).text).toBe(`${SENTENCE}\n${SENTENCE}`);
  });

  it('keeps a long paragraph that names a chrome phrase, and drops the short chrome line', () => {
    const long = `${SENTENCE}各承办单位:按期办结人大代表建议和政协提案,版权所有等知识产权保护工作同步推进,办结率达到百分之百。`;
    const html = `<div class="content"><p>${long}</p><p>${SENTENCE}</p><p>承办单位:区司法局</p></div>`;
    expect(doc(readHtml({ name: 'a.html', bytes: page(html) }, 'h')).text).toBe(`${long}\n${SENTENCE}`);
  });

  it('takes the <title> without the site name and a PubDate meta when the page shows neither', () => {
    const html = `<div class="TRS_Editor"><p>${SENTENCE}</p><p>${SENTENCE}</p></div>`;
    const head = '<title>南通市法治政府建设工作(2021-2025年)情况 - 南通市人民政府</title><meta name="PubDate" content="2024-11-05 10:00">';
    expect(doc(readHtml({ name: 'a.html', bytes: page(html, head) }, 'h'))).toMatchObject({ title: '南通市法治政府建设工作(2021-2025年)情况', published: '2024-11-05' });
    expect(titleWithoutSite('苏州工业园区2022年度法治政府建设工作报告_苏州工业园区管理委员会')).toBe('苏州工业园区2022年度法治政府建设工作报告');
    expect(titleWithoutSite('年报 | 某区政府')).toBe('年报');
    expect(titleWithoutSite('纲要(2021-2025年)-某区政府')).toBe('纲要(2021-2025年)');
  });

  it('states a month-only date and prefers 发布日期 to an update time', () => {
    const html = `<div class="detail"><div class="info">更新时间:2024-03-02 发布日期:2024年2月</div><div class="view"><p>${SENTENCE}</p><p>${SENTENCE}</p></div></div>`;
    expect(doc(readHtml({ name: 'a.html', bytes: page(html) }, 'h')).published).toBe('2024-02');
  });

  it('warns when the body is a guess, and says when a page is too short to be a report', () => {
    const guess = doc(readHtml({ name: 'a.html', bytes: page(`<div><p>${SENTENCE}</p><p>${SENTENCE}</p></div><div><a href="/">首页</a></div>`) }, 'h'));
    expect(guess.text).toBe(`${SENTENCE}\n${SENTENCE}`);
    expect(guess.warnings.map((w) => w.code)).toEqual(['html_uncertain_body']);
    expect(readHtml({ name: 'short.html', bytes: page('<p>法治政府建设年度报告</p>') }, 'h')).toMatchObject({ ok: false, problem: { code: 'html_no_body', file: 'short.html' } });
    expect(readHtml({ name: 'e.html', bytes: new Uint8Array() }, 'h')).toMatchObject({ ok: false, problem: { code: 'empty' } });
  });

  it('reads bytes declared GBK but valid UTF-8 as UTF-8, and detects an undeclared page', () => {
    expect(decodeHtml(utf8(`<meta charset="gbk"><p>${SENTENCE}</p>`)).encoding).toBe('utf-8');
    expect(decodeHtml(new Uint8Array([...utf8('<p>'), 0xb7, 0xa8, 0xd6, 0xce, ...utf8('</p>')]))).toMatchObject({ encoding: 'gb18030', text: '<p>法治</p>' });
  });

  it('names the attachments of a page whose report is in a linked file', () => {
    const html = `<div class="content"><p>武进区2022年法治政府建设年度报告见附件。</p><p>附件:<a href="/u/2023/fzzf.pdf">武进区2022年法治政府建设年度报告.pdf</a></p><p><a href="/u/%E6%8A%A5%E5%91%8A.docx?v=2"></a></p></div>`;
    const read = readHtml({ name: 'a.html', bytes: page(html) }, 'h');
    expect(read).toMatchObject({ ok: false, problem: { code: 'html_no_body', params: { attachments: '武进区2022年法治政府建设年度报告.pdf\n报告.docx' } } });
    expect(!read.ok && read.problem.message).toContain('it links to 武进区2022年法治政府建设年度报告.pdf, 报告.docx');
  });

  it('tells chrome lines from report lines', () => {
    for (const line of ['当前位置:首页 > 政务公开', '您现在的位置:首页', '首页 > 法治政府建设', '分享到:', '【打印此页】 【关闭窗口】', '字号:大 中 小', '浏览次数:1286', '网站标识码:3204120001', '苏ICP备05004583号-1', '上一篇:关于…', '相关链接', '2023-03-23 17:23:06'])
      expect(isChromeLine(line), line).toBe(true);
    for (const line of ['一、主要举措和成效', '(三)健全行政复议案件承办单位责任制度', SENTENCE]) expect(isChromeLine(line), line).toBe(false);
  });
});
