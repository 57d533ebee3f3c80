/**
 * The generator's places: provinces → prefecture cities (parents, not in the file) → county-level units, with
 * names made of two syllables (numbered once every pair is used), a level, a size and now and then an abolition.
 */
import type { Jurisdiction, Level } from '../../../src/model/schema';
import { ZH_NUM } from './figures';

const PROVINCES: [string, string, string][] = [
  ['bj', '北京', 'Beijing'], ['tj', '天津', 'Tianjin'], ['he', '河北', 'Hebei'], ['sx', '山西', 'Shanxi'],
  ['nm', '内蒙古', 'Inner Mongolia'], ['ln', '辽宁', 'Liaoning'], ['jl', '吉林', 'Jilin'], ['hl', '黑龙江', 'Heilongjiang'],
  ['sh', '上海', 'Shanghai'], ['js', '江苏', 'Jiangsu'], ['zj', '浙江', 'Zhejiang'], ['ah', '安徽', 'Anhui'],
  ['fj', '福建', 'Fujian'], ['jx', '江西', 'Jiangxi'], ['sd', '山东', 'Shandong'], ['ha', '河南', 'Henan'],
  ['hb', '湖北', 'Hubei'], ['hn', '湖南', 'Hunan'], ['gd', '广东', 'Guangdong'], ['gx', '广西', 'Guangxi'],
  ['hi', '海南', 'Hainan'], ['cq', '重庆', 'Chongqing'], ['sc', '四川', 'Sichuan'], ['gz', '贵州', 'Guizhou'],
  ['yn', '云南', 'Yunnan'], ['xz', '西藏', 'Tibet'], ['sn', '陕西', 'Shaanxi'], ['gs', '甘肃', 'Gansu'],
  ['qh', '青海', 'Qinghai'], ['nx', '宁夏', 'Ningxia'], ['xj', '新疆', 'Xinjiang'],
];

const SYLLABLES: [string, string][] = [
  ['安', 'an'], ['平', 'ping'], ['清', 'qing'], ['河', 'he'], ['山', 'shan'], ['阳', 'yang'], ['江', 'jiang'],
  ['东', 'dong'], ['西', 'xi'], ['南', 'nan'], ['北', 'bei'], ['新', 'xin'], ['城', 'cheng'], ['宁', 'ning'],
  ['丰', 'feng'], ['兴', 'xing'], ['华', 'hua'], ['林', 'lin'], ['水', 'shui'], ['石', 'shi'], ['云', 'yun'],
  ['龙', 'long'], ['泉', 'quan'], ['德', 'de'], ['昌', 'chang'], ['武', 'wu'], ['康', 'kang'], ['永', 'yong'],
  ['嘉', 'jia'], ['和', 'he'], ['青', 'qing'], ['白', 'bai'], ['长', 'chang'], ['乐', 'le'], ['福', 'fu'],
  ['宝', 'bao'], ['金', 'jin'], ['泰', 'tai'], ['广', 'guang'], ['明', 'ming'], ['高', 'gao'], ['盛', 'sheng'],
  ['吉', 'ji'], ['海', 'hai'], ['岭', 'ling'], ['川', 'chuan'], ['湖', 'hu'], ['溪', 'xi'], ['桥', 'qiao'],
  ['台', 'tai'], ['源', 'yuan'], ['峰', 'feng'], ['阜', 'fu'], ['庆', 'qing'], ['顺', 'shun'], ['定', 'ding'],
  ['开', 'kai'], ['远', 'yuan'], ['仁', 'ren'], ['信', 'xin'], ['义', 'yi'], ['春', 'chun'], ['秀', 'xiu'],
  ['临', 'lin'], ['柳', 'liu'], ['松', 'song'], ['桃', 'tao'], ['梅', 'mei'], ['莲', 'lian'], ['汉', 'han'],
  ['沙', 'sha'], ['洪', 'hong'], ['凤', 'feng'], ['鹤', 'he'], ['岳', 'yue'], ['蓝', 'lan'], ['玉', 'yu'],
];

