/**
 * Counts that state no indicator of their own, however clearly the words around them name one. A norm (每季度集体学法
 * 不少于1次, 全年至少举办讲座2期以上) is a rule, not a fact; a count closing a list that ends in 等 with no noun after it
 * (举办培训班、报告会和公开课等830场次) covers several kinds; events the place attended (参加自治区…专题讲座36期) were
 * held by another level; one of two ways of doing the same thing counted side by side (现场述法1300余人、书面述法3.4万多人)
 * is a part, not the whole the indicator counts; a count of reforms, measures or fields (“…”三项改革, 8个领域) counts
 * them, whatever the words before them name. All on the matching text (simplified, half-width); every look is bounded.
 */
import type { Vocabulary } from './vocabulary';
import { hitsIn, type Hit } from './terms';
import type { RawFigure, Span } from './types';

/** words of a norm before the number: what must at least be done */
const NORM = /至少|不少于|不低于|不得少于/;
/** a list of kinds (at least one 、) before 等 and the count right after it, no noun after the measure word */
const LIST_BEFORE = /[^,;。]{1,30}、[^,;。]{1,30}等(?:各类|各种)?$/;
const NO_NOUN_AFTER = /^(?:$|[,;。)!?])/;
/** the place attended events another level held (an event unit: lectures, sessions, meetings) */
const ATTENDED = /(?:参加|参与|收看|观看|收听|列席)了?(?:中央|国家|全国|上级|[省市州]委|[省市州](?:人民)?政府|省|自治区|自治州)/;
const EVENT_UNITS = new Set(['次', '场', '场次', '期', '期次', '讲', '堂', '轮', '轮次']);
/** the noun right after a count names a kind of work the catalogue counts under no word of its own (三项改革) */
const KIND_AFTER = /^[^,;。、\d]{0,4}?(?:改革|举措|机制|制度|行动|工程|试点|领域|方面)/;
/** ways of doing one thing (述法 on the spot or in writing) */
const MODES = /(?:现场|书面|线上|线下|网上|网下|口头|视频|实地|远程|电话)$/;

/** True when the count states no indicator: a norm, a mixed list, events attended, one mode of two. */
export function statesNone(hay: string, sentence: Span, phrase: Span, raw: RawFigure, v: Vocabulary, hits: readonly Hit[]): boolean {
  const own = hay.slice(phrase.start, raw.numStart);
  if (NORM.test(own)) return true;
  const list = /等(?:各类|各种)?$/.test(own) ? LIST_BEFORE.exec(own.slice(-60)) : null;
  if (list && NO_NOUN_AFTER.test(hay.slice(raw.end, raw.end + 1)) && mixed(list[0], raw.numStart - list[0].length, v, hits)) return true;
  if (EVENT_UNITS.has(raw.unit) && ATTENDED.test(own)) return true;
  const kind = KIND_AFTER.exec(hay.slice(raw.end, raw.end + 12));
  if (kind && !hitsIn(hits, raw.end, raw.end + kind[0].length).length) return true;
  return onePart(hay, sentence, own, raw);
}

/** The phrase ends in a mode and a word (现场述法), and the sentence counts the same word in another mode (书面述法N). */
function onePart(hay: string, sentence: Span, own: string, raw: RawFigure): boolean {
  for (let k = 2; k <= 4; k++) {
    const word = own.slice(-k);
    const mode = MODES.exec(own.slice(0, -k));
    if (!mode || !/^[\u4e00-\u9fff]+$/.test(word)) continue;
    const from = Math.max(sentence.start, raw.numStart - 40);
    const around = hay.slice(from, Math.min(sentence.end, raw.end + 40));
    const re = new RegExp(`(现场|书面|线上|线下|网上|网下|口头|视频|实地|远程|电话)${word}[\\d一二三四五六七八九十两]`, 'g');
    for (const m of around.matchAll(re)) if (m[1] !== mode[0] && from + m.index !== raw.numStart - k - mode[0].length) return true;
  }
  return false;
}

/** The kinds of a list (split at 、; 和 may join the words of one kind) name no indicator in common. */
function mixed(list: string, at: number, v: Vocabulary, hits: readonly Hit[]): boolean {
  let common: Set<number> | null = null;
  let from = 0;
  for (const item of list.replace(/等(?:各类|各种)?$/, '').split('、')) {
    const named = new Set<number>();
    for (const h of hitsIn(hits, at + from, at + from + item.length)) for (const n of v.namings[h.word]!) named.add(n.ind);
    common = common === null ? named : new Set([...common].filter((k: number) => named.has(k)));
    from += item.length + 1;
  }
  return (common?.size ?? 0) === 0;
}
