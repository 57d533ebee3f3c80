/** The export entry of a metric's ranking chart: its option (with the source line), file name and figures. */
import type { Catalog } from '../../model/catalog';
import type { Lang } from '../../model/format';
import { formatFigure } from '../../model/format';
import type { MetricRanking } from '../../model/metric-values';
import type { Metric } from '../../model/schema';
import { pickLang, type Translate } from '../../i18n';
import type { ExportEntry } from '../../ui/export/registry';
import { caveatedFigures, simpleEntry } from '../../ui/export/simple-entry';
import type { CaveatedFigure } from '../../model/caveats';
import { rankChartOption } from './rank-chart';

/** Null when nothing is ranked (an empty ranking has no chart to export). */
export function rankingEntry(ranked: MetricRanking, metric: Metric, catalog: Catalog, lang: Lang, t: Translate): ExportEntry | null {
  if (!ranked.rows.length) return null;
  const metricName = pickLang(metric.name, lang);
  return simpleEntry({
    id: `rank-${metric.id}`,
    order: 0,
    title: t('rank.chartTitle', { metric: metricName }),
    description: `${ranked.rows.length} · ${ranked.periods.join('–')}`,
    filenameParts: [metricName, t('nav.rank'), ranked.periods.length ? `${Math.min(...ranked.periods)}-${Math.max(...ranked.periods)}` : ''],
    buildOption: (ctx) => rankChartOption(ranked, metric, catalog, lang, t, ctx.footer),
    periods: ranked.periods,
    figures: () =>
      ranked.rows.map((r) => ({
        jurisdiction: r.jurisdiction,
        metric: metric.id,
        value: r.value,
        display: formatFigure(r, metric, lang),
        period: r.period,
        qualifier: r.qualifier,
        observation: r.observation,
        derived: r.derived,
        caveats: r.caveats,
      })),
    catalog,
    lang,
  });
}

/** The ranked figures that carry caveats, in rank order, named as the chart names them. */
export function rankingCaveats(ranked: MetricRanking, metric: Metric, catalog: Catalog, lang: Lang): CaveatedFigure[] {
  const rows = ranked.rows.filter((r) => r.caveats?.length);
  return caveatedFigures(rows.map((r) => ({ ...r, metric: metric.id, display: '' })), catalog, lang);
}
