import { describe, expect, it } from 'vitest';
import { pageLines, paragraphsOf, stripRunningLines, unifyCharacters, type PdfLine, type PdfTextItem } from '../../../../src/formats/documents/pdf-layout';

const item = (str: string, x: number, y: number, width = str.length * 12, hasEOL = false): PdfTextItem => ({ str, transform: [12, 0, 0, 12, x, y], width, height: 12, hasEOL });
const line = (text: string, x: number, y: number, right = x + text.length * 12): PdfLine => ({ text, x, y, right, size: 12 });

describe('pageLines', () => {
  it('joins runs of one baseline, breaks at hasEOL and at another baseline, spaces Latin words apart', () => {
    const lines = pageLines([
      item('全年办理', 72, 700), item('行政复议', 120, 700, 48, true), item('案件', 72, 700), // hasEOL: a new line at the same y
      item('88件。', 72, 680),
      item('Rule', 72, 660, 30), item('of', 106, 660, 12), item('law', 122, 660, 18),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['全年办理行政复议', '案件', '88件。', 'Rule of law']);
  });
});

describe('stripRunningLines', () => {
  it('drops page numbers and a header on most pages, keeps the body and a heading seen once', () => {
    const page = (n: number, body: string) => [line('某某区人民政府', 250, 800), line(body, 72, 700), line(`- ${n} -`, 290, 20)];
    const pages = [page(1, '一、主要举措'), page(2, '正文。'), page(3, '第 3 页不是页码的一句话。'), [line('第4页', 290, 20), line('结尾。', 72, 700)]];
    expect(stripRunningLines(pages).map((p) => p.map((l) => l.text))).toEqual([['一、主要举措'], ['正文。'], ['第 3 页不是页码的一句话。'], ['结尾。']]);
  });
});

describe('paragraphsOf', () => {
  it('continues a paragraph over full lines and onto the next page, starts one at an indent, after a short line that ends a sentence', () => {
    const R = 520;
    const pages = [
      [line('标题', 250, 760, 274), line('第一段开头', 96, 700, R), line('接着写,在一个数字前断开', 72, 680, 400), line('12.5%,写完了。', 72, 660, 200), line('第二段开头', 96, 640, R)],
      [line('第二段在下一页继续。', 72, 760, 300), line('(一)小标题', 96, 740, 200), line('第三段。', 96, 720, 160)],
    ];
    expect(paragraphsOf(pages)).toEqual(['标题', '第一段开头接着写,在一个数字前断开12.5%,写完了。', '第二段开头第二段在下一页继续。', '(一)小标题', '第三段。']);
  });
});

describe('unifyCharacters', () => {
  it('gives the characters that Kangxi and supplement radicals stand for, and leaves other text alone', () => {
    expect(unifyCharacters('江⼲区⾏政部⻔⼈⺠,。%')).toBe('江干区行政部门人民,。%');
    expect(unifyCharacters('贯彻落实\u2329法治政府建设实施纲要\u232a')).toBe('贯彻落实〈法治政府建设实施纲要〉');
  });
});
