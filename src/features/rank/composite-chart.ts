/** The composite's chart option and export entry, from its result and the metrics it combines. Pure. */
import type { EChartsCoreOption } from 'echarts/core';
import type { Catalog } from '../../model/catalog';
import type { Lang } from '../../model/format';
import type { CompositeResult } from '../../model/composite';
import { buildCompositeOption } from '../../charts/rank-option';
import { pickLang, shortName, type Translate } from '../../i18n';
import type { ExportEntry } from '../../ui/export/registry';
import { simpleEntry } from '../../ui/export/simple-entry';

/** 第一梯队 / "Tier 1". */
export const tierLabel = (n: 1 | 2 | 3, lang: Lang, t: Translate): string =>
  t('composite.tier', { n: lang === 'zh' ? ['一', '二', '三'][n - 1]! : n });

/** The names of the combined metrics, as the chart's subtitle and the export's description. */
const metricNames = (catalog: Catalog, ids: readonly string[], lang: Lang) => ids.map((id) => pickLang(catalog.metricById.get(id)!.name, lang));

/** What the composite chart shows: the result, the metrics it combines, and how it is labelled. */
export interface CompositeShown {
  result: CompositeResult;
  catalog: Catalog;
  ids: readonly string[];
  tiers: boolean;
  lang: Lang;
  t: Translate;
}

export function compositeChartOption({ result, catalog, ids, tiers, lang, t }: CompositeShown, footer?: string): EChartsCoreOption {
  return buildCompositeOption(result.rows, {
    title: t('composite.title'),
    subtitle: metricNames(catalog, ids, lang).join(' · '),
    name: (j) => shortName(catalog, j, lang),
    score: t('composite.score'),
    band: t('composite.band'),
    tier: (n) => tierLabel(n, lang, t),
    tiers,
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
      })),
    catalog,
    lang,
  });
}
