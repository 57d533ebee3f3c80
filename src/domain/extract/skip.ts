/**
 * Skip rules: numbers that are not figures about the jurisdiction's own work — dates, years of documents,
 * ordinals and batches (第二批), numbers inside names and titles, versions and codes, "one of N" lists,
 * baselines of other places. Each rule names its reason (kept for tests and debugging).
 */
import type { RawFigure } from './types';
import { parseChineseNumeral } from '../numbers';

export type SkipReason =
  | 'date'
  | 'ordinal'
  | 'code'
  | 'one_of'
  | 'baseline'
  | 'slogan'
  | 'other_place';

const ORDINAL_BEFORE = /第$/;
const ONE_OF_AFTER = /^[^,,。;;]{0,40}之一/;
const AWARD_BEFORE = /(?:入选|入围|评为|评选为|获评|荣获|列入|纳入)[^,,。;;]*$/;
const BASELINE_AFTER = /^[^,,。;;]{0,6}的?基础上/;
const OTHER_PLACE_BEFORE = /(?:在|于)?(?:全国|全省|全市|大市|省内|国内)[^,,。;;]{0,6}$/;
const OTHER_PLACE_AFTER = /^(?:多|余)?(?:个)?(?:城市|省份|省市|地市|国家|板块)/;

function chineseValue(hay: string, f: RawFigure): number | null {
  return parseChineseNumeral(hay.slice(f.numStart, f.numEnd));
}

/** Why the figure is not a figure, or null when it is one. `clauseStart` is where its clause begins. */
export function skipReason(hay: string, f: RawFigure, clauseStart: number): SkipReason | null {
  const before = hay.slice(Math.max(0, f.numStart - 4), f.numStart);
  const after = hay.slice(f.end, f.end + 60);
  const num = hay.slice(f.numStart, f.numEnd);
  const clauseBefore = hay.slice(clauseStart, f.start);

  // years and year ranges: 2022年, 2021-2025年, 2019年至2021年 (durations are small numbers)
  if (f.unit === '年' && !f.chinese && /^(?:19|20)\d\d/.test(num)) return 'date';
  if (/^[月日号时]/.test(hay.slice(f.numEnd, f.numEnd + 1))) return 'date';
  if (ORDINAL_BEFORE.test(before)) return 'ordinal';
  // codes and versions: 5G, 2.0版, 3.0版, 12345热线, "1+13+X+Y"
  if (/[A-Za-z+#·]$/.test(before) || /^[A-Za-z+#·]/.test(hay.slice(f.numEnd, f.numEnd + 1))) return 'code';
  if (/^版/.test(hay.slice(f.end, f.end + 1))) return 'code';

  if (f.chinese) {
    const v = chineseValue(hay, f);
    // 一 is almost never a figure in these texts (一件事, 一批, 一次办); 百家/千名 alone are slogans
    if (v === null || v === 1) return 'slogan';
    if (/^[十百千万亿]$/.test(num) && !/(?:近|超|约|逾|上|数)$/.test(before)) return 'slogan';
    // 六条措施 / 三项制度 named as a set right after a verb of issuing: names of documents or systems
    if (/^(?:条|项)(?:措施|制度|清单|机制)/.test(hay.slice(f.end - f.unit.length, f.end + 2)) && /(?:的|落实|推行|实施|执行)$/.test(before))
      return 'slogan';
  }
  if (ONE_OF_AFTER.test(after) || AWARD_BEFORE.test(clauseBefore)) return 'one_of';
  if (BASELINE_AFTER.test(after)) return 'baseline';
  if (OTHER_PLACE_AFTER.test(hay.slice(f.end - f.unit.length, f.end + 4)) && OTHER_PLACE_BEFORE.test(clauseBefore))
    return 'other_place';
  return null;
}
