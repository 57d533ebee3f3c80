/**
 * What a saved page says about itself: its character set (`<meta charset>`, `http-equiv` Content-Type, an XML
 * declaration), its title, and the publication date it states.
 *
 * Decoding: a byte-order mark decides; else a declared gb2312/gbk/gb18030/big5/utf-8 is used, except that bytes
 * which are valid UTF-8 with multi-byte characters are read as UTF-8 whatever the page declares (a page saved
 * again by a browser keeps its old declaration; GBK or Big5 text of any length is practically never valid UTF-8),
 * and a page declared UTF-8 whose bytes are not is detected as ../decode-text.ts does; no declaration → detected.
 */
import { decodeText, type DecodedText } from '../decode-text';

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_-]+)/i;

type Declared = 'gb18030' | 'big5' | 'utf-8';

/** The character set a page declares in its first 4 KB, when it is one read here. */
export function declaredCharset(bytes: Uint8Array): Declared | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = (CHARSET.exec(head)?.slice(1).find(Boolean) ?? '').toLowerCase();
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|gb_2312-80|csgb2312|chinese)$/.test(label)) return 'gb18030';
  if (/^(big5|big5-hkscs|x-x-big5|cp950|csbig5)$/.test(label)) return 'big5';
  if (/^(utf-?8)$/.test(label)) return 'utf-8';
  return undefined;
}

const countReplacement = (s: string): number => s.split('\uFFFD').length - 1;

export function decodeHtml(bytes: Uint8Array): DecodedText {
  const detected = decodeText(bytes);
  if (detected.bom || detected.encoding === 'utf-8') return detected;
  const declared = declaredCharset(bytes);
  if (!declared || declared === 'utf-8') return detected;
  const text = new TextDecoder(declared).decode(bytes);
  return { text, encoding: declared, bom: false, replaced: countReplacement(text) };
}

/** Separators between an article's title and the site's name in `<title>`; a hyphen between digits is a range. */
const TITLE_SEPARATOR = /\s*(?:[_|｜—–]+|(?<!\d)-+|-+(?!\d))\s*/;

/** The `<title>` without the site's name after `-`, `_`, `|` or a dash. */
export function titleWithoutSite(title: string): string | undefined {
  const t = title.replace(/\s+/g, ' ').trim();
  return t.split(TITLE_SEPARATOR).find(Boolean);
}

/** The heading that the `<title>` names (equal, or one holding the other), else the first `h1` given. */
export function chooseTitle(headings: readonly string[], h1s: readonly string[], titleTag: string | undefined): string | undefined {
  const fromTag = titleTag ? titleWithoutSite(titleTag) : undefined;
  if (fromTag) {
    const same = headings.filter((h) => h === fromTag || (h.length >= 6 && (fromTag.includes(h) || h.includes(fromTag))));
    if (same.length) return same.reduce((a, b) => (b.length > a.length ? b : a));
  }
  return h1s[0] ?? fromTag ?? headings[0];
}

const STATED: readonly RegExp[] = [
  /(?:发布时间|发布日期|發布時間|發佈時間|發布日期|发文日期|成文日期|印发日期)\s*[:：]?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})(?:\s*[-月/.]\s*(\d{1,2}))?/,
  /(?:日期|时间|時間|更新时间|更新時間|更新日期)\s*[:：]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})(?:\s*[-月/.]\s*(\d{1,2}))?/,
];

function isoDate(y: string, m: string | undefined, d: string | undefined): string | undefined {
  const year = Number(y);
  if (year < 1990 || year > 2100) return undefined;
  if (!m || Number(m) < 1 || Number(m) > 12) return y;
  const mm = m.padStart(2, '0');
  if (!d || Number(d) < 1 || Number(d) > 31) return `${y}-${mm}`;
  return `${y}-${mm}-${d.padStart(2, '0')}`;
}

/** The publication date a page's text states (发布时间, 发布日期, 日期:…), else its PubDate-like meta. */
export function publishedDate(pageText: string, metaDates: readonly string[]): string | undefined {
  for (const re of STATED) {
    const m = re.exec(pageText);
    if (m) {
      const date = isoDate(m[1]!, m[2], m[3]);
      if (date) return date;
    }
  }
  for (const meta of metaDates) {
    const m = /(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2}))?/.exec(meta);
    const date = m ? isoDate(m[1]!, m[2], m[3]) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** `<meta>` names that carry a page's publication date. */
export const DATE_META = /^(pubdate|publishdate|firstpublishedtime|publishtime|article:published_time|dc\.date|dc\.date\.issued)$/i;
