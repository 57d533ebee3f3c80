/**
 * Regions of a report the extractor reads past: web-page chrome lines, quoted names and titles,
 * and the closing "plans for next year" part. All work on the matching text (simplified, half-width).
 */
import { segmentsOf } from './outline';
import type { Span } from './types';

/** Lines that belong to the web page around the report, not to the report. */
const CHROME_LINE =
  /^\s*(?:当前位置|您的位置|所在位置|分享到|打印此页|打印本页|关闭窗口|【?打印】?|【?关闭】?|字号|浏览量|浏览次数|阅读次数|点击数|发布时间|更新时间|发布日期|来源[::]|时间[::]|作者[::]|责任编辑|编辑[::]|首页\s*>)/;
const CHROME_INSIDE = /(?:\|\s*来源[::]|浏览量[::]|字号[::]|\|\s*关闭窗口|分享到[::])/;
const DATE_ONLY = /^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

export function chromeLines(hay: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const line of hay.split('\n')) {
    const end = start + line.length;
    if (line.length < 160 && (CHROME_LINE.test(line) || CHROME_INSIDE.test(line) || DATE_ONLY.test(line)))
      out.push({ start, end });
    start = end + 1;
  }
  return out;
}

const PAIRS: readonly [string, string, number][] = [
  ['《', '》', 120],
  ['〈', '〉', 120],
  ['“', '”', 40],
  ['‘', '’', 40],
  ['「', '」', 40],
  ['『', '』', 40],
  ['"', '"', 40],
];

/** Titles (《…》) and short quoted names (“…”): numbers inside them are parts of names. */
export function quotedSpans(hay: string): Span[] {
  const out: Span[] = [];
  for (const [open, close, max] of PAIRS) {
    for (let at = hay.indexOf(open); at >= 0; at = hay.indexOf(open, at + 1)) {
      // look for the closing mark within reach only: a stray opening mark costs no more than `max`
      const inWindow = hay.slice(at + 1, at + 2 + max).indexOf(close);
      if (inWindow < 0) continue;
      const end = at + 1 + inWindow;
      const inner = hay.slice(at + 1, end);
      if (inner.includes('\n') || (open !== close && inner.includes(open))) continue;
      out.push({ start: at, end: end + 1 });
      if (open === close) at = end;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const PLAN_HEADING =
  /^(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|\d+[.、])?\s*(?:下一步|下步|今后|(\d{4})年(?:度)?(?:的)?(?:主要|重点)?(?:工作)?(?:安排|计划|打算|思路|任务|目标|重点)|(\d{4})年[,,]?[^。\n]{0,12}将(?:重点|继续|着力|聚焦|围绕|以)|[^。\n]{0,20}(?:工作安排|工作打算|工作计划|努力方向|工作思路)\s*$)/;

/**
 * Where the report turns to next year's plans: from a heading or sentence such as "三、2023年主要安排",
 * "2023年,园区将重点做好以下工作", "下一步,将…" to the end of the text. Returns the offset, or -1.
 */
export function planStart(hay: string, period: number): number {
  let start = 0;
  for (const line of hay.split('\n')) {
    // a line, and the headings inside it when the text lost its line breaks ("……。三、2024年工作计划……")
    for (const cut of segmentsOf(line)) {
      const text = cut === 0 ? line.trim() : line.slice(cut).split(/[。;;::]/)[0]!.trim();
      const m = PLAN_HEADING.exec(text);
      if (!m) continue;
      const year = Number(m[1] ?? m[2] ?? NaN);
      // plans close a report: a plan heading in its first part is more likely a stray phrase
      if ((Number.isNaN(year) || year > period) && start + cut >= hay.length * 0.3) return start + cut;
    }
    start += line.length + 1;
  }
  return -1;
}

/** A sentence that states a plan or target, not a result (全力争创 is 全力 + 争创, no 力争). */
const PLAN_SENTENCE = /下一步|下步|计划(?:于|在|到|将)|(?<!全)力争|拟(?:于|在|将|对)|预计|争取(?:到|在)|目标(?:是|为)|明年/;

export function isPlanSentence(sentence: string, period: number): boolean {
  if (PLAN_SENTENCE.test(sentence)) return true;
  const m = /(\d{4})年(?:度|底|内)?[,,]?[^。;;]{0,16}?(?:将|要|计划)/.exec(sentence);
  return m !== null && Number(m[1]) > period;
}

/** Spans must be sorted by start and shorter than `reach`: only the few starting just before `at` are looked at. */
export function inSpans(spans: readonly Span[], at: number, reach = 200): boolean {
  return spanAt(spans, at, reach) !== null;
}

/** The innermost span holding `at`, or null (spans sorted by start, none longer than `reach`). */
export function spanAt(spans: readonly Span[], at: number, reach = 200): Span | null {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && spans[i]!.start >= at - reach; i--) if (at < spans[i]!.end) return spans[i]!;
  return null;
}
