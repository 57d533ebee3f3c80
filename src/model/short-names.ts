/**
 * Names that tell places apart: where two places of the merged catalogue share a short name (鼓楼 in 福州 and
 * 南京, two datasets' 朝阳), each gets its parent's short name added (鼓楼(福州)), or its province when the parent
 * is not known, or its full name when that is still not enough, or at last its id. Full names are told apart the
 * same way. Names are the same when they read the same: after Unicode compatibility normalisation (NFKC), without
 * bidi controls and zero-width characters, Cyrillic and Greek look-alike letters read as the Latin ones, case and
 * runs of spaces ignored — so "Wujin" and "Wujіn" (Cyrillic і) are two places of one name. Bidi controls and
 * zero-width characters are removed from every name shown. Legends, pickers, tables and CSV all use these names,
 * so none of them shows two places under one name (ECharts would even merge their series). Pure.
 */
import type { Bilingual, Jurisdiction } from './schema';

type Lang = keyof Bilingual;

/** Bidi controls (U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C) and zero-width characters (U+200B–200D, U+2060, U+FEFF). */
export const INVISIBLE_IN_NAMES = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/g;

/** Cyrillic and Greek letters that look like Latin ones (lower case; the key is lower-cased first). */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', п: 'n',
  р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c',
};

/**
 * Text that compatibility normalisation, the invisible characters and the look-alike letters all leave as it is:
 * printable ASCII and CJK unified ideographs (U+4E00–9FFF have no compatibility decomposition). Most names are.
 */
const PLAIN = /^[\x20-\x7e\u4e00-\u9fff]*$/;

/** What a name reads as: two names of one key cannot be told apart by a reader. */
export function nameKey(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase().replace(/ +/g, ' ').trim();
  let out = '';
  for (const ch of s.normalize('NFKC').replace(INVISIBLE_IN_NAMES, '').toLowerCase()) out += LOOK_ALIKES[ch] ?? ch;
  return out.replace(/\s+/g, ' ').trim();
}

/** The name without bidi controls and zero-width characters. */
export const visibleName = (s: string): string => s.replace(INVISIBLE_IN_NAMES, '');

type Field = 'short' | 'name';

/** New names of `field` in `lang` for the places whose names read the same as another's. */
function distinctIn(list: readonly Jurisdiction[], field: Field, lang: Lang, byId: ReadonlyMap<string, Jurisdiction>): Map<string, string> {
  const groups = new Map<string, Jurisdiction[]>();
  for (const j of list) {
    const key = nameKey(j[field][lang]);
    const g = groups.get(key);
    if (g) g.push(j);
    else groups.set(key, [j]);
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const own = (j: Jurisdiction) => visibleName(j[field][lang]);
    const steps: ((j: Jurisdiction) => string)[] = [
      (j) => {
        const parent = j.parent ? byId.get(j.parent) : undefined;
        return `${own(j)}(${visibleName(parent ? parent.short[lang] : j.province[lang])})`;
      },
      (j) => `${visibleName(field === 'short' ? j.name[lang] : own(j))}(${visibleName(j.province[lang])})`,
      (j) => `${own(j)}(${j.id})`,
    ];
    // each place takes the first step whose name no other place of the group reads the same as
    const keys = steps.map((step) => group.map((j) => nameKey(step(j))));
    group.forEach((j, i) => {
      const s = keys.findIndex((k) => k.filter((x) => x === k[i]).length === 1);
      out.set(j.id, steps[s < 0 ? steps.length - 1 : s]!(j));
    });
  }
  return out;
}

/** Whether a place's names hold invisible characters to be removed. */
const hasInvisible = (j: Jurisdiction) =>
  [j.name.zh, j.name.en, j.short.zh, j.short.en, j.province.zh, j.province.en].some((s) => s !== visibleName(s));

/** The jurisdictions with names that differ, full and short (copies where changed; the others as they were). */
export function distinctShortNames(list: readonly Jurisdiction[]): Jurisdiction[] {
  const byId = new Map(list.map((j) => [j.id, j]));
  const changes = (['short', 'name'] as const).flatMap((field) => (['zh', 'en'] as const).map((lang) => ({ field, lang, map: distinctIn(list, field, lang, byId) })));
  if (changes.every((c) => c.map.size === 0) && !list.some(hasInvisible)) return [...list];
  return list.map((j) => {
    if (!changes.some((c) => c.map.has(j.id)) && !hasInvisible(j)) return j;
    const pick = (field: Field, lang: Lang) => changes.find((c) => c.field === field && c.lang === lang)!.map.get(j.id) ?? visibleName(j[field][lang]);
    return {
      ...j,
      name: { zh: pick('name', 'zh'), en: pick('name', 'en') },
      short: { zh: pick('short', 'zh'), en: pick('short', 'en') },
      province: { zh: visibleName(j.province.zh), en: visibleName(j.province.en) },
    };
  });
}
