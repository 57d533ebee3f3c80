/** The words of figures per 10,000 residents, in one language: the source line, a population, the table cells. */
import type { Cell } from '../model/compare';
import { formatFigure, formatNumber, type Lang } from '../model/format';
import { formatPerCapita, type Population } from '../model/per-capita';
import type { Metric } from '../model/schema';
import { translator } from '../i18n';

const CENSUS_YEAR = 2020;

/**
 * Where a population comes from: 人口:2020年第七次全国人口普查 for the census; 数据文件给出的人口:某市统计局(2023年)
 * for a dataset's own figure. Given only a year, the census for 2020 and a plain "figures of <year>" otherwise
 * (no other year is the census's): pass the Population to name a dataset's source.
 */
export function populationSourceText(lang: Lang, of: number | Population = CENSUS_YEAR): string {
  const t = translator(lang);
  if (typeof of === 'number') return of === CENSUS_YEAR ? t('perCapita.source', { year: of }) : t('perCapita.sourceYear', { year: of });
  if (of.source === 'dataset') {
    const source = of.sourceText ? (lang === 'zh' ? of.sourceText.zh : of.sourceText.en) : '';
    return source ? t('perCapita.sourceDataset', { source, year: of.year }) : t('perCapita.sourceYear', { year: of.year });
  }
  return t('perCapita.source', { year: of.year });
}

/** The sources of the populations shown, each once, joined (the census when there is none). */
export function populationSourcesText(lang: Lang, populations: Iterable<Population | null | undefined>): string {
  const texts = new Set<string>();
  for (const p of populations) if (p) texts.add(populationSourceText(lang, p));
  if (texts.size === 0) return populationSourceText(lang);
  return [...texts].join(lang === 'zh' ? ';' : '; ');
}

/** 常住人口 169.74万(2020年普查); a dataset's own: 常住人口 12.3万(2023年,某市统计局) */
export const populationText = (p: Population, lang: Lang): string => {
  const t = translator(lang);
  const n = formatNumber(p.population, lang);
  if (p.source === 'dataset' && p.sourceText) return t('perCapita.populationDataset', { n, year: p.year, source: lang === 'zh' ? p.sourceText.zh : p.sourceText.en });
  return t('perCapita.population', { n, year: p.year });
};

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
