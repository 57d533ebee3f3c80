/**
 * The department a report is by, read from its opening: its title (杭州市公安局2022年法治政府建设年度报告), or the
 * subject of its first sentences (2022年,市市场监管局坚持…; 我局…). A department's figures are its own part of the
 * place's work: one bureau's penalty cases are a part of the whole area's, and no whole-area indicator. What a
 * department alone does for the whole place stays its indicator: the justice bureau's legal aid, reconsideration
 * and rule-of-law office work, the data bureau's government services, the market regulator's supervision. Pure.
 */
import type { Category } from '../model/schema';

export interface Department {
  name: string;
  /** the areas whose whole-area figures this department states; null: every area (a justice bureau, a government office) */
  remit: ReadonlySet<Category> | null;
}

/** how far into the text a report's own title and first sentences are looked for (page chrome comes first) */
const OPENING = 400;

const DEPT = /[\u4e00-\u9fff]{0,12}?(?:局|厅|委员会|办公室|办公厅)(?=[^\u4e00-\u9fff]|关于|20\d\d|法治|坚持|在|以|按照|认真|深入|紧紧|始终|全面|聚焦|围绕|立足|扎实|持续|进一步)/g;
/** the department stands as the report's author: before the title's year or subject, or as the sentence's subject */
const AUTHOR_AFTER = /^\s*(?:关于)?(?:20\d\d年度?|法治政府建设)[^。]{0,20}(?:报告|情况)|^\s*(?:坚持|在|以|按照|认真|深入|紧紧|始终|全面|聚焦|围绕|立足|扎实|持续|进一步)/;
const SELF = /我局|本局|我厅|本厅|局党组|局机关/;

const REMITS: readonly [RegExp, readonly Category[] | null][] = [
  [/司法|依法治/, null],
  [/人民政府办公|政府办公/, null],
  [/政务服务|数据|行政审批|营商|政务管理/, ['licensing', 'digital_government', 'hotline', 'regulation']],
  [/市场监督管理|市场监管/, ['regulation', 'credit']],
  [/发展和改革|发展改革|发改/, ['credit', 'regulation']],
];

/** the name's remit; other departments (公安, 生态环境, 交通运输 …) state no whole-area figure of the catalogue */
function remitOf(name: string): ReadonlySet<Category> | null {
  for (const [re, areas] of REMITS) if (re.test(name)) return areas ? new Set(areas) : null;
  return new Set();
}

/** The department the report at `hay` is by, or null when it is a government's report (or none is found). */
export function reportingDepartment(hay: string): Department | null {
  const opening = hay.slice(0, OPENING);
  for (const m of opening.matchAll(DEPT)) {
    const name = m[0];
    // a government (市人民政府, 县委) writes for the whole place; 我局 names no department
    if (/人民政府$|政府$|[省市区县]委$|^[\u4e00-\u9fff]{0,3}委员会$/.test(name) || name.length < 3 || SELF.test(name)) continue;
    // words ending in 局 that are no department (工作布局, 格局, 大局), and phrases that only mention departments
    if (/(?:布|格|大|全|结|开|时|当|定|残|立)局$/.test(name) || /(?:落实|召开|建议|及|、)/.test(name)) continue;
    const after = opening.slice(m.index + name.length, m.index + name.length + 40);
    if (AUTHOR_AFTER.test(after) || SELF.test(opening)) return { name, remit: remitOf(name) };
  }
  return null;
}
