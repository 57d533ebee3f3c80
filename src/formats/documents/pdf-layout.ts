/**
 * A PDF's text items (pdf.js `getTextContent`) into lines and paragraphs, pure. Items join into a line until one
 * ends a line (`hasEOL`) or the next stands on another baseline; a line continues the paragraph before it when that
 * one ran to the right margin (or stopped short mid-sentence) and this one is not indented. Page numbers (3, - 3 -, 第3页) and a header or footer
 * repeated on most pages are dropped.
 */

/** The part of a pdf.js text item read here. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e, f the origin of the run on the page */
  transform: readonly number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const LATIN_END = /[A-Za-z0-9,.;:)\]]$/;
const LATIN_START = /^[A-Za-z0-9([]/;
const SENTENCE_END = /[。!?;:!?;:][”’」』))]*$/;

/** Between two runs of one line: nothing, or a space when they stand apart and neither side is CJK. */
function glue(prev: string, next: string, gap: number, size: number): string {
  if (!prev || !next || /\s$/.test(prev) || /^\s/.test(next)) return '';
  if (gap > size * 1.5) return ' ';
  return gap > size * 0.2 && !CJK.test(prev.at(-1)!) && !CJK.test(next[0]!) ? ' ' : '';
}

/** The lines of one page, top to bottom as the content stream gives them. */
export function pageLines(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let cur: PdfLine | null = null;
  let ended = false;
  for (const it of items) {
    const x = it.transform[4] ?? 0;
    const y = it.transform[5] ?? 0;
    const size = Math.abs(it.height) || Math.hypot(it.transform[2] ?? 0, it.transform[3] ?? 0) || 10;
    const sameLine = cur && !ended && Math.abs(y - cur.y) < Math.max(size, cur.size) * 0.5;
    if (!sameLine) {
      if (cur && it.str.trim() === '' && !ended) continue;
      cur = { text: '', x, right: x, y, size };
      lines.push(cur);
    }
    const line = cur!;
    line.text += glue(line.text, it.str, x - line.right, size) + it.str;
    if (it.str.trim()) line.right = Math.max(line.right, x + it.width);
    line.size = Math.max(line.size, size);
    ended = Boolean(it.hasEOL);
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
  return lines.filter((l) => l.text);
}

const PAGE_NUMBER = /^(?:[-—–_·•\s]*\d{1,4}[-—–_·•\s]*|第\s*\d{1,4}\s*页(?:\s*[//,,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
const shapeOf = (s: string) => s.replace(/\d+/g, '#').replace(/\s+/g, '');

/**
 * The pages' lines without page numbers and running headers or footers: the first or last two lines of a page that
 * are a page number, or whose text (digits aside) stands first or last on more than half of three or more pages.
 */
export function stripRunningLines(pages: readonly PdfLine[][]): PdfLine[][] {
  const edge = (lines: readonly PdfLine[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  const counts = new Map<string, number>();
  for (const lines of pages) for (const shape of new Set(edge(lines).map((l) => shapeOf(l.text)))) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  const repeated = (l: PdfLine) => pages.length >= 3 && l.text.length <= 60 && (counts.get(shapeOf(l.text)) ?? 0) > pages.length / 2;
  return pages.map((lines) => {
    const at = new Set(edge(lines));
    return lines.filter((l) => !(at.has(l) && (PAGE_NUMBER.test(l.text) || repeated(l))));
  });
}

/** The left margin and right edge of a page's text: where its leftmost line of some length starts, the furthest end. */
function marginsOf(lines: readonly PdfLine[]): { left: number; right: number } {
  const long = lines.filter((l) => l.text.length >= 8);
  return { left: Math.min(...(long.length ? long : lines).map((l) => l.x)), right: Math.max(...lines.map((l) => l.right)) };
}

/** Lines into paragraphs, one per output line; a paragraph may run from one page onto the next. */
export function paragraphsOf(pages: readonly PdfLine[][]): string[] {
  const out: string[] = [];
  let open = false;
  for (const lines of pages) {
    const { left, right } = marginsOf(lines);
    let prev: PdfLine | null = null;
    for (const l of lines) {
      const indented = l.x > left + l.size * 0.8;
      const gapBefore = prev ? prev.y - l.y > Math.max(prev.size, l.size) * 2.2 : false;
      if (open && !indented && !gapBefore && out.length) {
        const last = out[out.length - 1]!;
        out[out.length - 1] = last + (LATIN_END.test(last) && LATIN_START.test(l.text) ? ' ' : '') + l.text;
      } else out.push(l.text);
      // A line breaks early before a word or figure that does not fit, so a line that stops short without ending a
      // sentence (and reaches past the middle of the column) goes on too.
      open = l.right >= right - l.size * 1.5 || (!SENTENCE_END.test(l.text) && l.right >= left + (right - left) * 0.6);
      prev = l;
    }
  }
  return out;
}

/** Radicals-supplement code points that fonts share with a whole character (门, 长, 见…), and that character. */
const RADICAL_SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2e9f': '母', '\u2ea0': '民', '\u2ea6': '丬', '\u2eb0': '纟', '\u2ec5': '见', '\u2ec6': '角', '\u2ec8': '讠', '\u2ec9': '贝',
  '\u2ecb': '车', '\u2ecc': '辶', '\u2ed0': '钅', '\u2ed3': '长', '\u2ed4': '门', '\u2ed8': '青', '\u2ed9': '韦', '\u2eda': '页',
  '\u2edb': '风', '\u2edc': '飞', '\u2edd': '食', '\u2ee0': '饣', '\u2ee2': '马', '\u2ee3': '骨', '\u2ee4': '鬼', '\u2ee5': '鱼',
  '\u2ee6': '鸟', '\u2ee7': '卤', '\u2ee8': '麦', '\u2ee9': '黄', '\u2eea': '黾', '\u2eec': '齐', '\u2eee': '齿', '\u2ef0': '龙',
  '\u2ef3': '龟',
};

/**
 * Kangxi radicals (U+2F00–U+2FD5, by their compatibility mapping) and radicals-supplement forms as the characters
 * they look like: a font whose glyph of 干 also serves ⼲ gives the radical in the PDF's text (江⼲区, ⾏政), and
 * nothing would match the text then. The rest in NFC, which makes a font's other look-alikes (〈 as U+2329, CJK
 * compatibility ideographs) the characters a typed text has.
 */
export function unifyCharacters(text: string): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (c) => RADICAL_SUPPLEMENT[c] ?? (c >= '\u2f00' ? c.normalize('NFKC') : c)).normalize('NFC');
}
