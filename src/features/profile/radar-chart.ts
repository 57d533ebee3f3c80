/** The profile radar's option and export entry: a jurisdiction's category scores against the others' mean. Pure. */
import type { EChartsCoreOption } from 'echarts/core';
import type { Catalog } from '../../model/catalog';
import type { Lang } from '../../model/format';
import type { CategoryScore } from '../../model/profile';
import { buildRadarOption } from '../../charts/profile-option';
import { pickLang, type Translate } from '../../i18n';
import type { ExportEntry } from '../../ui/export/registry';
import { caveatedFigures, simpleEntry } from '../../ui/export/simple-entry';
import type { CaveatedFigure } from '../../model/caveats';

/** The jurisdiction's full name (its id when the catalogue does not have it). */
const fullName = (catalog: Catalog, id: string, lang: Lang) => {
  const j = catalog.jurisdictionById.get(id);
  return j ? pickLang(j.name, lang) : id;
};

export function radarOption(scores: readonly CategoryScore[], catalog: Catalog, id: string, lang: Lang, t: Translate, footer?: string): EChartsCoreOption {
  const j = catalog.jurisdictionById.get(id);
  return buildRadarOption(scores, {
    title: t('profile.radarTitle', { name: fullName(catalog, id, lang) }),
    subtitle: scores.map((s) => `${t(`category.${s.category}`)} ${s.score}`).join(' · '),
    target: j ? pickLang(j.short, lang) : id,
    others: t('profile.others'),
    category: (c) => t(`category.${c}`),
    footer,
  });
}

/** Null under three categories: a radar needs three axes. */
export function radarEntry(
  scores: readonly CategoryScore[],
  catalog: Catalog,
  id: string,
  periods: readonly number[],
  lang: Lang,
  t: Translate,
): ExportEntry | null {
  if (scores.length < 3) return null;
  const name = fullName(catalog, id, lang);
  return simpleEntry({
    id: 'profile-radar',
    order: 0,
    title: t('profile.radarTitle', { name }),
    description: name,
    filenameParts: [name, t('profile.title')],
    buildOption: (ctx) => radarOption(scores, catalog, id, lang, t, ctx.footer),
    periods,
    figures: () =>
      scores.map((s) => ({
        jurisdiction: id,
        metric: `category:${s.category}`,
        value: s.score,
        display: `${s.score} / ${s.othersMean}`,
        period: null,
        inputCaveats: s.caveats,
      })),
    catalog,
    lang,
  });
}

/** The jurisdiction's caveated figures behind its category scores, category by category (the radar's notes). */
export function radarCaveats(scores: readonly CategoryScore[], catalog: Catalog, id: string, lang: Lang): CaveatedFigure[] {
  return caveatedFigures(
    scores.filter((s) => s.caveats?.length).map((s) => ({ jurisdiction: id, metric: `category:${s.category}`, value: s.score, display: '', period: null, inputCaveats: s.caveats })),
    catalog,
    lang,
  );
}
