/**
 * How a figure leans on the figures and words around it:
 *  - a comparison base: "较2022年558件" is last year's value of the measure just stated (period 2022);
 *  - a carried subject: after "受理行政复议案件1033件,其中" (or 分别为, 依次为, 结果分别为, 包括) the figures are parts or
 *    outcomes of the same subject (维持435件、驳回136件 are reconsideration outcomes);
 *  - listed names: "维持、驳回、撤销分别为200件、50件、30件" gives the i-th figure the i-th name, and "A率和B率均达到100%"
 *    gives one figure to each named rate.
 * All on the matching text; every look is bounded, so the work per figure stays constant.
 */
import type { Span } from './types';

const BASE_BEFORE = /(?:较|比|同比|相比|与|由|从)(?:于)?(?:(\d{4})年|(上年|去年|上一年|同期|上年同期))(?:同期)?(?:的)?$/;

/** The period a comparison base states ("较2022年558件" → 2022; "比上年的" → the year before), or null. */
export function comparisonBase(hay: string, figureStart: number, period: number): number | null {
  const m = BASE_BEFORE.exec(hay.slice(Math.max(0, figureStart - 14), figureStart));
  if (!m) return null;
  if (m[1]) {
    const y = Number(m[1]);
    return y >= 1949 && y < period + 1 ? y : null;
  }
  return period - 1;
}

const CARRY = /其中|分别为|分别是|分别有|依次为|依次是|结果为|包括/g;

/**
 * Where the words that carry a subject stand between `from` (the end of the figure that states the subject) and
 * `to` (a later figure): the marker must follow the subject's figure in the same sentence, or open the next
 * sentence ("……1033件。其中,维持……"); after the marker no sentence may end. Returns the marker's position or -1.
 */
export function carryMarker(hay: string, from: number, to: number): number {
  if (to - from > 240 || to <= from) return -1;
  const gap = hay.slice(from, to);
  let at = -1;
  CARRY.lastIndex = 0;
  for (let m = CARRY.exec(gap); m; m = CARRY.exec(gap)) at = m.index;
  if (at < 0) return -1;
  if (/[。\n!!??]/.test(gap.slice(at))) return -1;
  const lead = gap.slice(0, at);
  // the subject's sentence may end just before the marker, and nothing else may stand between
  const stop = lead.search(/[。;;\n!!??]/);
  if (stop >= 0 && !/^[。;;\n!!??\s]*[((]?$/.test(lead.slice(stop))) return -1;
  return from + at;
}

const LIST_END = /分别(?:为|是|有|达到|达|占|增长|下降|增加|减少|同比增长|同比下降|同比增加|同比减少)?[::]?$/;

/**
 * The names listed before "分别为" ahead of a group of figures ("维持、驳回、撤销分别为"), when there are as many names
 * as figures; else null. `groupStart` is where the group's first figure begins.
 */
export function listedNames(hay: string, groupStart: number, size: number, firstFigure: string): Span[] | null {
  if (size < 2) return null;
  const from = Math.max(0, groupStart - 80);
  const before = hay.slice(from, groupStart);
  // the first figure may carry 分别 itself ("分别同比下降34.01%")
  const m = LIST_END.exec(before) ?? (/^分别/.test(firstFigure) ? /$/.exec(before) : null);
  if (!m) return null;
  const phrase = before.slice(0, m.index);
  const open = Math.max(phrase.lastIndexOf(','), phrase.lastIndexOf(','), phrase.lastIndexOf(';'), phrase.lastIndexOf(';'), phrase.lastIndexOf('。'), phrase.lastIndexOf(':'), phrase.lastIndexOf(':'), phrase.lastIndexOf('\n'));
  // "A、B和C分别为": try every joining word, then 、 alone with the last 和
  return splitNames(phrase, open + 1, from, size, (c) => /[、和与及]/.test(c)) ?? splitNames(phrase, open + 1, from, size, (c, i, p) => c === '、' || (c === '和' && !p.slice(i + 1).includes('和')));
}

const SHARED_END = /(?:均|都|全部|双双)(?:达到|达|为|实现|是)?$/;

/**
 * The rates one figure stands for: "目录清单认领率和检查实施清单编制率均达到100%", "参考率、合格率“双百”" — two or more
 * names ending in 率, joined by 和/、/及/与, right before the figure. Returns their spans, or null.
 */
export function sharedNames(hay: string, sentenceStart: number, figureStart: number): Span[] | null {
  const from = Math.max(sentenceStart, figureStart - 80);
  const before = hay.slice(from, figureStart).replace(/[“"]$/, '');
  const shared = SHARED_END.exec(before);
  const phrase = shared ? before.slice(0, shared.index) : before;
  if (!/率$/.test(phrase)) return null;
  // the names stand after the last clause break (、 joins them)
  const open = Math.max(...[',', ';', ':', '。', '\n'].map((c) => phrase.lastIndexOf(c))) + 1;
  // names end in 率: a joining word counts only after one (调解和解率 holds 和 inside)
  const names = splitNames(phrase, open, from, 0, (c, i, p) => /[、和与及]/.test(c) && p[i - 1] === '率');
  if (!names || names.length < 2) return null;
  // without 均/都 the figure must be 双百 (both at 100)
  return shared || hay.slice(figureStart, figureStart + 3).includes('双百') ? names : null;
}

/** Splits phrase[open..] where `sep` says into name spans (text offsets); `size` > 0: only when the count is that. */
function splitNames(phrase: string, open: number, offset: number, size: number, sep: (c: string, i: number, phrase: string) => boolean): Span[] | null {
  const names: Span[] = [];
  let start = open;
  for (let i = open; i <= phrase.length; i++) {
    if (i === phrase.length || sep(phrase[i]!, i, phrase)) {
      if (i - start < 1 || i - start > 24) return null;
      names.push({ start: offset + start, end: offset + i });
      start = i + 1;
    }
  }
  if (size > 0 && names.length !== size) return null;
  return names.length >= 2 ? names : null;
}
