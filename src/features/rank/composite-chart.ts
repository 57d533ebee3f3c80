/** The composite's chart option and export entry, from its result and the metrics it combines. Pure. */
import type { EChartsCoreOption } from 'echarts/core';
import type { Catalog } from '../../model/catalog';
import type { Lang } from '../../model/format';
import type { CompositeResult } from '../../model/composite';
import { buildCompositeOption } from '../../charts/rank-option';
import { pickLang, shortName, type Translate } from '../../i18n';
import type { ExportEntry } from '../../ui/export/registry';
import { caveatedFigures, simpleEntry } from '../../ui/export/simple-entry';
import { caveatKindLabel } from '../../i18n/caveats';
import { inputCaveatLines, type CaveatedFigure, type InputCaveats } from '../../model/caveats';

/** 第一梯队 / "Tier 1". */
export const tierLabel = (n: 1 | 2 | 3, lang: Lang, t: Translate): string =>
  t('composite.tier', { n: lang === 'zh' ? ['一', '二', '三'][n - 1]! : n });

/** The names of the combined metrics, as the chart's subtitle and the export's description. */
const metricNames = (catalog: Catalog, ids: readonly string[], lang: Lang) => ids.map((id) => pickLang(catalog.metricById.get(id)!.name, lang));

/** What the composite chart shows: the result, the metrics it combines, and how it is labelled. */
export interface CompositeShown {
  /** with, by jurisdiction, the caveated figures its score is built from (none when absent) */
  result: CompositeResult & { inputCaveats?: ReadonlyMap<string, readonly InputCaveats[]> };
  catalog: Catalog;
  ids: readonly string[];
  tiers: boolean;
  lang: Lang;
  t: Translate;
}

/** Each caveat of the figures behind a jurisdiction's score: "调解数: 累计(自2019年): …" (none: empty). */
export function scoreCaveatLines({ result, catalog, lang }: Pick<CompositeShown, 'result' | 'catalog' | 'lang'>, jurisdiction: string): string[] {
  const inputs = result.inputCaveats?.get(jurisdiction);
  if (!inputs) return [];
  return inputCaveatLines(inputs, lang, caveatKindLabel(lang), (id) => pickLang(catalog.metricById.get(id)?.name ?? { zh: id, en: id }, lang));
}

export function compositeChartOption(shown: CompositeShown, footer?: string): EChartsCoreOption {
  const { result, catalog, ids, tiers, lang, t } = shown;
  return buildCompositeOption(result.rows, {
    title: t('composite.title'),
    subtitle: metricNames(catalog, ids, lang).join(' · '),
    name: (j) => shortName(catalog, j, lang),
    score: t('composite.score'),
    band: t('composite.band'),
    tier: (n) => tierLabel(n, lang, t),
    tiers,
    caveats: (j) => scoreCaveatLines(shown, j),
    footer,
  });
}

/** Null when nothing is ranked. */
export function compositeEntry(shown: CompositeShown): ExportEntry | null {
  const { result, catalog, ids, lang, t } = shown;
  if (!result.rows.length) return null;
  return simpleEntry({
    id: 'composite',
    order: 1,
    title: t('composite.title'),
    description: metricNames(catalog, ids, lang).join(' · '),
    filenameParts: [t('composite.title'), ...metricNames(catalog, ids.slice(0, 4), lang)],
    buildOption: (ctx) => compositeChartOption(shown, ctx.footer),
    periods: [],
    figures: () =>
      result.rows.map((r) => ({
        jurisdiction: r.jurisdiction,
        metric: 'composite',
        value: r.score,
        display: `${r.score} (#${r.rank}, ${r.bandMin}–${r.bandMax}, ${Math.round(r.coverage * 100)}%)`,
        period: null,
        inputCaveats: result.inputCaveats?.get(r.jurisdiction),
      })),
    catalog,
    lang,
  });
}

/** The caveated figures behind the ranked scores, in rank order, each under its place and metric (the chart's notes). */
export function compositeCaveatFigures({ result, catalog, lang }: Pick<CompositeShown, 'result' | 'catalog' | 'lang'>): CaveatedFigure[] {
  const caveats = result.inputCaveats;
  if (!caveats?.size) return [];
  const rows = result.rows.filter((r) => caveats.has(r.jurisdiction));
  return caveatedFigures(rows.map((r) => ({ jurisdiction: r.jurisdiction, metric: 'composite', value: r.score, display: '', period: null, inputCaveats: caveats.get(r.jurisdiction) })), catalog, lang);
}
