/**
 * Names of a dataset cleaned at import: bidirectional controls (U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C)
 * and zero-width characters (U+200B–200D, U+2060, U+FEFF) are removed from every name field — the dataset's title,
 * each place's name, short name and province, each report's title and publisher, each metric's name and unit,
 * each practice's name — each removal a warning naming the field. A name whose words mix Cyrillic or Greek letters
 * with Latin or Han (Latin "Wujin" written with Cyrillic і, о, е) is kept and warned of: it looks like another
 * name. Texts, quotes and notes are left as written (a quote must stand in its text). Pure.
 */
import type { Dataset } from '../model/schema';
import { INVISIBLE_IN_NAMES } from '../model/short-names';
import type { DatasetIssue } from './issue';

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The name without bidi controls and zero-width characters, and the code points removed (U+202E, …), once each. */
export function stripInvisible(s: string): { text: string; removed: string[] } {
  const found = s.match(INVISIBLE_IN_NAMES);
  if (!found) return { text: s, removed: [] };
  return { text: s.replace(INVISIBLE_IN_NAMES, ''), removed: [...new Set(found.map(hex))] };
}

type Script = 'Latin' | 'Han' | 'Cyrillic' | 'Greek';
const SCRIPT_TESTS: readonly [Script, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Han', /\p{Script=Han}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
];

/** The blocks of Greek and Cyrillic letters (with their extensions and the phonetic ones). */
const GREEK_OR_CYRILLIC = /[\u0370-\u03FF\u0400-\u052F\u1C80-\u1C8F\u1D00-\u1DBF\u1F00-\u1FFF\uA640-\uA69F\uAB65]/;

/**
 * The scripts of the first word that mixes Cyrillic or Greek letters with Latin or Han ones ("Cyrillic+Latin"), or
 * null. Words are split at spaces and punctuation, so "Москва / Moscow" is two words and no mix.
 */
export function mixedScripts(s: string): string | null {
  // most names have no Greek or Cyrillic letter at all: one scan decides
  if (!GREEK_OR_CYRILLIC.test(s)) return null;
  for (const word of s.split(/[\s\p{P}\p{S}]+/u)) {
    if (!word) continue;
    const seen = new Set<Script>();
    for (const ch of word) for (const [name, re] of SCRIPT_TESTS) if (re.test(ch)) seen.add(name);
    const lookAlike = seen.has('Cyrillic') || seen.has('Greek');
    if (lookAlike && (seen.has('Latin') || seen.has('Han'))) return [...seen].sort().join('+');
  }
  return null;
}

/** The name fields of each part of a dataset: bilingual fields by key, plain strings by key. */
const NAME_FIELDS = {
  jurisdictions: { bilingual: ['name', 'short', 'province'], plain: [] },
  reports: { bilingual: [], plain: ['title', 'publisher'] },
  metrics: { bilingual: ['name', 'unit'], plain: [] },
  practices: { bilingual: ['name'], plain: [] },
} as const;

type Sink = { warnings: DatasetIssue[]; errors: DatasetIssue[] };

/** Any character a name is cleaned of or warned for: most names have none, and one scan tells. */
const NEEDS_A_LOOK = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF\u0370-\u03FF\u0400-\u052F\u1C80-\u1C8F\u1D00-\u1DBF\u1F00-\u1FFF\uA640-\uA69F\uAB65]/;

/** Cleans one name; `undefined` when it is unchanged. `at` gives its path (made only for a name with a problem). */
function cleanOne(value: string, at: () => (string | number)[], sink: Sink): string | undefined {
  if (!NEEDS_A_LOOK.test(value)) return undefined;
  const path = at();
  // jurisdictions[3].name.zh → name.zh; title.zh as it is
  const field = (typeof path[1] === 'number' ? path.slice(2) : path).join('.');
  const { text, removed } = stripInvisible(value);
  if (removed.length) {
    if (text.trim() === '')
      sink.errors.push({ path, code: 'name_invisible_only', message: `${field} holds only invisible characters`, params: { field, chars: removed.join(' ') } });
    else
      sink.warnings.push({
        path,
        code: 'name_invisible',
        message: `${field}: removed invisible characters ${removed.join(' ')}`,
        params: { field, chars: removed.join(' '), name: text },
      });
  }
  const mix = mixedScripts(text);
  if (mix) sink.warnings.push({ path, code: 'name_mixed_script', message: `${field} mixes scripts (${mix}): "${text}"`, params: { field, scripts: mix, name: text } });
  return removed.length ? text : undefined;
}

/**
 * Removes bidi controls and zero-width characters from every name field, in place but copying each element
 * before it is changed (the elements may be the caller's); `warnings` gets one issue per name changed or of mixed
 * scripts, `errors` one per name that was nothing but invisible characters.
 */
export function cleanNames(ds: Dataset): Sink {
  const sink: Sink = { warnings: [], errors: [] };
  const title = { ...ds.title };
  let titleChanged = false;
  for (const lang of ['zh', 'en'] as const) {
    const t = cleanOne(title[lang], () => ['title', lang], sink);
    if (t !== undefined) {
      title[lang] = t;
      titleChanged = true;
    }
  }
  if (titleChanged) ds.title = title;
  for (const [key, fields] of Object.entries(NAME_FIELDS) as [keyof typeof NAME_FIELDS, (typeof NAME_FIELDS)[keyof typeof NAME_FIELDS]][]) {
    const list = ds[key] as unknown as Record<string, unknown>[];
    for (let i = 0; i < list.length; i++) {
      let copy: Record<string, unknown> | null = null;
      const el = list[i]!;
      for (const f of fields.bilingual) {
        const v = el[f] as { zh: string; en: string } | undefined;
        if (!v) continue;
        let next: { zh: string; en: string } | null = null;
        for (const lang of ['zh', 'en'] as const) {
          const t = cleanOne(v[lang], () => [key, i, f, lang], sink);
          if (t !== undefined) (next ??= { ...v })[lang] = t;
        }
        if (next) (copy ??= { ...el })[f] = next;
      }
      for (const f of fields.plain) {
        const v = el[f];
        if (typeof v !== 'string') continue;
        const t = cleanOne(v, () => [key, i, f], sink);
        if (t !== undefined) (copy ??= { ...el })[f] = t;
      }
      if (copy) list[i] = copy;
    }
  }
  return sink;
}
