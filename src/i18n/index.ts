/** Translation: t(lang, key, params). Parameters are inserted as text; nothing here produces HTML. */
import type { Lang } from '../model/format';
import { en, zh, type MessageKey } from './messages';
export { registerMessages } from './messages';
import type { Bilingual, Jurisdiction } from '../model/schema';

export type { MessageKey };
export const LANGS: readonly Lang[] = ['zh', 'en'];

export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  // a key of a lazily loaded part that is not registered yet shows as the key rather than failing
  const template: string = (lang === 'zh' ? zh[key] : en[key]) ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A bilingual field in the given language (falls back to the other language when empty). */
export const pickLang = (b: Bilingual, lang: Lang): string => (lang === 'zh' ? b.zh || b.en : b.en || b.zh);

/** A jurisdiction's short name in the given language, or its id when the catalogue does not know it. */
export function shortName(catalog: { jurisdictionById: ReadonlyMap<string, Jurisdiction> }, id: string, lang: Lang): string {
  const j = catalog.jurisdictionById.get(id);
  return j ? pickLang(j.short, lang) : id;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export const translator =
  (lang: Lang): Translate =>
  (key, params) =>
    t(lang, key, params);
