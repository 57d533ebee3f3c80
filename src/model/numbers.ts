/**
 * The number parser: turns a figure as written in a report ("超1.5万件", "1200余万元", "同比下降34.01%",
 * "5至10项", "连续六年", "80.63萬件") into a normalised value with a qualifier.
 *
 * Normalisation rules (docs/dataset-format.md, "Values"):
 *  - 万/萬 ×10⁴, 亿/億 ×10⁸, 千 ×10³, 百 ×10² after Arabic digits; Chinese numerals are read in full;
 *  - money is in yuan (2.9亿元 → 290000000);
 *  - percentages stay 0–100 (44.44% → 44.44), percentage points likewise;
 *  - decreases are negative (同比下降34.01% → −34.01), increases positive; a bound on a decrease flips
 *    (压缩50%以上 → value −50, at_most: the change is −50 or lower);
 *  - 余/多/超/超过/逾/以上/不少于/至少 → at_least; 近/约/左右/大约/将近/接近 → approx;
 *    不到/不足/不超过/以内/以下/之内/内 → at_most; "A至B" / "A-B" / "A~B" → range (valueMax = B).
 */
import type { Qualifier } from './schema';

export interface ParsedFigure {
  value: number;
  qualifier: Qualifier;
  valueMax?: number;
  /** true when the figure is a percentage or percentage points */
  percent: boolean;
  /** true when the figure is an amount of money (ends in 元) */
  money: boolean;
  /** the unit word following the number (件, 人次, %, 元, 年 …), '' when none */
  unit: string;
}

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII (０-９, ％, ．, ～ …) to half-width; ideographic space to space. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两兩三四五六七八九十拾百佰千仟万萬亿億';

/** Reads a Chinese numeral ("二十三", "一百零五", "两千", "十", "1万" is not handled here). */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGIT) {
      digit = DIGIT[ch]!;
    } else if (ch in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[ch]!;
      digit = null;
    } else if (ch in BIG_UNIT) {
      const unit = BIG_UNIT[ch]!;
      const part = (section + (digit ?? 0)) || 1;
      if (unit === 1e8) total = (total + part) * unit;
      else total += part * unit;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

const AT_LEAST_PREFIX = ['超过', '多于', '不少于', '不低于', '至少', '超', '逾', '突破'];
const APPROX_PREFIX = ['将近', '接近', '大约', '近', '约'];
const AT_MOST_PREFIX = ['不超过', '不到', '不足', '少于', '低于'];
const AT_LEAST_SUFFIX = ['以上', '有余', '余', '多'];
const APPROX_SUFFIX = ['左右', '上下'];
const AT_MOST_SUFFIX = ['以内', '以下', '之内', '内'];
const DECREASE = /(下降|减少|降低|下滑|回落|压缩|压减|缩减|缩短|缩小|減少|降|減|减)/;
const INCREASE = /(上升|增长|增加|提高|提升|增幅|增|升)/;

/** Traditional forms of the qualifier and change words above (餘 = 余, 約 = 约, 以內 = 以内, 壓縮 = 压缩 …). */
const TRADITIONAL_TO_SIMPLIFIED: Record<string, string> = {
  餘: '余', 約: '约', 內: '内', 過: '过', 將: '将', 壓: '压', 縮: '缩', 長: '长', 達: '达', 較: '较', 計: '计', 為: '为',
};
const TRADITIONAL_QUALIFIER = new RegExp(`[${Object.keys(TRADITIONAL_TO_SIMPLIFIED).join('')}]`, 'g');

const NUMBER_RE = new RegExp(
  `(\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS.replace(/[万萬亿億]/g, '')}]+[${'万萬亿億'}]?[${CHINESE_NUMERAL_CHARS}]*)`,
);

interface NumberToken {
  value: number;
  end: number;
  atLeast: boolean;
}

/** Reads one number starting at `s[i]`: digits or Chinese numerals, then 余/多, then 万/亿/千/百, then 余/多. */
function readNumber(s: string, i: number): NumberToken | null {
  const m = NUMBER_RE.exec(s.slice(i));
  if (!m || m.index !== 0) return null;
  const raw = m[1]!;
  let end = i + raw.length;
  let atLeast = false;
  let value: number | null;
  if (/^\d/.test(raw)) {
    value = Number(raw);
    // 1200余万, 300多万
    if (/^[余多]/.test(s.slice(end)) && /^[余多][万萬亿億千百]/.test(s.slice(end))) {
      atLeast = true;
      end += 1;
    }
    let mult = 1;
    while (end < s.length) {
      const ch = s[end]!;
      if (ch in BIG_UNIT) mult *= BIG_UNIT[ch]!;
      else if ((ch === '千' || ch === '百') && mult === 1) mult *= SMALL_UNIT[ch]!;
      else break;
      end += 1;
    }
    value = roundTo(value * mult, 6);
  } else {
    value = parseChineseNumeral(raw);
  }
  if (value === null) return null;
  return { value, end, atLeast };
}

function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function startsWithAny(s: string, words: readonly string[]): string | null {
  for (const w of words) if (s.startsWith(w)) return w;
  return null;
}
function endsWithAny(s: string, words: readonly string[]): string | null {
  for (const w of words) if (s.endsWith(w)) return w;
  return null;
}

/** Index of the first character that starts a number (Arabic digit or Chinese numeral). */
function firstNumberIndex(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (/\d/.test(ch)) return i;
    if (ch in DIGIT || ch in SMALL_UNIT) {
      // "百分之" is a percentage marker, not a number
      if (s.startsWith('百分之', i)) return i + 3;
      return i;
    }
  }
  return -1;
}

