/**
 * The ranking chart's option for a computed ranking, in one language. Options without a footer (what the view
 * draws) are kept per ranking and language, so the rank view can build them ahead while a person reads the current
 * chart (RankView's warm-up): picking a metric then hands ECharts an option that is already there.
 */
import './register-strings';
import type { EChartsCoreOption } from 'echarts/core';
import type { Catalog } from '../../model/catalog';
import type { Lang } from '../../model/format';
import { formatFigure } from '../../model/format';
import type { MetricRanking } from '../../model/metric-values';
import { formatPerCapita, perCapitaUnit } from '../../model/per-capita';
import { populationSourcesText } from '../../ui/per-capita-text';
import type { ShownRanking } from './per-capita-ranking';
import type { Metric } from '../../model/schema';
import { buildRankOption } from '../../charts/rank-option';
import { pickLang, shortName, type Translate } from '../../i18n';
import { caveatLine } from '../../i18n/caveats';
import { peerLine } from './peer-ranking';
import { peerGroupText } from '../../ui/peer-text';

/** Where the populations of a per-head ranking come from, each source once (the census, a dataset's own). */
export const rankingSources = (ranking: ShownRanking, lang: Lang): string =>
  populationSourcesText(lang, (ranking.perCapita?.rows ?? []).map((r) => r.perCapita.population));

const drawn = new WeakMap<MetricRanking, Map<string, EChartsCoreOption>>();

/**
 * `marked`: the places chosen in the compare view, marked on the chart (with the focus of a peer group, in the
 * legend). Options are kept per ranking, language and marked places.
 */
export function rankChartOption(ranking: ShownRanking, metric: Metric, catalog: Catalog, lang: Lang, t: Translate, footer?: string, marked: readonly string[] = []): EChartsCoreOption {
  const key = `${lang}|${marked.join(',')}`;
  const kept = footer === undefined ? drawn.get(ranking)?.get(key) : undefined;
  if (kept) return kept;
  const per = ranking.perCapita !== undefined;
  const unit = pickLang(per ? perCapitaUnit(metric.unit) : metric.unit, lang);
  const option = buildRankOption(ranking.rows, {
    title: t('rank.chartTitle', { metric: pickLang(metric.name, lang) }),
    subtitle: [`${unit} · ${ranking.periods.join('–')}`, peerLine(ranking, catalog, lang), per ? rankingSources(ranking, lang) : null].filter((x) => x !== null).join('\n'),
    name: (j) => shortName(catalog, j, lang),
    value: (e) => (per ? formatPerCapita(e, metric.unit, lang) : formatFigure(e, metric, lang)),
    period: (y) => t('chart.period', { year: y }),
    caveat: caveatLine(lang),
    focus: ranking.peer?.focus,
    marked,
    legend: {
      all: ranking.peer ? peerGroupText(ranking.peer.describe, lang) : t('rank.legend.all'),
      marked: t('rank.legend.marked'),
      focus: ranking.peer ? shortName(catalog, ranking.peer.focus, lang) : '',
    },
    footer,
  });
  if (footer === undefined) {
    const byLang = drawn.get(ranking) ?? new Map<string, EChartsCoreOption>();
    byLang.set(key, option);
    drawn.set(ranking, byLang);
  }
  return option;
}
