/**
 * A report saved as a web page (or HTML pasted from a browser): the page's bytes decoded (./html-meta.ts), parsed
 * with htmlparser2 (no DOM: runs in Node and in workers), the site chrome dropped (elements never text, chrome by
 * tag or id/class: ./html-tree.ts), the body chosen (./html-body.ts), rendered as lines (./html-render.ts) without
 * chrome lines (./html-chrome.ts). In a body found by the fallback score, lines that are all link text are
 * dropped too (a list of links is navigation). Fewer than 80 Chinese characters outside links → `html_no_body`.
 */
import type { Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { chooseBody } from './html-body';
import { isChromeLine } from './html-chrome';
import { chooseTitle, DATE_META, decodeHtml, publishedDate } from './html-meta';
import { collapse, renderLines, type Line } from './html-render';
import { chromeElements, countHan, firstElement, nameTokens, outsideLinks, walk, type Parent } from './html-tree';
import { problem, success } from './outcome';
import { checkedText, replacementWarning } from './text';
import type { DocumentOutcome, DocumentWarning, SourceFile } from './types';

/** A page's body must hold this many Chinese characters outside links. */
export const MIN_BODY_HAN = 80;

interface PageInfo {
  titleTag: string | undefined;
  metaDates: string[];
}

function pageInfo(doc: Document): PageInfo {
  const titleEl = firstElement(doc, 'title');
  const titleTag = titleEl ? collapse(textOf(titleEl)).trim() : undefined;
  const metaDates: string[] = [];
  walk(doc, {
    enter(el) {
      if (el.name !== 'meta') return;
      const key = el.attribs.name ?? el.attribs.property ?? el.attribs.itemprop ?? '';
      if (DATE_META.test(key) && el.attribs.content) metaDates.push(el.attribs.content);
    },
  });
  return { titleTag, metaDates };
}

function textOf(el: Parent): string {
  let s = '';
  walk(el, { text: (data) => (s += data) });
  return s;
}

/** h1 elements and elements named as a title, as text, in document order, outside dropped chrome. */
function headings(root: Parent, dropped: ReadonlySet<Element>): { all: string[]; h1s: string[] } {
  const all: string[] = [];
  const h1s: string[] = [];
  walk(root, {
    enter(el) {
      if (dropped.has(el)) return false;
      const named = nameTokens(el).some((t) => /title|biaoti|^bt$|^tit$/i.test(t));
      if (el.name !== 'h1' && !named) return;
      const text = collapse(textOf(el)).trim();
      if (text.length < 4 || text.length > 120 || !/[\u4e00-\u9fff]/.test(text)) return;
      all.push(text);
      if (el.name === 'h1') h1s.push(text);
      return false;
    },
  });
  return { all, h1s };
}

const ATTACHMENT = /\.(pdf|docx?|wps|ofd|zip|rar|7z)(?:[?#]|$)/i;

function fileNameOf(href: string): string {
  const last = href.replace(/[?#].*$/, '').split('/').pop() || href;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The files a page links to as attachments (附件), by link text or file name, at most five. */
export function attachments(root: Parent): string[] {
  const found: string[] = [];
  walk(root, {
    enter(el) {
      const href = el.name === 'a' ? el.attribs.href : undefined;
      if (!href || !ATTACHMENT.test(href) || found.length >= 5) return;
      const label = collapse(textOf(el)).trim() || fileNameOf(href);
      if (!found.includes(label)) found.push(label);
    },
  });
  return found;
}

function noBody(name: string, root: Parent, chars: number): DocumentOutcome {
  const files = attachments(root);
  const also = files.length ? `; it links to ${files.join(', ')}, which may hold the report` : '';
  return problem(name, 'html_no_body', `${name} is a web page without a report's text (navigation and links only)${also}`, {
    chars,
    ...(files.length ? { attachments: files.join('\n') } : {}),
  });
}

function bodyLines(choice: { el: Parent; fallback: boolean }, dropped: ReadonlySet<Element>): Line[] {
  return renderLines(choice.el, (el) => dropped.has(el)).filter(
    (line) => !isChromeLine(line.text) && !(choice.fallback && line.han > 0 && line.linkHan >= 0.9 * line.han),
  );
}

export interface HtmlSource {
  name: string;
  sha256: string;
  bytes: number;
  encoding?: string;
  warnings: DocumentWarning[];
}

/** The report in a page's markup. */
export function htmlReport(html: string, src: HtmlSource): DocumentOutcome {
  const options = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };
  let doc = parseDocument(html, options);
  let body = firstElement(doc, 'body');
  if (!body) {
    // a fragment (a paste, a page without <body>): read as the body of a page
    doc = parseDocument(`<body>${html}</body>`, options);
    body = firstElement(doc, 'body')!;
  }
  const root = body;
  const full = countHan(root, new Set());
  const dropped = chromeElements(root, full, outsideLinks(full.get(root)));
  const counts = countHan(root, dropped);
  const keptHan = outsideLinks(counts.get(root));
  const choice = chooseBody(root, counts, keptHan);
  const lines = bodyLines(choice, dropped);
  const bodyHan = lines.reduce((n, l) => n + l.han - l.linkHan, 0);
  if (bodyHan < MIN_BODY_HAN) return noBody(src.name, root, bodyHan);
  const text = lines.map((l) => l.text).join('\n');
  const bad = checkedText(src.name, text);
  if (bad) return bad;
  const info = pageInfo(doc);
  const heads = headings(root, dropped);
  const title = chooseTitle(heads.all, heads.h1s, info.titleTag);
  const published = publishedDate(renderLines(root).map((l) => l.text).join('\n'), info.metaDates);
  const warnings = [...src.warnings];
  if (choice.fallback)
    warnings.push({ code: 'html_uncertain_body', message: `${src.name}: the report's text was chosen by a guess; parts of the page kept may be site chrome` });
  return success({
    name: src.name,
    kind: 'html',
    sha256: src.sha256,
    bytes: src.bytes,
    text,
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(src.encoding ? { encoding: src.encoding } : {}),
    warnings,
  });
}

/** A saved web page's report. */
export function readHtml(file: SourceFile, sha256: string): DocumentOutcome {
  const { name, bytes } = file;
  if (bytes.length === 0) return problem(name, 'empty', `${name} is empty`);
  const decoded = decodeHtml(bytes);
  return htmlReport(decoded.text, {
    name,
    sha256,
    bytes: bytes.length,
    encoding: decoded.encoding,
    warnings: replacementWarning(decoded.replaced, decoded.encoding),
  });
}
