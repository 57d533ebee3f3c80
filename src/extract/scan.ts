/**
 * The scanner: finds numbers in the matching text (simplified, half-width) and grows each into a figure
 * with its qualifier words, range and unit (超1.5万件, 1200余万元, 5至10项, 同比下降34.01%, 连续六年).
 * It does not judge: skip rules (dates, ordinals, names, plans) are applied afterwards.
 */
import type { RawFigure } from './types';
import { CHINESE_NUMERAL_UNITS, isTimeUnit, unitAt } from './units';

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两兩三四五六七八九十百千万萬亿億]+/g;
const ARABIC = /^\d+(?:,\d{3})*(?:\.\d+)?/;
const CHINESE = /^[零〇一二两兩三四五六七八九十百千万萬亿億]+/;
const MULTIPLIER = /^(?:[余多](?=[万萬亿億千百]))?[万萬亿億]*(?:[千百](?![分之]))?[万萬亿億]*/;
const RANGE_JOIN = /^%?(?:至|到|~|-|—|–|－)/;
const QUALIFIER_BEFORE =
  /(?:(同比|环比|较上年|比上年|较去年|比去年|较上一年|较同期|比同期|较\d{4}年|比\d{4}年|分别)?(下降|减少|降低|下滑|回落|压缩|压减|缩减|缩短|上升|增长|增加|提高|提升)了?)?(超过|不超过|不少于|不低于|不到|不足|至少|将近|接近|大约|突破|多于|少于|超|近|约|逾)?$/;
/** verbs of a reduction that is itself the measure (审批时限压减20%), when no comparison word stands before them */
const REDUCTION = /^(?:压缩|压减|缩减|缩短)/;
const RANK = /(?:排名|名列|位列|位居)第([一二三四五六七八九十\d]+)(?:位|名)?/g;
const QUALIFIER_AFTER = /^(?:以上|以下|以内|之内|左右|上下|余|多)/;
const COORDINATION = /^(?:和|与|、|及|,|,)$/;

/** Reads one number at `at` (Arabic with 余/万/亿 multipliers, or Chinese numerals); returns its end. */
function numberEnd(hay: string, at: number): number {
  const rest = hay.slice(at, at + 40);
  const a = ARABIC.exec(rest);
  if (a) return at + a[0].length + (MULTIPLIER.exec(hay.slice(at + a[0].length, at + 60))?.[0].length ?? 0);
  const c = CHINESE.exec(rest);
  return c ? at + c[0].length : at;
}

function rawAt(hay: string, numStart: number, match: string): RawFigure | null {
  const chinese = !/^\d/.test(match);
  let pos = numberEnd(hay, numStart);
  const numEnd = pos;
  const join = RANGE_JOIN.exec(hay.slice(pos, pos + 4));
  if (join) {
    const secondEnd = numberEnd(hay, pos + join[0].length);
    if (secondEnd > pos + join[0].length) pos = secondEnd;
  }
  if (/^[余多]/.test(hay.slice(pos, pos + 1)) && unitAt(hay, pos + 1).length) pos += 1;
  const u = unitAt(hay, pos);
  // a number the end of the text cuts off (an excerpt cut mid-sentence: …取消下放委托891) is a figure as written
  // (not a year: a signature's date)
  if (!u.length) return !chinese && numEnd === pos && pos + 40 >= hay.length && !hay.slice(pos).trim() && !/^(?:19|20)\d\d$/.test(match) ? cutOff(numStart, pos) : null;
  if (chinese && !CHINESE_NUMERAL_UNITS.has(u.unit)) return null;
  // 95.6分 is a score; 3分局, 2分之1, 分别 are not
  if (u.unit === '分' && /^[之钟局队社厂所院别类批期组区秒支会]/.test(hay.slice(pos + 1, pos + 2))) return null;
  const unitStart = pos;
  pos += u.length;
  const unitEnd = pos;
  const after = QUALIFIER_AFTER.exec(hay.slice(pos, pos + 4));
  if (after) pos += after[0].length;
  else if (hay[pos] === '内' && isTimeUnit(u.unit)) pos += 1;

  let start = numStart;
  if (hay.slice(numStart - 3, numStart) === '百分之') start -= 3;
  const before = QUALIFIER_BEFORE.exec(hay.slice(Math.max(0, start - 10), start));
  let verb = before?.[2];
  // a change verb is part of the figure for percentages (压缩50%以上), durations (办理时间平均减少72小时: a change, not
  // a rate) or after 同比/较上年 (同比减少12件); "规范提升150个工作站" is a verb and its object
  const time = isTimeUnit(u.unit) && !/[年月]/.test(u.unit);
  if (verb && !(u.unit === '%' || u.unit.endsWith('百分点') || before?.[1] || time)) verb = undefined;
  if (before && before[0]) start -= verb ? before[0].length : (before[3]?.length ?? 0);
  const change = verb ? (/下降|减少|降低|下滑|回落|压缩|压减|缩减|缩短/.test(verb) ? 'decrease' : 'increase') : null;
  return { start, end: pos, numStart, numEnd, unit: u.unit, unitStart, unitEnd, chinese, change, changeCarried: false, joined: false, reduction: verb !== undefined && !before?.[1] && !time && REDUCTION.test(verb) };
}

const cutOff = (numStart: number, end: number): RawFigure =>
  ({ start: numStart, end, numStart, numEnd: end, unit: '', unitStart: end, unitEnd: end, chinese: false, change: null, changeCarried: false, joined: false, reduction: false });

/** 排名第二: a rank stated as an ordinal; 双百: two rates at 100%. */
function ranks(hay: string): RawFigure[] {
  const out: RawFigure[] = [];
  RANK.lastIndex = 0;
  for (let m = RANK.exec(hay); m; m = RANK.exec(hay)) {
    const numStart = m.index + m[0].indexOf('第') + 1;
    const numEnd = numStart + m[1]!.length;
    const chinese = !/^\d/.test(m[1]!);
    out.push({ start: numStart - 1, end: numEnd, numStart, numEnd, unit: '', unitStart: numEnd, unitEnd: numEnd, chinese, change: null, changeCarried: false, joined: false, reduction: false, special: 'rank' });
  }
  // 双百: two rates both at 100 (参考率、合格率“双百”)
  for (let at = hay.indexOf('双百'); at >= 0; at = hay.indexOf('双百', at + 2)) {
    if (/^[分之]/.test(hay.slice(at + 2, at + 3))) continue;
    out.push({ start: at, end: at + 2, numStart: at + 1, numEnd: at + 2, unit: '%', unitStart: at + 2, unitEnd: at + 2, chinese: true, change: null, changeCarried: false, joined: false, reduction: false, special: 'both_full' });
  }
  return out;
}

/** Every number in the matching text that carries a unit, as a raw figure. */
export function scanFigures(hay: string): RawFigure[] {
  const out: RawFigure[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(hay); m; m = NUMBER.exec(hay)) {
    const raw = rawAt(hay, m.index, m[0]);
    if (!raw) continue;
    // a range or multiplier already read: continue after it
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, raw.end);
    const prev = out[out.length - 1];
    if (prev && prev.unit === raw.unit && COORDINATION.test(hay.slice(prev.end, raw.start))) {
      raw.joined = true;
      // 同比下降34.01%和30.06%: the second figure is a decrease too
      if (prev.change && !raw.change) {
        raw.change = prev.change;
        raw.changeCarried = true;
      }
    }
    out.push(raw);
  }
  return [...out, ...ranks(hay)].sort((a, b) => a.start - b.start);
}
