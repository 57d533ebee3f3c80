/**
 * Short names that tell places apart: where two places of the merged catalogue share a short name (鼓楼 in 福州 and
 * 南京, two datasets' 朝阳), each gets its parent's short name added (鼓楼(福州)), or its province when the parent
 * is not known, or its full name when that is still not enough. Legends, pickers, tables and CSV all use the short
 * name, so none of them shows two places under one name (ECharts would even merge their series). Pure.
 */
import type { Bilingual, Jurisdiction } from './schema';

type Lang = keyof Bilingual;

function distinctIn(list: readonly Jurisdiction[], lang: Lang, byId: ReadonlyMap<string, Jurisdiction>): Map<string, string> {
  const groups = new Map<string, Jurisdiction[]>();
  for (const j of list) {
    const g = groups.get(j.short[lang]);
    if (g) g.push(j);
    else groups.set(j.short[lang], [j]);
  }
  const out = new Map<string, string>();
  for (const [short, group] of groups) {
    if (group.length < 2) continue;
    const qualified = group.map((j) => {
      const parent = j.parent ? byId.get(j.parent) : undefined;
      return `${short}(${parent ? parent.short[lang] : j.province[lang]})`;
    });
    group.forEach((j, i) => {
      const clash = qualified.filter((q) => q === qualified[i]).length > 1;
      out.set(j.id, clash ? `${j.name[lang]}(${j.province[lang]})` : qualified[i]!);
    });
  }
  return out;
}

/** The jurisdictions with short names that differ (copies where changed; the others as they were). */
export function distinctShortNames(list: readonly Jurisdiction[]): Jurisdiction[] {
  const byId = new Map(list.map((j) => [j.id, j]));
  const zh = distinctIn(list, 'zh', byId);
  const en = distinctIn(list, 'en', byId);
  if (!zh.size && !en.size) return [...list];
  return list.map((j) =>
    zh.has(j.id) || en.has(j.id) ? { ...j, short: { zh: zh.get(j.id) ?? j.short.zh, en: en.get(j.id) ?? j.short.en } } : j,
  );
}
