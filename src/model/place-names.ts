/**
 * Chinese administrative names, pure: what kind of unit a name denotes and its short form (武进区 → 武进,
 * 恩施土家族苗族自治州 → 恩施, 内蒙古自治区 → 内蒙古). Zones (开发区, 工业园区, 管理区…) keep their names whole.
 */

export type PlaceLevel = 'province' | 'city' | 'county';
export type PlaceKind =
  | 'province'
  | 'municipality'
  | 'prefecture'
  | 'district'
  | 'county'
  | 'county_city'
  | 'banner'
  | 'zone'
  | 'other';

/** The four 直辖市: province-level units whose districts and counties have no prefecture between. */
export const MUNICIPALITIES: readonly string[] = ['北京市', '天津市', '上海市', '重庆市'];

/**
 * The 56 nationalities, as they stand inside the names of autonomous units (石柱土家族自治县, 伊犁哈萨克自治州).
 * Names of more than one character also occur without 族 (博尔塔拉蒙古自治州, 鄂伦春自治旗).
 */
const NATIONALITIES = (
  '汉 壮 满 回 苗 维吾尔 土家 彝 蒙古 藏 布依 侗 瑶 朝鲜 白 哈尼 哈萨克 黎 傣 畲 傈僳 仡佬 东乡 高山 拉祜 水 佤 纳西 羌 土 ' +
  '仫佬 锡伯 柯尔克孜 达斡尔 景颇 毛南 撒拉 布朗 塔吉克 阿昌 普米 鄂温克 怒 京 基诺 德昂 保安 俄罗斯 裕固 乌孜别克 门巴 ' +
  '鄂伦春 独龙 塔塔尔 赫哲 珞巴 各'
).split(' ');
/** Longest first, so 土家 is tried before 土. */
const ETHNIC_FORMS = NATIONALITIES.flatMap((n) => (n.length > 1 && n !== '各' ? [`${n}族`, n] : [`${n}族`])).sort(
  (a, b) => b.length - a.length,
);

/** Words that mark a functional zone (功能区): not an administrative division, even where it has a code. */
const ZONE_WORDS = [
  '开发区', '工业园', '产业园', '创意园', '高新区', '新区', '新城', '示范区', '实验区', '管理区', '管委会', '保税区', '风景名胜区',
  '聚集区', '食品区', '旅游区', '试验区', '合作区', '工业区',
];

/** Suffixes of administrative names with the kind they give at county level; longest first. */
const COUNTY_SUFFIXES: readonly [string, PlaceKind][] = [
  ['自治县', 'county'],
  ['自治旗', 'banner'],
  ['区', 'district'],
  ['县', 'county'],
  ['市', 'county_city'],
  ['旗', 'banner'],
];
/** County-level units of their own sort (林区, 特区), with their short names. */
const SPECIAL_COUNTIES: Readonly<Record<string, string>> = { 神农架林区: '神农架', 六枝特区: '六枝' };
/** Suffixes stripped for a short name; longest first (a shorter one is tried when a longer leaves too little). */
const SHORT_SUFFIXES = [
  '特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '矿区', '新区', '省', '市', '区', '县', '旗', '盟',
];

/** True when a name without a code is that of a functional zone (吉林经济开发区, 龙感湖管理区, 苏滁现代产业园). */
export function isZoneName(name: string): boolean {
  return ZONE_WORDS.some((w) => name.includes(w));
}

/** Strips nationalities from the end of a stem (石柱土家族 → 石柱, 保亭黎族苗族 → 保亭); '' when nothing is left. */
function stripNationalities(stem: string): string {
  let s = stem;
  for (let changed = true; changed && s; ) {
    changed = false;
    for (const e of ETHNIC_FORMS) {
      if (s.endsWith(e) && s.length > e.length - 1) {
        s = s.slice(0, -e.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}

/**
 * The name without its suffix (武进区 → 武进, 津市市 → 津市, 兴安盟 → 兴安, 大兴安岭地区 → 大兴安岭, 清新区 → 清新),
 * and for autonomous units without the nationalities (延边朝鲜族自治州 → 延边, 管城回族区 → 管城, 鄂温克族自治旗 →
 * 鄂温克). The name whole when fewer than two characters would remain (城区, 矿区, 沙县, 忠县) and for zones.
 */
export function shortName(name: string, kind: PlaceKind): string {
  if (kind === 'zone') return name;
  const special = SPECIAL_COUNTIES[name];
  if (special) return special;
  for (const suffix of SHORT_SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    const stem = name.slice(0, -suffix.length);
    if (suffix.startsWith('自治') || stem.endsWith('族')) {
      const bare = stripNationalities(stem);
      if (bare.length >= 2) return bare;
      const noZu = stem.endsWith('族') ? stem.slice(0, -1) : stem;
      if (noZu.length >= 2) return noZu;
    } else if (stem.length >= 2) return stem;
  }
  return name;
}

/**
 * The kind of a county-level unit: by its code where it has one (the census gives functional zones codes ending
 * in 71–79), else by the words of its name; then by its suffix.
 */
export function countyKind(name: string, code: string | null): PlaceKind {
  if (code === null) return isZoneName(name) ? 'zone' : 'other';
  if (/7[0-9]$/.test(code)) return 'zone';
  if (SPECIAL_COUNTIES[name]) return 'other';
  return COUNTY_SUFFIXES.find(([s]) => name.endsWith(s))?.[1] ?? 'other';
}

/** The kind of a province-level unit. */
export function provinceKind(name: string): PlaceKind {
  return MUNICIPALITIES.includes(name) ? 'municipality' : 'province';
}

/** The level a kind belongs to. */
export function levelOfKind(kind: PlaceKind): PlaceLevel {
  if (kind === 'province' || kind === 'municipality') return 'province';
  return kind === 'prefecture' ? 'city' : 'county';
}
