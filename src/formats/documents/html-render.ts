/**
 * An element's text as lines: block elements (p, div, br, li, h1–h6, tr, table, section…) end a line, table
 * cells are separated by a tab, whitespace runs collapse to one space (a line break between two Chinese characters
 * to none), and each line is trimmed of spaces, `&nbsp;` and full-width spaces at both ends. Each line keeps how
 * many of its Chinese characters are outside links.
 */
import type { Element } from 'domhandler';
import { hanCount, neverText, walk, type Parent } from './html-tree';

export interface Line {
  text: string;
  han: number;
  linkHan: number;
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELLS = new Set(['td', 'th']);

/** CJK characters and full-width punctuation, between which a source line break is not a space. */
const WIDE = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const WIDE_BREAK = new RegExp(`([${WIDE}])[ \\t\\r\\f]*\\n[ \\t\\r\\n\\f]*(?=[${WIDE}])`, 'g');
/** HTML whitespace and no-break spaces; the full-width space (U+3000) inside a line is kept. */
const SPACE_RUN = /[ \t\n\r\f\u00a0]+/g;

export function collapse(data: string): string {
  return data.replace(WIDE_BREAK, '$1').replace(SPACE_RUN, ' ');
}

/** The lines of `root`'s text, leaving out elements never text and those `skip` names. */
export function renderLines(root: Parent, skip: (el: Element) => boolean = () => false): Line[] {
  const lines: Line[] = [];
  let text = '';
  let han = 0;
  let linkHan = 0;
  const end = (): void => {
    const t = text.replace(/ *\t */g, '\t').trim();
    if (t) lines.push({ text: t, han, linkHan });
    text = '';
    han = 0;
    linkHan = 0;
  };
  walk(root, {
    enter(el) {
      if (neverText(el) || skip(el)) return false;
      if (BLOCKS.has(el.name)) end();
      else if (CELLS.has(el.name) && text.trim()) text += '\t';
    },
    exit(el) {
      if (BLOCKS.has(el.name)) end();
    },
    text(data, inLink) {
      const t = collapse(data);
      const n = hanCount(t);
      text += t;
      han += n;
      if (inLink) linkHan += n;
    },
  });
  end();
  return lines;
}
