/** The profile radar's option and export entry: a jurisdiction's category scores against the others' mean. Pure. */
import './register-strings';
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

/** An axis' name: its area, or its metric when the radar has one axis per metric. */
export const axisName = (s: CategoryScore, catalog: Catalog, lang: Lang, t: Translate): string => {
  const m = s.metric ? catalog.metricById.get(s.metric) : undefined;
  return m ? pickLang(m.name, lang) : s.metric ?? t(`category.${s.category}`);
};

/** "n=3", or "n=2–5" when the axis' metrics are reported by different numbers of places (empty when not known). */
export const axisPlaces = (s: CategoryScore, t: Translate): string =>
  !s.places ? '' : s.places.min === s.places.max ? t('profile.axisPlaces', { n: s.places.min }) : t('profile.axisPlacesRange', s.places);

/** An axis' label: "矛盾纠纷调解 (n=2)", "行政应诉 (2 项 · n=2–3)". */
export const axisLabel = (s: CategoryScore, catalog: Catalog, lang: Lang, t: Translate): string => {
  const parts = [s.metrics > 1 ? t('profile.axisMetrics', { n: s.metrics }) : '', axisPlaces(s, t)].filter(Boolean);
  return parts.length ? `${axisName(s, catalog, lang, t)} (${parts.join(' · ')})` : axisName(s, catalog, lang, t);
};

/** The radar's title: area scores, or metric scores when each axis is a metric. */
const radarTitle = (scores: readonly CategoryScore[], name: string, t: Translate) =>
  t(scores.some((s) => s.metric) ? 'profile.radarTitleMetrics' : 'profile.radarTitle', { name });

export function radarOption(scores: readonly CategoryScore[], catalog: Catalog, id: string, lang: Lang, t: Translate, footer?: string): EChartsCoreOption {
  const j = catalog.jurisdictionById.get(id);
  return buildRadarOption(scores, {
    title: radarTitle(scores, fullName(catalog, id, lang), t),
    subtitle: scores.map((s) => `${axisName(s, catalog, lang, t)} ${s.score}`).join(' · '),
    target: j ? pickLang(j.short, lang) : id,
    others: t('profile.others'),
    axis: (s) => axisLabel(s, catalog, lang, t),
    footer,
  });
}

/** Null under three axes: a radar needs three. */
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
    title: radarTitle(scores, name, t),
    description: name,
    filenameParts: [name, t('profile.title')],
    buildOption: (ctx) => radarOption(scores, catalog, id, lang, t, ctx.footer),
    periods,
    figures: () =>
      scores.map((s) => ({
        jurisdiction: id,
        metric: s.metric ?? `category:${s.category}`,
        value: s.score,
        display: `${s.score} / ${s.othersMean}${s.places ? ` (${axisPlaces(s, t)})` : ''}`,
        period: null,
        inputCaveats: s.caveats,
      })),
    catalog,
    lang,
  });
}

/** The jurisdiction's caveated figures behind its scores, axis by axis (the radar's notes). */
export function radarCaveats(scores: readonly CategoryScore[], catalog: Catalog, id: string, lang: Lang): CaveatedFigure[] {
  return caveatedFigures(
    scores.filter((s) => s.caveats?.length).map((s) => ({ jurisdiction: id, metric: s.metric ?? `category:${s.category}`, value: s.score, display: '', period: null, inputCaveats: s.caveats })),
    catalog,
    lang,
  );
}
