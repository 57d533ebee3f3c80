/** The export entry of a metric's ranking chart: its option (with the source line), file name and figures. */
import './register-strings';
import type { Catalog } from '../../model/catalog';
import type { FormatInput, Lang } from '../../model/format';
import { formatFigure } from '../../model/format';
import type { MetricRanking } from '../../model/metric-values';
import type { RankEntry } from '../../model/rank';
import type { Metric } from '../../model/schema';
import { pickLang, type Translate } from '../../i18n';
import type { ExportEntry } from '../../ui/export/registry';
import { caveatedFigures, simpleEntry, type SimpleFigure } from '../../ui/export/simple-entry';
import type { CaveatedFigure } from '../../model/caveats';
import { rankChartOption, rankingSources } from './rank-chart';
import type { ShownRanking } from './per-capita-ranking';
import { formatPerCapita } from '../../model/per-capita';
import { populationSourceText } from '../../ui/per-capita-text';
import { peerLine } from './peer-ranking';

/** Null when nothing is ranked (an empty ranking has no chart to export). */
export function rankingEntry(ranked: ShownRanking, metric: Metric, catalog: Catalog, lang: Lang, t: Translate, marked: readonly string[] = []): ExportEntry | null {
  if (!ranked.rows.length) return null;
  const metricName = pickLang(metric.name, lang);
  return simpleEntry({
    id: `rank-${metric.id}`,
    order: 0,
    title: t('rank.chartTitle', { metric: metricName }),
    description: `${ranked.rows.length} · ${ranked.periods.join('–')}`,
    filenameParts: [metricName, t('nav.rank'), ranked.periods.length ? `${Math.min(...ranked.periods)}-${Math.max(...ranked.periods)}` : ''],
    buildOption: (ctx) => rankChartOption(ranked, metric, catalog, lang, t, ctx.footer, marked),
    periods: ranked.periods,
    extraNotes: [peerLine(ranked, catalog, lang), ranked.perCapita ? `${t('perCapita.note')} ${rankingSources(ranked, lang)}` : null].filter((x) => x !== null),
    figures: () => (ranked.perCapita ? perCapitaFigures(ranked, metric, lang, t) : plainFigures(ranked, metric, lang)),
    catalog,
    lang,
  });
}

/** A ranked row as an exported figure: `shown` is the figure whose value and display it carries. */
function figureOf(r: RankEntry, shown: FormatInput & { value: number }, metric: Metric, lang: Lang): SimpleFigure {
  return {
    jurisdiction: r.jurisdiction,
    metric: metric.id,
    value: shown.value,
    display: formatFigure(shown, metric, lang),
    period: r.period,
    qualifier: r.qualifier,
    observation: r.observation,
    derived: r.derived,
    caveats: r.caveats,
  };
}

function plainFigures(ranked: MetricRanking, metric: Metric, lang: Lang): SimpleFigure[] {
  return ranked.rows.map((r) => figureOf(r, r, metric, lang));
}

/** Per 10,000 residents: the reported figure (value, display) with the population and the per-head value; the places without population last. */
function perCapitaFigures(ranked: ShownRanking, metric: Metric, lang: Lang, t: Translate): SimpleFigure[] {
  const rows = (ranked.perCapita?.rows ?? []).map((r) => ({
    ...figureOf(r, r.perCapita.raw, metric, lang),
    perCapita: { population: r.perCapita.population.population, source: populationSourceText(lang, r.perCapita.population), value: r.value, display: `${formatPerCapita(r, metric.unit, lang)}*` },
  }));
  const missing = (ranked.perCapita?.noPopulation ?? []).map((r) => ({
    ...figureOf(r, r, metric, lang),
    perCapita: { population: null, source: '', value: null, display: t('perCapita.noPopulation') },
  }));
  return [...rows, ...missing];
}

/** The ranked figures that carry caveats, in rank order, named as the chart names them. */
export function rankingCaveats(ranked: MetricRanking, metric: Metric, catalog: Catalog, lang: Lang): CaveatedFigure[] {
  const rows = ranked.rows.filter((r) => r.caveats?.length);
  return caveatedFigures(rows.map((r) => ({ ...r, metric: metric.id, display: '' })), catalog, lang);
}
