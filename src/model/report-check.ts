/**
 * The report check: which of the five contents an annual rule-of-law report must have (《法治政府建设与责任落实督察
 * 工作规定》, 2019, art. 24) a report's text shows, found by headings and phrases, each finding with its sentence
 * (offset and length into the text, as the reader highlights it). What is not found is reported as not found:
 * the check never infers a content from a report's structure alone. Pure.
 *
 * The phrases are tuned on the bundled reports and a few written examples (tests/unit/model/report-check.test.ts);
 * a heading or sentence that names a content is evidence the report addresses it, not a judgement of how well.
 */
import type { Report } from './schema';
import { matchingText, sentenceAround } from './text';

export const CONTENTS = ['measures', 'shortcomings', 'leaders', 'plans', 'other'] as const;
export type ContentKey = (typeof CONTENTS)[number];

export interface Finding {
  /** a section heading names the content, or a sentence of the text does */
  how: 'heading' | 'phrase';
  /** where the matched words start: the reader opens here (inside the sentence) */
  at: number;
  /** the sentence (or heading line): offset and length into the report's text */
  offset: number;
  length: number;
  /** the words matched (in the matching, simplified text) */
  match: string;
}

export type ContentCheck = Record<ContentKey, Finding | null>;

export type CheckedReport = Pick<Report, 'text' | 'period'> & Partial<Pick<Report, 'textSimplified' | 'script'>>;

/** A heading's numbering: 一、 (一) 1. 一是 第一, — or none (a short line of its own). */
const TOP = /^[一二三四五六七八九十]+[、.．]/;
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,，、])/;

interface Heading {
  offset: number;
  text: string;
  top: boolean;
}

/** Heading lines: a numbered line up to its first 。 (inline headings), or a short line without one. */
export function headings(text: string): Heading[] {
  const out: Heading[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const lead = /^[\s\u3000]*/.exec(m[0])![0].length;
    const line = m[0].slice(lead);
    if (!line) continue;
    const offset = m.index + lead;
    const end = line.search(/[。;；]/);
    if (NUMBERED.test(line)) out.push({ offset, text: end >= 0 ? line.slice(0, end + 1) : line.slice(0, 120), top: TOP.test(line) });
    else if (end < 0 && line.trimEnd().length <= 40) out.push({ offset, text: line.trimEnd(), top: true });
  }
  return out;
}

/** Characters of the patterns below in traditional script, for a traditional text stored without its simplified copy. */
const T2S: Record<string, string> = Object.fromEntries(
  [...'問題責職負舉報現將關況劃說黨領導環節開績顯進積極實與來設務點議組織當並項還著']
    .map((c, i) => [c, '问题责职负举报现将关况划说党领导环节开绩显进积极实与来设务点议组织当并项还着'[i]!]),
);
const simplified = (r: CheckedReport): string =>
  r.textSimplified || r.script !== 'traditional' ? matchingText({ text: r.text, textSimplified: r.textSimplified }) : r.text.replace(/[\u4e00-\u9fff]/g, (c) => T2S[c] ?? c);

interface Patterns {
  heading: RegExp | null;
  phrase: RegExp | null;
}

const SHORTCOMING = /存在(?:的|着)?(?:一些|以下|不少|诸多)?(?:主要)?(?:问题|不足|短板|薄弱环节|差距)|(?:问题|不足|短板)(?:和|与|及|、)(?:不足|原因|短板|差距|问题)|不足之处/;

