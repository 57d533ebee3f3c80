/**
 * Proposes the place and the year of a report from its title and first lines, pure ("常州市武进区2022年法治政府
 * 建设工作报告", "吕梁市人民政府关于2023年度法治政府建设情况的报告"). The longest run of place names wins (a full
 * chain beats a short name); a short name alone counts only where a government, a department or a year follows
 * it, so that words such as 合作 or 城区 inside a sentence propose nothing.
 */
import type { Gazetteer, Place } from './gazetteer';
import { chainAt, narrowByYear, normalisePlaceText, type ChainMatch, type ResolveOptions } from './place-resolve';

export type PlaceProposal = (
  | { kind: 'found'; place: Place; department?: string }
  | { kind: 'ambiguous'; candidates: Place[]; department?: string }
  | { kind: 'none' }
) & {
  /** The year the report is about, when the opening states it (2022年, 2023年度, 二〇二二年). */
  year?: number;
  /** The run of place names proposed, as it stands in the normalised opening. */
  match?: string;
};

export interface ProposeOptions extends ResolveOptions {
  /** How much of the text is read: its first lines up to this many characters (300). */
  headLength?: number;
}

const NUMERALS = '〇零一二三四五六七八九';
const YEAR = new RegExp(`(?<![\\d${NUMERALS}\\-—–~～至])(\\d{4}|[${NUMERALS}]{4})年(度)?(?!\\d{1,2}月|[一二三四五六七八九十]{1,2}月)`, 'g');
const FOLLOWS = /^(?:人民政府|政府|[\u4e00-\u9fff]{0,10}?(?:局|厅|委员会|办公室)|[\d〇零一二三四五六七八九]{4}|法治|关于|全面)/;
const DEPARTMENT_AFTER = /^(?:人民政府)?([\u4e00-\u9fff]{1,12}?(?:局|厅|委员会|办公室))(?=关于|[\d〇零一二三四五六七八九]{4}|法治|年度|工作|$)/;

const DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function yearOf(digits: string): number {
  return /^\d+$/.test(digits) ? Number(digits) : Number([...digits].map((c) => DIGITS[c] ?? 0).join(''));
}

/** The first year of the opening that is not part of a date (2023年1月) or a range (2021-2025年). */
export function statedYear(head: string): number | undefined {
  for (const m of head.matchAll(YEAR)) {
    const y = yearOf(m[1]!);
    if (y >= 1990 && y <= 2100) return y;
  }
  return undefined;
}

/** The opening: the first lines, up to `length` characters, normalised, one line each. */
function openingLines(text: string, length: number, toSimplified?: (s: string) => string): string[] {
  const lines: string[] = [];
  let total = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = normalisePlaceText(raw, toSimplified);
    if (!line) continue;
    lines.push(line.slice(0, length - total));
    total += line.length;
    if (total >= length) break;
  }
  return lines;
}

function acceptable(m: ChainMatch, line: string): boolean {
  if (m.tokens > 1) return true;
  const span = m.end - m.start;
  return (m.full && span >= 3) || FOLLOWS.test(line.slice(m.end));
}

/** The acceptable runs of place names of a line, left to right. */
function matchesOf(g: Gazetteer, line: string): ChainMatch[] {
  const out: ChainMatch[] = [];
  for (let i = 0; i < line.length; i++) {
    const m = chainAt(g, line, i);
    if (!m || !acceptable(m, line)) continue;
    out.push(m);
    i = m.end - 1;
  }
  return out;
}

const keyOf = (m: ChainMatch) => m.places.map((p) => p.id).join(' ');

/**
 * The best run of place names of the first line that has one: the longest, then the one of most names, then the place
 * named most often in the opening (南通市 over 安徽省 in "…在安徽省委党校举办…南通市委…作交流发言"), then the first.
 */
function bestMatch(g: Gazetteer, lines: string[]): { m: ChainMatch; line: string } | null {
  const all = lines.map((line) => matchesOf(g, line));
  const times = new Map<string, number>();
  for (const m of all.flat()) times.set(keyOf(m), (times.get(keyOf(m)) ?? 0) + 1);
  const score = (m: ChainMatch) => [m.end - m.start, m.tokens, times.get(keyOf(m)) ?? 0];
  const i = all.findIndex((ms) => ms.length > 0);
  if (i < 0) return null;
  let best = all[i]![0]!;
  for (const m of all[i]!.slice(1)) {
    const [a, b] = [score(m), score(best)];
    const k = a.findIndex((x, j) => x !== b[j]);
    if (k >= 0 && a[k]! > b[k]!) best = m;
  }
  return { m: best, line: lines[i]! };
}

/** The place and year a report's opening states; candidates when a short name fits several places. */
export function proposePlace(g: Gazetteer, text: string, options: ProposeOptions = {}): PlaceProposal {
  const lines = openingLines(text, options.headLength ?? 300, options.toSimplified);
  const titleYear = lines.map(statedYear).find((y) => y !== undefined);
  const year = titleYear ?? options.year;
  const withYear = titleYear !== undefined ? { year: titleYear } : {};
  const best = bestMatch(g, lines);
  if (!best) return { kind: 'none', ...withYear };
  const { m, line } = best;
  const department = DEPARTMENT_AFTER.exec(line.slice(m.end))?.[1];
  const extra = { ...withYear, match: line.slice(m.start, m.end), ...(department ? { department } : {}) };
  const places = narrowByYear(m.places, year);
  return places.length === 1 ? { kind: 'found', place: places[0]!, ...extra } : { kind: 'ambiguous', candidates: places, ...extra };
}