const LEVEL_SUFFIX: Record<Exclude<Level, 'province'>, [string, string, string]> = {
  // [zh suffix, en suffix, short suffix]
  district: ['区', 'District', ''],
  county: ['县', 'County', ''],
  city: ['市', 'City', ''],
  zone: ['经济开发区', 'Economic Development Zone', '开发区'],
};
/** relative size of a jurisdiction by level (scales counts and amounts) */
const LEVEL_SIZE: Record<Exclude<Level, 'province'>, number> = { district: 1.2, county: 0.75, city: 1.5, zone: 0.45 };

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The generated jurisdictions, and per jurisdiction its relative size and the year it was abolished (or null). */
export interface Places {
  jurisdictions: Jurisdiction[];
  size: number[];
  abolishedIn: (number | null)[];
}

/** Name stems in a seeded order: every pair of distinct syllables once, then numbered rounds of them. */
function stemSource(rnd: () => number): () => [string, string] {
  const stems: [string, string][] = [];
  for (const a of SYLLABLES) for (const b of SYLLABLES) if (a !== b) stems.push([a[0] + b[0], a[1] + b[1]]);
  for (let i = stems.length - 1; i > 0; i--) {
    const k = Math.floor(rnd() * (i + 1));
    [stems[i], stems[k]] = [stems[k]!, stems[i]!];
  }
  let stemAt = 0;
  return () => {
    const s = stems[stemAt++ % stems.length]!;
    const round = Math.floor((stemAt - 1) / stems.length);
    return round === 0 ? s : [`${s[0]}${ZH_NUM[round % ZH_NUM.length]}`, `${s[1]}${round + 1}`];
  };
}

/** `count` jurisdictions spread over the provinces in turn, in cities of 6–15. */
export function makePlaces(count: number, years: readonly number[], rnd: () => number, gauss: () => number): Places {
  const nextStem = stemSource(rnd);
  const places: Places = { jurisdictions: [], size: [], abolishedIn: [] };
  const { jurisdictions } = places;
  const perProvince = Math.ceil(count / PROVINCES.length);
  for (let p = 0; p < PROVINCES.length && jurisdictions.length < count; p++) {
    const [code, pzh, pen] = PROVINCES[p]!;
    let cityIdx = 0;
    let city = nextStem();
    let left = 0;
    for (let k = 0; k < perProvince && jurisdictions.length < count; k++) {
      if (left === 0) {
        cityIdx++;
        city = nextStem();
        left = 6 + Math.floor(rnd() * 10);
      }
      left--;
      const stem = nextStem();
      const lr = rnd();
      const level: Exclude<Level, 'province'> = lr < 0.36 ? 'district' : lr < 0.8 ? 'county' : lr < 0.95 ? 'city' : 'zone';
      const [sz, sen, sshort] = LEVEL_SUFFIX[level];
      const id = `${code}.${String(jurisdictions.length + 1).padStart(4, '0')}`;
      const j: Jurisdiction = {
        id,
        name: { zh: `${city[0]}市${stem[0]}${sz}`, en: `${cap(stem[1])} ${sen}, ${cap(city[1])}` },
        short: { zh: `${stem[0]}${sshort}`, en: cap(stem[1]) },
        level,
        province: { zh: pzh, en: pen },
        parent: `${code}.c${String(cityIdx).padStart(2, '0')}`,
      };
      const abolished = abolition(j, years, rnd);
      jurisdictions.push(j);
      places.size.push(LEVEL_SIZE[level] * Math.exp(0.55 * gauss()));
      places.abolishedIn.push(abolished);
    }
  }
  return places;
}

/** Now and then (over more than three years) a jurisdiction is abolished in one of the middle years. */
function abolition(j: Jurisdiction, years: readonly number[], rnd: () => number): number | null {
  if (!(years.length > 3 && rnd() < 0.004)) return null;
  const abolished = years[1 + Math.floor(rnd() * (years.length - 2))]!;
  j.abolished = {
    year: abolished,
    note: { zh: `${abolished}年撤销,并入相邻区县。`, en: `Abolished in ${abolished} and merged into a neighbour.` },
  };
  return abolished;
}
