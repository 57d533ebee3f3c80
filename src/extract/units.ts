/** Unit words that make a number a measure (件, 项, 人次 …), read on the simplified, half-width text. */

/** Longest first. 万元/亿元 are read as multiplier + 元. 日/月/号/届/级/版 are left out on purpose (dates, names). */
export const UNITS: readonly string[] = [
  '个百分点', '百分点', '个工作日', '工作日', '个小时', '个月', '个点',
  '人次', '场次', '批次', '户次', '件次', '家次', '条次', '车次', '项次', '班次', '期次',
  '微克/立方米', 'μg/m³', 'μg/m3', 'µg/m³', 'µg/m3',
  '平方米', '公里', '小时', '分钟', '方面',
  '元', '件', '项', '个', '家', '人', '名', '次', '场', '条', '份', '篇', '起', '所', '处', '户', '套', '类',
  '种', '部', '本', '位', '支', '座', '台', '亩', '笔', '宗', '例', '期', '批', '年', '天', '周', '轮', '节',
  '堂', '门', '倍', '张', '册', '单', '块', '间', '栋', '辆', '艘', '吨', '课', '卷', '分',
];

/** Units a Chinese numeral must carry to be read as a figure (连续六年, 三项, 七次). */
export const CHINESE_NUMERAL_UNITS: ReadonlySet<string> = new Set([
  '年', '次', '项', '个', '家', '件', '名', '人', '批', '场', '条', '种', '类', '期', '方面', '轮', '天', '个月',
  '个工作日', '工作日', '人次', '场次', '批次', '所', '处', '份', '篇', '起', '倍', '部', '位',
]);

/** Units of time after which 内 means "within". */
const TIME_UNITS = new Set(['年', '天', '个月', '周', '小时', '个小时', '分钟', '个工作日', '工作日']);

export const isTimeUnit = (u: string): boolean => TIME_UNITS.has(u);

/** The unit word at `hay[at]`, longest match, or ''. Percent signs (one or more, 99.19%%) give '%'. */
export function unitAt(hay: string, at: number): { unit: string; length: number } {
  const pct = /^(?:%+|‰)/.exec(hay.slice(at, at + 4));
  if (pct) return { unit: '%', length: pct[0].length };
  for (const u of UNITS) if (hay.startsWith(u, at)) return { unit: u, length: u.length };
  return { unit: '', length: 0 };
}
