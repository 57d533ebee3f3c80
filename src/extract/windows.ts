/**
 * The windows in which words name a figure's indicator: its own phrase (primary), the clause after it with the noun
 * right after the measure word weighing most, and, as support only, the sentence before, its subject, lead and heading.
 */
import type { TextFacts, Relations } from './candidate';
import type { FigureContext } from './context';
import type { TermWindow } from './indicator';
import { hitsIn } from './terms';
import type { RawFigure, Span } from './types';

/** a verb's first character after a noun (not a joiner, a possessive or a noun's ending) */
const PREDICATE = /^(?!全部|均|全|都|共)[^\P{Script=Han}、和及与的等类]/u;
/** the words of a clause's subject before its count: scope and time only */
const SUBJECT = /^[\s,;:]*(?:[全本]?[省市区县镇州旗盟](?:本级|级)?|全年|年内|今年|目前|现有|已有|累计|共计|共|其中|已)*$/;

/** persons (not person-times, which count attendances at an event the words before name) */
const PERSONS = /^(?:人|名|位)$/;
/** what counted persons did, right after them (参加, 完成, 接受; 党政主要负责人述法) */
const PERSON_VERB = /^[^,,;;。]{0,14}?(?:参加|参与|完成|接受|进行|通过|负责人(?=[^,,;;。]{0,4}述法)|干部(?=[^,,;;。]{0,4}述法))/;

export interface Windows {
  /** the figure's own phrase (or the name it was listed under) */
  phrase: Span;
  primary: TermWindow[];
  support: TermWindow[];
  /** the rest of the clause after the figure; the noun right after the measure word weighs most */
  after: TermWindow;
}

export function termWindows(t: TextFacts, raw: RawFigure, ctx: FigureContext, rel: Relations): Windows {
  const phrase: Span = rel.name ?? { start: Math.min(rel.phraseStart, raw.numStart), end: raw.numStart };
  // "针对28项共性问题制定119项整改措施": 共性问题 is what 28项 counts, not 119项
  if (!rel.name && rel.afterFigure)
    for (const h of hitsIn(t.tHits, phrase.start, phrase.start + 4)) if (h.end <= phrase.end) phrase.start = Math.max(phrase.start, h.end);
  const primary: TermWindow[] = [{ ...phrase, weight: 1, side: 'before', primary: true }];
  const support: TermWindow[] = [{ start: ctx.sentence.start, end: ctx.clause.start, weight: 0.5, side: 'before', primary: false }];
  if (rel.parent) support.push({ ...rel.parent.near, weight: 0.85, side: 'before', primary: false });
  if (ctx.lead) support.push({ ...ctx.lead, weight: 0.3, side: 'before', primary: false });
  if (ctx.headings[0]) support.push({ ...ctx.headings[0], weight: 0.25, side: 'before', primary: false });
  if (rel.cell) {
    primary.push({ ...rel.cell.row, weight: 1, side: 'before', primary: true });
    if (rel.cell.header) primary.push({ ...rel.cell.header, weight: 1, side: 'before', primary: true });
  }
  // the noun right after the measure word is what the figure counts (137家“通解室”, 42个单位公共服务事项清单)
  const digit = t.hay.slice(raw.end, raw.end + 4).search(/\d/);
  const headUntil = digit < 0 ? raw.end + 3 : raw.end + digit - 1;
  const after: TermWindow = { start: raw.unitStart, end: Math.max(ctx.clause.end, raw.end), weight: 0.6, side: 'after', primary: true, head: { until: headUntil, weight: 1.1 } };
  // a verb right after a word that names that noun says what those items did (1064项政务服务事项实现…): a part, which
  // the noun alone does not name (the verb's words may: 865项政务服务事项实现跨省通办, 1247个事项纳入综合窗口); all of
  // them (…事项全部纳入…) are the whole. Only for a count that opens its clause: after a verb or preposition
  // (推动26项任务落地, 将103项事项下放) the verb is the clause's
  const head = hitsIn(t.tHits, raw.end, after.end).find((h) => h.start <= raw.end + 1);
  const subject = !rel.afterFigure && SUBJECT.test(t.hay.slice(phrase.start, raw.numStart));
  if (head && subject && PREDICATE.test(t.hay.slice(head.end, head.end + 1))) after.head!.weight = 0.4;
  // a bare noun after the count that ends a term named earlier in the sentence stands for it (…督察反馈问题的整改工作,
  // 共涉及21个问题: the fed-back problems)
  const noun = /^[\u4e00-\u9fff]{2}(?=$|[,;。、)])/.exec(t.hay.slice(raw.end, raw.end + 3))?.[0];
  if (noun && !hitsIn(t.tHits, raw.end, raw.end + 2).length) {
    const earlier = hitsIn(t.tHits, ctx.sentence.start, ctx.clause.start).filter((h) => t.vocab?.words[h.word]?.endsWith(noun)).pop();
    if (earlier) primary.push({ start: earlier.start, end: earlier.end, weight: 0.9, side: 'before', primary: true });
  }
  // people counted by what they did (887人完成年度述法, 971名新提拔领导干部参加任职前法律知识考试): the words after
  // the verb name the figure's indicator as its own phrase would
  if (PERSONS.test(raw.unit)) {
    const rest = t.hay.slice(raw.end, after.end);
    const verb = PERSON_VERB.exec(rest);
    if (verb && !/[,,;;。]/.test(rest.slice(0, verb.index))) {
      const from = raw.end + verb.index + verb[0].length;
      primary.push({ start: from, end: Math.min(after.end, from + 16), weight: 0.95, side: 'after', primary: true });
    }
  }
  return { phrase, primary, support, after };
}