/**
 * Parses a figure as written. Returns null when it holds no number.
 * The first number in the string is the figure; a second one joined by 至/到/-/~ makes a range.
 */
export function parseFigure(written: string): ParsedFigure | null {
  const s = toHalfWidth(written)
    .replace(TRADITIONAL_QUALIFIER, (c) => TRADITIONAL_TO_SIMPLIFIED[c] ?? c)
    .replace(/(\d),(?=\d{3})/g, '$1')
    .replace(/\s+/g, '');
  // "双百": two rates both at 100%
  if (/^[“"]?双百[”"]?$/.test(s)) return { value: 100, qualifier: 'exact', percent: true, money: false, unit: '%' };
  const start = firstNumberIndex(s);
  if (start < 0) return null;
  const prefix = s.slice(0, start);
  const first = readNumber(s, start);
  if (!first) return null;

  let qualifier: Qualifier = 'exact';
  let valueMax: number | undefined;
  let rest = s.slice(first.end);

  // Range: 5至10项, 3-5天, 10~20, 5到10
  const range = /^([%％]?)(至|到|~|-|—|－|–)/.exec(rest);
  if (range) {
    const second = readNumber(s, first.end + range[0].length);
    if (second) {
      valueMax = second.value;
      qualifier = 'range';
      rest = s.slice(second.end);
    }
  }
  const percentPrefix = prefix.endsWith('百分之');

  // suffix qualifiers may sit before or after the unit: 100余场, 1.5万余件, 50%以上, 3个工作日内
  if (qualifier !== 'range') {
    if (first.atLeast || /^[余多]/.test(rest)) qualifier = 'at_least';
  }
  const unitMatch = /^[余多]?([%‰]|个百分点|百分点|[^\d余多以左上之内，,。;；、)）]{0,4})/.exec(rest);
  let unit = unitMatch ? unitMatch[1]! : '';
  // trim trailing qualifier words that the unit regex swallowed
  for (const w of [...AT_MOST_SUFFIX, ...AT_LEAST_SUFFIX, ...APPROX_SUFFIX]) {
    if (unit.endsWith(w) && unit.length > w.length) unit = unit.slice(0, -w.length);
  }
  if (qualifier !== 'range') {
    const tail = s.slice(first.end);
    if (endsWithAny(tail, AT_LEAST_SUFFIX)) qualifier = 'at_least';
    else if (endsWithAny(tail, APPROX_SUFFIX)) qualifier = 'approx';
    else if (endsWithAny(tail, AT_MOST_SUFFIX)) qualifier = 'at_most';
    if (qualifier === 'exact') {
      const p = prefix.replace(/^(同比|环比|较上年|比上年|较去年|比去年|累计|共计|共|全年|达到|达)/, '');
      // the longer word wins: 不超过 is at most although it ends with 超过; 不少于 is at least although it ends with 少于
      const most = endsWithAny(prefix, AT_MOST_PREFIX);
      const least = endsWithAny(prefix, AT_LEAST_PREFIX);
      if (most && (!least || most.length > least.length)) qualifier = 'at_most';
      else if (startsWithAny(p, AT_LEAST_PREFIX) || least) qualifier = 'at_least';
      else if (endsWithAny(prefix, APPROX_PREFIX)) qualifier = 'approx';
      else if (endsWithAny(prefix, AT_MOST_PREFIX)) qualifier = 'at_most';
    }
  }

  const percent = percentPrefix || /^[余多]?(%|‰|个?百分点)/.test(rest);
  if (percentPrefix) unit = '%';
  const money = /元/.test(rest.slice(0, 6));

  let sign = 1;
  // 降至3% / 下降到3% / 减少为… state the level reached, not the change
  if (/(至|到|为)$/.test(prefix)) sign = 1;
  else if (DECREASE.test(prefix)) sign = -1;
  else if (INCREASE.test(prefix)) sign = 1;

  let value = sign * first.value;
  if (valueMax !== undefined) valueMax = sign * valueMax;
  if (sign < 0 && valueMax !== undefined) [value, valueMax] = [valueMax, value];
  // "压缩50%以上" is a decrease of at least 50%: the value is at most −50
  if (sign < 0 && qualifier === 'at_least') qualifier = 'at_most';
  else if (sign < 0 && qualifier === 'at_most') qualifier = 'at_least';
  if (Object.is(value, -0)) value = 0;
  const out: ParsedFigure = { value, qualifier, percent, money, unit: percent ? '%' : unit };
  if (valueMax !== undefined) out.valueMax = valueMax;
  return out;
}

