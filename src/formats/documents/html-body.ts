/**
 * Which element of a page holds the report. First a known content container (`zoom`, `TRS_Editor`, `article`,
 * `content`…) that holds at least half the page's Chinese text outside links: of those, the innermost one that
 * still holds 90% of what the fullest holds. Otherwise (a fallback) a Readability-like score: each text block
 * (p, td, li, a div with its own text…) with 10 or more Chinese characters outside links gives points to its
 * parent, half to its grandparent and a third to the one above; an element's score is its points times
 * (1 − its link density); the highest wins.
 */
import type { Element } from 'domhandler';
import { isKnownContainer, outsideLinks, walk, type Counts, type Parent } from './html-tree';

export interface BodyChoice {
  el: Parent;
  /** chosen by the score, not by a known container */
  fallback: boolean;
}

const TEXT_BLOCKS = new Set(['p', 'td', 'th', 'li', 'pre', 'blockquote', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'section', 'font', 'span']);

function knownContainer(root: Parent, counts: Map<Element, Counts>, pageHan: number): Element | undefined {
  const held: Element[] = [];
  walk(root, {
    enter(el) {
      const c = counts.get(el);
      if (!c) return false;
      if (isKnownContainer(el) && outsideLinks(c) >= 0.5 * pageHan) held.push(el);
    },
  });
  if (!held.length) return undefined;
  const fullest = Math.max(...held.map((el) => outsideLinks(counts.get(el))));
  // document order puts a container before the ones inside it: the last that holds 90% is the innermost
  return held.filter((el) => outsideLinks(counts.get(el)) >= 0.9 * fullest).at(-1);
}

/** Chinese characters outside links in an element's own text nodes (not its child elements'). */
function ownHan(el: Element, counts: Map<Element, Counts>): number {
  let n = outsideLinks(counts.get(el));
  for (const child of el.children) if (child.type === 'tag') n -= outsideLinks(counts.get(child));
  return n;
}

function scored(root: Parent, counts: Map<Element, Counts>): Element | undefined {
  const points = new Map<Element, number>();
  const give = (el: Element | null, p: number): void => {
    if (el && counts.has(el)) points.set(el, (points.get(el) ?? 0) + p);
  };
  walk(root, {
    enter(el) {
      const c = counts.get(el);
      if (!c) return false;
      if (!TEXT_BLOCKS.has(el.name)) return;
      const own = el.name === 'div' || el.name === 'section' || el.name === 'span' || el.name === 'font' ? ownHan(el, counts) : outsideLinks(c);
      if (own < 10) return;
      const p = 1 + Math.min(3, own / 100);
      const parent = el.parent?.type === 'tag' ? el.parent : null;
      const grand = parent?.parent?.type === 'tag' ? parent.parent : null;
      const great = grand?.parent?.type === 'tag' ? grand.parent : null;
      give(el.name === 'div' || el.name === 'td' ? el : parent, p);
      give(el.name === 'div' || el.name === 'td' ? parent : grand, p / 2);
      give(el.name === 'div' || el.name === 'td' ? grand : great, p / 3);
    },
  });
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, p] of points) {
    const c = counts.get(el)!;
    const score = p * (1 - (c.han ? c.linkHan / c.han : 0));
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best;
}

export function chooseBody(root: Parent, counts: Map<Element, Counts>, pageHan: number): BodyChoice {
  const known = knownContainer(root, counts, pageHan);
  if (known) return { el: known, fallback: false };
  return { el: scored(root, counts) ?? root, fallback: true };
}
