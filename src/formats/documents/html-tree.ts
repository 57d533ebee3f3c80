/**
 * Walking a page parsed by htmlparser2 (a domhandler tree) without recursion, and counting the Chinese characters
 * each element holds, in links and outside them. Which elements are never text (script, style, forms…), which are
 * site chrome by tag or by id/class, and which are the content containers government sites put a report in.
 */
import type { ChildNode, Document, Element } from 'domhandler';

export type Parent = Element | Document;

/** Elements whose content is never report text. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'form', 'select', 'button', 'textarea', 'input', 'option',
  'object', 'embed', 'svg', 'canvas', 'map', 'head', 'title',
]);
/** Elements that are site chrome by their tag. */
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
const CHROME_NAME = /nav|menu|footer|header|breadcrumb|share|crumb|position|location|toolbar|print|sidebar|related|links|copyright/i;
const CONTAINER_NAME =
  /^(zoom|trs_editor|custom_unionstyle|article|content|detail|pages_content|pages-content|main-text|xxgk_content|view|zw|zwnr|wordsection\d+|(article|news|detail|info|text|main|art|con)[-_]?(con|content|text|body)|content[-_]?(text|body|main))$/i;

export const isElement = (n: ChildNode | Document): n is Element =>
  n.type === 'tag' || n.type === 'script' || n.type === 'style';

export const neverText = (el: Element): boolean => NEVER_TEXT.has(el.name);

/** The id and class tokens of an element. */
export function nameTokens(el: Element): string[] {
  const { id, class: cls } = el.attribs;
  return `${id ?? ''} ${cls ?? ''}`.split(/\s+/).filter(Boolean);
}

export const isKnownContainer = (el: Element): boolean => nameTokens(el).some((t) => CONTAINER_NAME.test(t));

export const looksLikeChrome = (el: Element): boolean =>
  CHROME_TAGS.has(el.name) || nameTokens(el).some((t) => CHROME_NAME.test(t) && !CONTAINER_NAME.test(t));

/** Chinese characters (CJK unified ideographs, extension A, compatibility ideographs) in a string. */
export function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}

export interface Visitor {
  /** return false to skip the element's content (exit is still called) */
  enter?(el: Element, inLink: boolean): boolean | void;
  exit?(el: Element): void;
  text?(data: string, inLink: boolean): void;
}

/** Visits a tree in document order without recursion (saved pages nest unclosed tags thousands deep). */
export function walk(root: Parent, visitor: Visitor): void {
  type Frame = { node: ChildNode; exit: boolean };
  const stack: Frame[] = [];
  let links = 0;
  const push = (nodes: ChildNode[]): void => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, exit: false });
  };
  push(root.children);
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.type === 'text') {
      visitor.text?.(node.data, links > 0);
      continue;
    }
    if (!isElement(node)) continue;
    if (exit) {
      if (node.name === 'a') links--;
      visitor.exit?.(node);
      continue;
    }
    const descend = visitor.enter?.(node, links > 0) !== false;
    stack.push({ node, exit: true });
    if (node.name === 'a') links++;
    if (descend) push(node.children);
  }
}

export interface Counts {
  /** Chinese characters in the element's text */
  han: number;
  /** of which inside links */
  linkHan: number;
  /** a known content container is this element or inside it */
  holdsContainer: boolean;
}

export const outsideLinks = (c: Counts | undefined): number => (c ? c.han - c.linkHan : 0);

/** Every element's counts, leaving out elements never text and those in `dropped` (with their content). */
export function countHan(root: Parent, dropped: ReadonlySet<Element>): Map<Element, Counts> {
  const counts = new Map<Element, Counts>();
  const open: Element[] = [];
  walk(root, {
    enter(el) {
      if (neverText(el) || dropped.has(el)) return false;
      counts.set(el, { han: 0, linkHan: 0, holdsContainer: isKnownContainer(el) });
      open.push(el);
    },
    exit(el) {
      if (open[open.length - 1] !== el) return;
      open.pop();
      const parent = open[open.length - 1];
      if (!parent) return;
      const own = counts.get(el)!;
      const up = counts.get(parent)!;
      up.han += own.han;
      up.linkHan += own.linkHan;
      up.holdsContainer ||= own.holdsContainer;
    },
    text(data, inLink) {
      const el = open[open.length - 1];
      if (!el) return;
      const n = hanCount(data);
      const c = counts.get(el)!;
      c.han += n;
      if (inLink) c.linkHan += n;
    },
  });
  return counts;
}

/**
 * The elements to drop as site chrome (by tag, or id/class naming navigation, footer, sharing…), unless one holds
 * a content container or 40% or more of the page's Chinese text outside links (a wrapper named `printArea`).
 */
export function chromeElements(root: Parent, counts: Map<Element, Counts>, pageHan: number): Set<Element> {
  const dropped = new Set<Element>();
  walk(root, {
    enter(el) {
      if (neverText(el)) return false;
      if (!looksLikeChrome(el)) return;
      const c = counts.get(el);
      if (c && (c.holdsContainer || outsideLinks(c) >= 0.4 * pageHan)) return;
      dropped.add(el);
      return false;
    },
  });
  return dropped;
}

/** The first element of a tag name, in document order. */
export function firstElement(root: Parent, name: string): Element | undefined {
  let found: Element | undefined;
  walk(root, {
    enter(el) {
      if (found) return false;
      if (el.name === name) found = el;
    },
  });
  return found;
}
