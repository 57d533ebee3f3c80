/**
 * Skip rules: numbers that are not figures about the jurisdiction's own work — dates, years of documents,
 * ordinals and batches (第二批), numbers inside names and titles, versions and codes, "one of N" lists,
 * baselines of other places. Each rule names its reason (kept for tests and debugging).
 */
import type { RawFigure } from './types';
import { parseChineseNumeral } from '../model/numbers';

export type SkipReason =
  | 'date'
  | 'ordinal'
  | 'code'
  | 'one_of'
  | 'baseline'
  | 'slogan'
  | 'structure'
  | 'other_place';

/** 第三次, and a meeting's serial number after its term (十二届36次常委会) */
const ORDINAL_BEFORE = /(?:第|届)$/;
const PLENARY_AFTER = /^(?:[、和][一二三四五六七八九十\d]{1,3}次)*(?:全会|全体会议)/;
const ONE_OF_AFTER = /^[^,,。;;]{0,40}之一/;
const AWARD_BEFORE = /(?:入选|入围|评为|评选为|获评|荣获)[^,,。;;]*$/;
const BASELINE_AFTER = /^[^,,。;;]{0,6}的?基础上/;
/** "在大市10个板块中,排名第二": the places a rank is among, not a figure of the jurisdiction's work */
const AMONG_PLACES = /^(?:个)?(?:城市|省份|省市|地市|国家|板块|县市区|区县|县区|地区|单位)中/;
/**
 * "本报告分为三个部分": how the report itself is organised. The parts of a plan or document it tells of (明确4个方面80项具体
 * 工作任务, 从五大方面明确工作要求) are what that document holds, and are figures
 */
const STRUCTURE = /^(?:方面|个方面|个部分|部分|个维度|个层面|大板块)/;
const OWN_REPORT = /(?:本|此|该)?(?:报告|本文|全文)[^,,。;;]{0,8}$/;
/** classifiers that, in Chinese numerals, often count names rather than work (三个“一号工程”) */
const GENERIC_CLASSIFIER = new Set(['个', '种', '类']);

/** The figure counts the parts of a document (明确4个方面80项具体任务): a figure, seldom one to compare. */
export const countsParts = (hay: string, f: RawFigure): boolean => STRUCTURE.test(hay.slice(f.end - f.unit.length, f.end + 6));

function chineseValue(hay: string, f: RawFigure): number | null {
  return parseChineseNumeral(hay.slice(f.numStart, f.numEnd));
}

/** Why the figure is not a figure, or null when it is one. `clauseStart` is where its clause begins. */
export function skipReason(hay: string, f: RawFigure, clauseStart: number): SkipReason | null {
  const before = hay.slice(Math.max(0, f.numStart - 4), f.numStart);
  const after = hay.slice(f.end, f.end + 60);
  const num = hay.slice(f.numStart, f.numEnd);
  const clauseBefore = hay.slice(clauseStart, f.start);
  if (f.special) return null;

  // years and year ranges: 2022年, 2021-2025年, 2019年至2021年 (durations are small numbers)
  if (f.unit === '年' && !f.chinese && /^(?:19|20)\d\d/.test(num)) return 'date';
  if (/^[月日号时]/.test(hay.slice(f.numEnd, f.numEnd + 1))) return 'date';
  // time frames (三年来, 近3年, 过去五年) and names of plans (三年行动) are not figures; 连续六年 is
  if (f.unit === '年' && (/^(?:来|以来|内|中|间|多来|行动|计划|规划|攻坚)/.test(after) || /(?:近|过去|这|最近|前|后|每)$/.test(before)))
    return 'date';
  if (ORDINAL_BEFORE.test(before)) return 'ordinal';
  // a service circle is named by how far it reaches (15分钟政务服务圈, 30分钟法律服务圈)
  if ((f.unit === '分钟' || f.unit === '小时' || f.unit === '公里') && /^[^,;。、]{0,6}圈/.test(after)) return 'slogan';
  // a plenary session is named by its serial number (十二届市委三次、四次全会)
  if (f.unit === '次' && PLENARY_AFTER.test(hay.slice(f.end, f.end + 12))) return 'ordinal';
  // codes and versions: 5G, 2.0版, 3.0版, 12345热线, "1+13+X+Y"
  if (/[A-Za-z+#·×*/]$/.test(before) || /^[A-Za-z+#·×*/]/.test(hay.slice(f.numEnd, f.numEnd + 1))) return 'code';
  if (/^版/.test(hay.slice(f.end, f.end + 1))) return 'code';

  if (f.chinese) {
    const v = chineseValue(hay, f);
    // 一 is almost never a figure in these texts (一件事, 一批, 一次办); 百家/千名 alone are slogans
    if (v === null || v === 1) return 'slogan';
    const qualified = /(?:近|超|约|逾|上|数|共|达)$/.test(before);
    if (/^[十百千万亿]$/.test(num) && !qualified) return 'slogan';
    // 三个“一号工程”, 两个全省第一: a classifier before a quoted name or a rank counts names, not work; 推荐东城、延庆和通州
    // 三个区参评 counts places
    if (GENERIC_CLASSIFIER.has(f.unit) && !qualified && /^(?:[“"「《]|(?:全[省市国区县]|[省市])?第)/.test(hay.slice(f.end, f.end + 4))) return 'structure';
    // names of sets: 三项制度 (行政执法三项制度), 六条措施, 四个意识, 五位一体
    if (/^(?:条|项|个|位)(?:制度|机制|措施|清单|原则|要求|意识|自信|维护|确立|一体)/.test(hay.slice(f.end - f.unit.length, f.end + 2)) && !qualified)
      return 'slogan';
  }
  if (ONE_OF_AFTER.test(after) || AWARD_BEFORE.test(clauseBefore)) return 'one_of';
  if (BASELINE_AFTER.test(after)) return 'baseline';
  const fromUnit = hay.slice(f.end - f.unit.length, f.end + 6);
  if (STRUCTURE.test(fromUnit) && OWN_REPORT.test(clauseBefore)) return 'structure';
  if (AMONG_PLACES.test(fromUnit)) return 'other_place';
  return null;
}

/** a target or plan stated in the figure's clause: 力争…, 预计…, 目标为…, 计划新建…, 将完成… */
const TARGET_BEFORE = /(?:力争|预计|争取(?:在|于|到\d{4})|拟(?:于|在|将|对|新建|开展)|目标(?:是|为)|(?<!按|年度)计划(?:于|在|到|将|新建|完成|开展|建成)|将(?:力争|新建|建成|完成|实现|达到|推出|开展|确保)|确保(?:到|在))[^,,;;。]*$/;
/** "超额完成294天的目标": the number of a target, even when exceeded */
const TARGET_AFTER = /^(?:的)?(?:目标|预期目标|任务目标|年度目标)/;

/** True when the figure is a target or plan by the words of its own clause. */
export function targetClause(hay: string, clauseStart: number, figureStart: number, figureEnd: number): boolean {
  return TARGET_BEFORE.test(hay.slice(Math.max(clauseStart, figureStart - 60), figureStart)) || TARGET_AFTER.test(hay.slice(figureEnd, figureEnd + 6));
}