const GOVERNING_CHANGE = /(下降|减少|降低|下滑|回落|压缩|压减|缩减|缩短|減少|降低|上升|增长|增加|提高|提升)[^,，。;；:：]*?[0-9.%]+[%‰]?(和|及|与|、)$/;

/**
 * Parses a figure in its quote: like parseFigure, and when a change word earlier in the same clause governs a list
 * that ends with this figure ("同比下降34.01%和30.06%"), the figure takes that direction (−30.06).
 */
export function parseFigureInQuote(quote: string, figure: string, occurrence = 1): ParsedFigure | null {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = quote.indexOf(figure, at + 1);
    if (at < 0) return null;
  }
  const parsed = parseFigure(figure);
  if (!parsed || /[下上]降|减|增|升|提高|压缩/.test(figure)) return parsed;
  const m = GOVERNING_CHANGE.exec(toHalfWidth(quote.slice(0, at)));
  if (!m) return parsed;
  return parseFigure(`${m[1]}${figure}`);
}

/**
 * A parsed figure as the measure of a metric of `kind`. Only a change is signed: for a rate, count, amount or
 * duration a reduction word names the measure itself (压缩50%以上 under a reduction rate is 50, at least), so
 * the sign goes and a bound flips back. A range keeps its order.
 */
export function asMeasure(p: ParsedFigure, kind: string): ParsedFigure {
  if (kind === 'change' || kind === 'index' || p.value >= 0) return p;
  const q: ParsedFigure = { ...p, value: -p.value };
  if (p.valueMax !== undefined) {
    q.value = -p.valueMax;
    q.valueMax = -p.value;
  }
  if (p.qualifier === 'at_most') q.qualifier = 'at_least';
  else if (p.qualifier === 'at_least') q.qualifier = 'at_most';
  return q;
}
