/**
 * The profile's figures per 10,000 residents (pc=1), pure: a count or an amount divided by the place's population
 * (its qualifier kept: a lower bound stays a lower bound), a rate, change, duration or index never divided, and a
 * place without population left without per-head values (never 0).
 */
import './register-strings';
import { formatFigure, formatNumber, type FormatInput, type Lang } from '../../model/format';
import { dividesPerCapita, formatPerCapita, perCapitaFigure, type PerCapitaFigure, type Population } from '../../model/per-capita';
import type { Metric } from '../../model/schema';
import { translator } from '../../i18n';
import { populationSourceText, populationText } from '../../ui/per-capita-text';

export type ProfilePerHead =
  | { status: 'divided'; figure: PerCapitaFigure }
  /** a rate, change, duration or index */
  | { status: 'not_divided' }
  | { status: 'no_population' };

/** A figure of the profile per 10,000 residents, or why there is none. */
export function profilePerHead(f: FormatInput, metric: Pick<Metric, 'kind'>, population: Population | null): ProfilePerHead {
  if (!dividesPerCapita(metric.kind)) return { status: 'not_divided' };
  if (!population) return { status: 'no_population' };
  return { status: 'divided', figure: perCapitaFigure(f, population) };
}

/**
 * A figure's three cells: as reported, the population (the number; `populationTitle` with its year and source, as
 * the note above the table gives it once), the figure per 10k (marked *).
 */
export function profileFigureTexts(
  f: FormatInput,
  metric: Pick<Metric, 'unit' | 'kind'>,
  population: Population | null,
  lang: Lang,
): { reported: string; population: string; populationTitle: string; perHead: string } {
  const t = translator(lang);
  const per = profilePerHead(f, metric, population);
  const reported = formatFigure(f, metric, lang);
  if (per.status === 'not_divided') return { reported, population: '—', populationTitle: '', perHead: t('profile.notDivided') };
  if (per.status === 'no_population') return { reported, population: '—', populationTitle: '', perHead: t('perCapita.noPopulation') };
  const p = per.figure.population;
  return {
    reported,
    population: formatNumber(p.population, lang),
    populationTitle: `${populationText(p, lang)} · ${populationSourceText(lang, p)}`,
    perHead: `${formatPerCapita(per.figure, metric.unit, lang)}*`,
  };
}

/** The note above the profile's figures: what per 10k means, and the place's population and its source (or none). */
export function profilePerCapitaNote(population: Population | null, lang: Lang): string {
  const t = translator(lang);
  const gap = lang === 'zh' ? '' : ' ';
  if (!population) return `${t('perCapita.note')}${gap}${t('profile.noPopulation')}`;
  return `${t('perCapita.note')}${gap}${populationText(population, lang)} · ${populationSourceText(lang, population)}`;
}
