/** The year a figure refers to: a year written before it in its sentence ("2023年…同比下降70%"), else the report's. */
import type { Span } from './types';
import { inSpans } from './regions';

const YEAR = /((?:19|20)\d\d)年(?!以来|以前|以后|之前|之后|起|至|到|-|—|–|度?(?:工作)?(?:要点|计划|方案|报告|目录|清单))/g;
const LAST_YEAR = /(?<![较比同])(?:去年|上年)(?!同期|底)/g;

export function periodOf(hay: string, sentenceStart: number, figureStart: number, period: number, quoted: readonly Span[]): number {
  const before = hay.slice(sentenceStart, figureStart);
  let found: number | null = null;
  let foundAt = -1;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(before); m; m = YEAR.exec(before)) {
    const at = sentenceStart + m.index;
    // a year in a title or a range ("2019年至2021年", "2021-2025年") is not the figure's year
    if (inSpans(quoted, at) || /[-—–至到]$/.test(hay.slice(Math.max(0, at - 1), at))) continue;
    // "较2022年558件": the year of a comparison base is that figure's alone (the extractor gives it), not the sentence's
    if (/[较比与由从]$/.test(hay.slice(Math.max(0, at - 1), at))) continue;
    const y = Number(m[1]);
    if (y >= 1949 && y <= period + 1) {
      found = y;
      foundAt = m.index;
    }
  }
  LAST_YEAR.lastIndex = 0;
  for (let m = LAST_YEAR.exec(before); m; m = LAST_YEAR.exec(before)) {
    if (m.index > foundAt) {
      found = period - 1;
      foundAt = m.index;
    }
  }
  const thisYear = before.lastIndexOf('今年');
  if (thisYear > foundAt) found = period;
  return found ?? period;
}
