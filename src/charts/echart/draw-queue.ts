/**
 * When a chart is drawn. A view of many charts (the profile's time charts: one per metric) draws the ones on or
 * near the screen at once and the others afterwards: when one comes near the viewport (IntersectionObserver), or
 * one at a time while the page is idle after the first paint, or all at once before printing. Every chart is drawn
 * in the end — tests, the accessible descriptions and a print see them all — but the first paint waits only for
 * what can be seen. A chart that is not rendered (inside a hidden view) waits until it is.
 *
 * Each chart asks in its layout effect; the queue answers in one microtask for all the charts of a commit, so
 * their places are read in one layout, and each is given its size so that ECharts reads none itself.
 */

export interface DrawSize {
  width: number;
  height: number;
}

interface Job {
  el: HTMLElement;
  draw: (size: DrawSize) => void;
  deferred: boolean;
  /** told when the chart is put off */
  wait: () => void;
}

/** How far below (and above) the screen a chart counts as near: a screen's height. */
const NEAR = 1;

/** Whether a box is on or within `near` screens of a viewport of `height` (a box of no size is not rendered). */
export function isNear(box: { top: number; bottom: number; width: number; height: number }, height: number, near = NEAR): boolean {
  if (box.width <= 0 || box.height <= 0) return false;
  return box.bottom >= -near * height && box.top <= height * (1 + near);
}

const asked = new Set<Job>();
const waiting = new Set<Job>();
let flushQueued = false;
let observer: IntersectionObserver | null = null;
let idleQueued = false;
let printHooked = false;

function drawNow(job: Job, size: DrawSize): void {
  waiting.delete(job);
  observer?.unobserve(job.el);
  job.draw(size);
}

const sizeOf = (el: HTMLElement): DrawSize => ({ width: el.clientWidth, height: el.clientHeight });
/** A box's size in whole pixels, as clientWidth gives it (a canvas is sized in whole pixels). */
const whole = (b: { width: number; height: number }): DrawSize => ({ width: Math.round(b.width), height: Math.round(b.height) });

function observe(job: Job): void {
  if (typeof IntersectionObserver === 'undefined') return;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const job = [...waiting].find((j) => j.el === e.target);
        if (job) drawNow(job, whole(e.boundingClientRect));
      }
    },
    { rootMargin: `${NEAR * 100}% 0px` },
  );
  observer.observe(job.el);
}

/** The charts of a commit: read all their places (one layout), draw the near ones, queue the others. */
function flush(): void {
  flushQueued = false;
  const jobs = [...asked];
  asked.clear();
  const height = window.innerHeight;
  const boxes = jobs.map((j) => j.el.getBoundingClientRect());
  jobs.forEach((job, i) => {
    const box = boxes[i]!;
    const size = whole(box);
    if (!job.deferred || isNear(box, height)) {
      job.draw(size);
      return;
    }
    waiting.add(job);
    job.wait();
    observe(job);
  });
  if (waiting.size) afterPaint();
}

/** One waiting chart per idle period, once the page has painted. */
function afterPaint(): void {
  if (idleQueued) return;
  idleQueued = true;
  hookPrint();
  requestAnimationFrame(() => setTimeout(idle, 0));
}

function idle(): void {
  const next = () => {
    idleQueued = false;
    const job = [...waiting].find((j) => j.el.isConnected && j.el.getClientRects().length > 0);
    if (job) drawNow(job, sizeOf(job.el));
    if ([...waiting].some((j) => j.el.getClientRects().length > 0)) {
      idleQueued = true;
      idle();
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(next, { timeout: 500 });
  else setTimeout(next, 16);
}

/** Before printing, every waiting chart that is rendered is drawn. */
function hookPrint(): void {
  if (printHooked || typeof window === 'undefined') return;
  printHooked = true;
  window.addEventListener('beforeprint', () => {
    for (const job of [...waiting]) if (job.el.getClientRects().length > 0) drawNow(job, sizeOf(job.el));
  });
}

/**
 * Asks for `draw` to run with the element's size: in this commit's microtask (before the first paint) unless
 * `deferred` and the element is not near the screen (then `wait` is called, and `draw` later). Returns a cancel for
 * an unmount before it ran.
 */
export function requestDraw(el: HTMLElement, draw: (size: DrawSize) => void, deferred: boolean, wait: () => void = () => undefined): () => void {
  const job: Job = { el, draw, deferred, wait };
  asked.add(job);
  if (!flushQueued) {
    flushQueued = true;
    queueMicrotask(flush);
  }
  return () => {
    asked.delete(job);
    if (waiting.delete(job)) observer?.unobserve(el);
  };
}
