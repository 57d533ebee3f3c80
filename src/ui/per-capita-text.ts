/** The words of figures per 10,000 residents, in one language: the source line, a population, the table cells. */
import type { Cell } from '../model/compare';
import { formatFigure, formatNumber, type Lang } from '../model/format';
import { formatPerCapita, type Population } from '../model/per-capita';
import type { Metric } from '../model/schema';
import { translator } from '../i18n';

/** 人口:2020年第七次全国人口普查 */
export const populationSourceText = (lang: Lang, year = 2020): string => translator(lang)('perCapita.source', { year });

/** 常住人口 169.74万(2020年普查) */
export const populationText = (p: Population, lang: Lang): string =>
  translator(lang)('perCapita.population', { n: formatNumber(p.population, lang), year: p.year });

/** A cell of a divided panel as three table cells: the figure reported, the population, the figure per 10k. */
export function perCapitaCells(cell: Cell, metric: Pick<Metric, 'unit' | 'kind'>, lang: Lang): { reported: string; population: string; perHead: string } {
  const t = translator(lang);
  if (cell.status === 'not_reported') return { reported: t('compare.notReported'), population: '—', perHead: '—' };
  if (cell.status === 'no_population') return { reported: formatFigure(cell.raw, metric, lang), population: '—', perHead: t('perCapita.noPopulation') };
  const per = cell.perCapita;
  if (!per) return { reported: formatFigure(cell, metric, lang), population: '—', perHead: '—' };
  return {
    reported: formatFigure(per.raw, metric, lang),
    population: per.population.population.toLocaleString('en-US'),
    perHead: `${formatPerCapita(per, metric.unit, lang)}*`,
  };
}
