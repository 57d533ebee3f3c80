/**
 * The words that name the catalogue's indicators: their aliases, their names and the terms their definitions quote
 * (“发案量”“新收”), each with the indicators it names, how specific it is (long, naming few indicators) and whether it
 * names them only inside their own area (short or shared words). Built once per catalogue list.
 */
import type { Indicator } from '../model/indicators';
import type { Category } from '../model/schema';
import { outermost, WordMatcher, type Hit } from './terms';

interface Naming {
  /** index of the indicator in the vocabulary's list */
  ind: number;
  weight: number;
}

export interface Vocabulary {
  words: readonly string[];
  indicators: readonly Indicator[];
  matcher: WordMatcher;
  /** per word of the matcher: the indicators it names */
  namings: readonly (readonly Naming[])[];
  /** per word: it names its indicator only inside the indicator's area */
  weak: readonly boolean[];
  /** per word: how specific it is (0–1), over all areas and, for weak words, within each area */
  specificity: readonly number[];
  areaSpecificity: readonly ReadonlyMap<Category, number>[];
  /** the current (not deprecated) indicators by id */
  byId: ReadonlyMap<string, Indicator>;
  position: ReadonlyMap<string, number>;
}

/** the last word of a count's or amount's name says what is counted, not what it is (…受理数 → …受理) */
const NAME_SUFFIX = /(?:人数|件数|次数|场次|人次|期数|户次|个数|项数|金额|规模|时间|数|量)$/;
/** quoted terms in a definition that stand for what the indicator excludes */
const EXCLUDED_BEFORE = /(?:不含|不包括|不计|不算|除|非|而非|不是|区别于)[^。;;]{0,6}$/;

function termsOf(i: Indicator): [string, number][] {
  const out: [string, number][] = [];
  const add = (t: string, w: number) => {
    const clean = t.trim();
    if (clean.length >= 2) out.push([clean, w]);
    const unquoted = clean.replace(/[“”"]/g, '');
    if (unquoted !== clean && unquoted.length >= 2) out.push([unquoted, w]);
  };
  // a measure word is no name (批次 is the unit of many counts, not one indicator's word)
  for (const a of i.aliases) if (a !== i.unit.zh) add(a, 1);
  add(i.kind === 'rate' ? i.name.zh : i.name.zh.replace(NAME_SUFFIX, ''), 1);
  const def = i.definition.zh;
  for (const m of def.matchAll(/“([^”]{2,8})”/g)) {
    const t = m[1]!;
    if (/[\dXx%]/.test(t) || EXCLUDED_BEFORE.test(def.slice(Math.max(0, m.index - 12), m.index))) continue;
    add(t, 0.6);
  }
  return out;
}

const spec = (len: number): number => (len <= 2 ? 0.6 : len === 3 ? 0.7 : len === 4 ? 0.85 : len === 5 ? 0.95 : 1);
const idf = (df: number): number => 1 / (1 + 0.6 * Math.log2(Math.max(1, df)));

const vocabularies = new WeakMap<readonly Indicator[], Vocabulary>();

/** The vocabulary of a list of indicators (built once per list; deprecated indicators left out). */
export function vocabularyOf(indicators: readonly Indicator[]): Vocabulary {
  const cached = vocabularies.get(indicators);
  if (cached) return cached;
  const byTerm = new Map<string, Map<number, number>>();
  indicators.forEach((i, k) => {
    if (i.deprecated) return;
    for (const [t, w] of termsOf(i)) {
      let m = byTerm.get(t);
      if (!m) byTerm.set(t, (m = new Map()));
      m.set(k, Math.max(m.get(k) ?? 0, w));
    }
  });
  const words = [...byTerm.keys()];
  const namings = words.map((t) => [...byTerm.get(t)!].map(([ind, weight]) => ({ ind, weight })));
  // how many indicators a word speaks for: its own, and those of the longer words it stands inside
  // ("行政规范性文件" stands inside 报备行政规范性文件, 审核行政规范性文件 …: a bare noun that names none of them)
  const within = words.map((t, k) => {
    const inds = new Set(namings[k]!.map((n) => n.ind));
    for (let j = 0; j < words.length; j++) if (j !== k && words[j]!.length > t.length && words[j]!.includes(t)) for (const n of namings[j]!) inds.add(n.ind);
    return [...inds];
  });
  // a word inside the words of three or more indicators is generic; else it speaks for its own indicators
  const generic = within.map((w) => w.length >= 3);
  const speaksFor = words.map((_, k) => (generic[k] ? within[k]! : namings[k]!.map((n) => n.ind)));
  const weak = words.map((t, k) => t.length <= 2 || generic[k]! || namings[k]!.length >= 3 || (t.endsWith('率') && t.length <= 4));
  const specificity = words.map((t, k) => spec(t.length) * idf(speaksFor[k]!.length));
  const areaSpecificity = words.map((t, k) => {
    const perArea = new Map<Category, number>();
    for (const ind of speaksFor[k]!) perArea.set(indicators[ind]!.area, (perArea.get(indicators[ind]!.area) ?? 0) + 1);
    return new Map([...perArea].map(([a, df]) => [a, spec(t.length) * idf(df)]));
  });
  const byId = new Map(indicators.filter((i) => !i.deprecated).map((i) => [i.id, i]));
  const position = new Map(indicators.map((i, k) => [i.id, k]));
  const v: Vocabulary = { words, indicators, matcher: new WordMatcher(words), namings, weak, specificity, areaSpecificity, byId, position };
  vocabularies.set(indicators, v);
  return v;
}

/** Every indicator word in the text, by position; a word inside a longer one gives way (the longer is more specific). */
export const termHits = (v: Vocabulary, hay: string): Hit[] => outermost(v.matcher.scan(hay));
