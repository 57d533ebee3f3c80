/**
 * Whose figure it is: a lower-level report often cites the nation's or the province's figures ("全省共办理行政复议
 * 案件2.1万件,其中我市……"); those are not the place's own work. The report's level is given or read from the text
 * (which of 全省/全市/全区/全县, 我省/我市 … it says most), and a clause whose subject is a higher level is skipped.
 */
import type { Level } from '../model/schema';

/** 0 nation, 1 province, 2 city, 3 county (district, county, zone) */
type Rank = 0 | 1 | 2 | 3;

const RANK_OF_LEVEL: Readonly<Record<Level, Rank>> = { province: 1, city: 2, district: 3, county: 3, zone: 3 };
const OWN_WORDS: readonly [RegExp, Rank][] = [
  [/(?:全省|我省|本省|全区域)/g, 1],
  [/(?:全市|我市|本市)/g, 2],
  [/(?:全区|我区|本区|全县|我县|本县|全旗|园区|全镇)/g, 3],
];

/** The level the report speaks for: the given one, else the one whose words (全市, 我市 …) it uses most. */
export function ownRank(hay: string, level?: Level): Rank {
  if (level) return RANK_OF_LEVEL[level];
  let best: Rank = 2;
  let bestCount = 0;
  // only the first part is read: the counts settle early, and the work stays bounded
  const sample = hay.slice(0, 60_000);
  for (const [re, rank] of OWN_WORDS) {
    const n = sample.match(re)?.length ?? 0;
    // ties go to the lower level: a district report names its city now and then, rarely the reverse
    if (n > bestCount || (n === bestCount && n > 0 && rank > best)) [best, bestCount] = [rank, n];
  }
  return best;
}

/** a higher level as the subject of a clause: at its start (after a time phrase), not as a comparison (全省首个, 在全省) */
const SUBJECT = /(?:^|[,,;;。:\n])\s*(?:\d{4}年(?:\d{1,2}月)?(?:以来)?[,,]?|今年以来[,,]?|截至[^,,;;。]{0,10}[,,]?|目前[,,]?)?(全国|全省|全市)(?!首|第|率先|唯一|前列|领先|范围|排名|名列|位列|之首|前茅|同级|各地)/g;

/**
 * True when the clause holding a figure (from `clauseStart` up to the figure) has a higher level than the report's as
 * its subject, with no word of the report's own (我市, 本区 …) after it.
 */
export function higherLevelClause(hay: string, sentenceStart: number, clauseStart: number, figureStart: number, own: Rank): boolean {
  const from = Math.max(sentenceStart, figureStart - 160);
  const before = hay.slice(from, figureStart);
  let rank: Rank | null = null;
  let at = -1;
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(before); m; m = SUBJECT.exec(before)) {
    rank = m[1] === '全国' ? 0 : m[1] === '全省' ? 1 : 2;
    at = m.index + m[0].length;
  }
  if (rank === null || rank >= own) return false;
  // the subject must govern the figure's clause: it opens that clause or the sentence, and nothing of ours follows
  if (from + at < clauseStart && /[;;]/.test(hay.slice(from + at, clauseStart))) return false;
  const after = before.slice(at);
  return !OWN_WORDS.some(([re, rank]) => rank >= own && new RegExp(re.source).test(after));
}