function patterns(period: number): Record<ContentKey, Patterns> {
  const next = String(period + 1);
  return {
    plans: {
      heading: new RegExp(`(?:${next}年|下一年|明年|下一步|今后)[^。]{0,12}?(?:打算|安排|计划|思路|重点|方向|展望)|下一步`),
      phrase: new RegExp(`下一步|下一年度[^。\\n]{0,10}?(?:工作|打算|安排|计划)|${next}年[^。\\n]{0,20}?(?:将|要|拟)[^。\\n]{0,10}?(?:做好|抓好|重点)|${next}年(?:的)?(?:主要)?(?:工作)?(?:打算|安排|计划|思路)`),
    },
    leaders: {
      heading: /第一责任人|主要负责人[^。]{0,20}?(?:履行|履职)/,
      phrase: /第一责任人职责|主要负责人[^。;\n]{0,20}?(?:履行|履职|落实)[^。;\n]{0,20}?职责/,
    },
    shortcomings: {
      heading: /^(?:存在的?|主要)?(?:问题|不足|短板|差距|薄弱环节)|(?:存在|面临)(?:的|着)?(?:主要)?(?:问题|不足|短板|差距|困难)|(?:不足|问题|短板)(?:和|与|及|、)(?:原因|不足|问题|差距)/,
      phrase: SHORTCOMING,
    },
    other: {
      heading: /其他(?:需要|需)?(?:报告|说明)的?(?:事项|情况)|^其他(?:事项|情况)$|需要(?:报告|说明)的其他/,
      phrase: /其他需要(?:报告|说明)的(?:事项|情况)/,
    },
    measures: {
      heading: /主要(?:举措|做法|成效|成绩|工作成效)|举措(?:和|与|及)成效|工作成效|取得的成效|工作开展情况/,
      phrase: /报告如下|取得(?:了)?(?:积极|显著|明显|良好|一定|新的?|较好|一些)?(?:的)?(?:成效|成绩|进展)/,
    },
  };
}

/** Inside a 《title》: a document's name, not a statement of the report. */
function inTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && text.lastIndexOf('》', at) < open;
}

type Span = readonly [number, number];
const outside = (spans: readonly Span[], at: number) => spans.every(([s, e]) => at < s || at >= e);

function finding(text: string, how: Finding['how'], at: number, match: string): Finding {
  const s = sentenceAround(text, at, at + match.length);
  return { how, at, offset: s.offset, length: s.text.length, match };
}

interface Search {
  text: string;
  match: string;
  list: readonly Heading[];
  skip: readonly Span[];
}

function byHeading(q: Search, p: Patterns, taken: Set<number>): Finding | null {
  if (!p.heading) return null;
  for (const h of q.list) {
    if (taken.has(h.offset) || !outside(q.skip, h.offset)) continue;
    const title = q.match.slice(h.offset, h.offset + h.text.length).replace(NUMBERED, '');
    const m = p.heading.exec(title);
    if (m) {
      taken.add(h.offset);
      return finding(q.text, 'heading', h.offset + h.text.length - title.length + m.index, m[0]);
    }
  }
  return null;
}

function byPhrase(q: Search, p: Patterns, accept: (at: number, end: number) => boolean, lineStart = false): Finding | null {
  if (!p.phrase) return null;
  for (const m of q.match.matchAll(new RegExp(p.phrase.source, 'g'))) {
    const at = m.index;
    if (inTitle(q.match, at) || !outside(q.skip, at) || !accept(at, at + m[0].length)) continue;
    if (lineStart && at - (q.match.lastIndexOf('\n', at) + 1) > 12) continue;
    return finding(q.text, 'phrase', at, m[0]);
  }
  return null;
}

/** Where the plans run: from their finding to the next top-level heading, or the end of the text. */
function planSpan(f: Finding, list: readonly Heading[], length: number): Span {
  const next = list.find((h) => h.top && h.offset > f.offset);
  return [f.offset, next ? next.offset : length];
}

/** The five contents of one report: each the first heading naming it, else the first sentence that does, else null. */
export function checkContents(report: CheckedReport): ContentCheck {
  const text = report.text;
  const match = simplified(report);
  const list = headings(match);
  const p = patterns(report.period);
  const taken = new Set<number>();
  const q: Search = { text, match, list, skip: [] };
  const any = () => true;
  const plans = byHeading(q, p.plans, taken) ?? byPhrase(q, p.plans, any, true) ?? byPhrase(q, p.plans, any);
  // what the report plans is neither what it did nor what it lacked
  const rest: Search = { ...q, skip: plans ? [planSpan(plans, list, text.length)] : [] };
  const leaders = byHeading(rest, p.leaders, taken) ?? byPhrase(rest, p.leaders, any);
  const shortcomings = byHeading(rest, p.shortcomings, taken) ?? byPhrase(rest, p.shortcomings, any);
  const other = byHeading(q, p.other, taken) ?? byPhrase(q, p.other, any);
  // a sentence that achieved something "but has shortcomings" belongs to the shortcomings
  const notShortcoming = (at: number) => {
    const s = sentenceAround(match, at);
    return !SHORTCOMING.test(s.text);
  };
  const measures = byHeading(rest, p.measures, taken) ?? byPhrase(rest, p.measures, notShortcoming);
  return { measures, shortcomings, leaders, plans, other };
}
