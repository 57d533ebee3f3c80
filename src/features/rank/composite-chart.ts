/** The composite's chart option and export entry, from its result and the metrics it combines. Pure. */
import './register-strings';
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
import type { Population } from '../../model/per-capita';
import { populationSourcesText } from '../../ui/per-capita-text';
import type { CompositePerCapita } from './composite-input';
import { standingLine, type PeerOfRanking } from './peer-ranking';
import { compositeWarnings, insufficientNote } from './composite-guards';

/** 第一梯队 / "Tier 1". */
export const tierLabel = (n: 1 | 2 | 3, lang: Lang, t: Translate): string =>
  t('composite.tier', { n: lang === 'zh' ? ['一', '二', '三'][n - 1]! : n });

/** The names of the combined metrics, as the chart's subtitle and the export's description. */
const metricNames = (catalog: Catalog, ids: readonly string[], lang: Lang) => ids.map((id) => pickLang(catalog.metricById.get(id)!.name, lang));

/** The names of the combined metrics, those divided by population marked "(每万人)". */
function shownMetricNames({ result, catalog, ids, lang, t }: Pick<CompositeShown, 'result' | 'catalog' | 'ids' | 'lang' | 't'>): string[] {
  const divided = new Set(result.perCapita?.divided ?? []);
  return metricNames(catalog, ids, lang).map((name, i) => (divided.has(ids[i]!) ? t('perCapita.composite.metric', { name }) : name));
}

/** Where the populations come from: "人口:2020年第七次全国人口普查", each source once, joined. */
export const populationSources = (sources: readonly Population[], lang: Lang): string => populationSourcesText(lang, sources);

/**
 * What the composite says about its counts: which were divided per 10,000 residents, by whose population, and the
 * places left without population (missing there); empty when nothing was divided.
 */
export function compositePerCapitaNotes({ result, catalog, lang, t }: Pick<CompositeShown, 'result' | 'catalog' | 'lang' | 't'>, limit = 30): string[] {
  const per = result.perCapita;
  if (!per) return [];
  const sep = lang === 'zh' ? '、' : ', ';
  const lines = [`${t('perCapita.composite.note', { metrics: metricNames(catalog, per.divided, lang).join(sep) })}${lang === 'zh' ? '' : ' '}${populationSources(per.sources, lang)}`];
  if (per.noPopulation.length) {
    const names = per.noPopulation.slice(0, limit).map((j) => shortName(catalog, j, lang)).join(sep) + (per.noPopulation.length > limit ? '…' : '');
    lines.push(t('perCapita.composite.noPopulation', { n: per.noPopulation.length, names }));
  }
  return lines;
}

/** What the composite chart shows: the result, the metrics it combines, and how it is labelled. */
export interface CompositeShown {
  /**
   * with, by jurisdiction, the caveated figures its score is built from (none when absent), and how its counts were
   * divided by population (absent: not divided)
   */
  result: CompositeResult & {
    inputCaveats?: ReadonlyMap<string, readonly InputCaveats[]>;
    perCapita?: CompositePerCapita | undefined;
    /** the years of the figures behind the scores, and how many metrics were combined (absent: not said) */
    years?: readonly number[];
    metrics?: number;
    /** the band is still being computed (each row's band is its rank alone until it is) */
    bandPending?: true;
  };
  catalog: Catalog;
  ids: readonly string[];
  tiers: boolean;
  lang: Lang;
  t: Translate;
  /** a peer group: the composite of its members alone, read for the focus place */
  peer?: Pick<PeerOfRanking, 'describe' | 'focus'> | undefined;
  /** the minimum coverage (percent) places were ranked with: the export lists those under it (absent: not said) */
  minCoverage?: number | undefined;
}

/** "武进:第 2 / 3 名,江苏省 区县" when the composite is of a peer group; null otherwise. */
export const compositePeerLine = ({ result, catalog, lang, peer }: Pick<CompositeShown, 'result' | 'catalog' | 'lang' | 'peer'>): string | null =>
  peer ? standingLine(result.rows, peer, catalog, lang, 'peer.notScored') : null;

/** Each caveat of the figures behind a jurisdiction's score: "调解数: 累计(自2019年): …" (none: empty). */
export function scoreCaveatLines({ result, catalog, lang }: Pick<CompositeShown, 'result' | 'catalog' | 'lang'>, jurisdiction: string): string[] {
  const inputs = result.inputCaveats?.get(jurisdiction);
  if (!inputs) return [];
  return inputCaveatLines(inputs, lang, caveatKindLabel(lang), (id) => pickLang(catalog.metricById.get(id)?.name ?? { zh: id, en: id }, lang));
}

export function compositeChartOption(shown: CompositeShown, footer?: string): EChartsCoreOption {
  const { result, catalog, tiers, lang, t } = shown;
  const per = result.perCapita;
  return buildCompositeOption(result.rows, {
    title: t('composite.title'),
    // the population's source on a line of its own (one line ran past the chart's edge at 390 px); which metrics
    // were divided the notes say (marking each name made the line of names longer still)
    subtitle: [
      metricNames(catalog, shown.ids, lang).join(' · '),
      compositePeerLine(shown),
      per ? `${t('perCapita.composite.subtitle')} · ${populationSources(per.sources, lang)}` : null,
    ].filter((x) => x !== null).join('\n'),
    focus: shown.peer?.focus,
    name: (j) => shortName(catalog, j, lang),
    score: t('composite.score'),
    band: t('composite.band'),
    ...(result.bandPending ? { bandPending: t('composite.bandPending') } : {}),
    tier: (n) => tierLabel(n, lang, t),
    tiers,
    caveats: (j) => scoreCaveatLines(shown, j),
    footer,
  });
}

/** Null when nothing is ranked. */
export function compositeEntry(shown: CompositeShown): ExportEntry | null {
  const { result, catalog, ids, lang, t } = shown;
  // exported with its band only: none is offered for the moment it is computed
  if (!result.rows.length || result.bandPending) return null;
  const per = result.perCapita;
  return simpleEntry({
    id: 'composite',
    order: 1,
    title: t('composite.title'),
    description: shownMetricNames(shown).join(' · '),
    filenameParts: [t('composite.title'), ...metricNames(catalog, ids.slice(0, 4), lang)],
    buildOption: (ctx) => compositeChartOption(shown, ctx.footer),
    periods: [],
    extraNotes: [compositePeerLine(shown), ...compositePerCapitaNotes(shown), ...guardNotes(shown)].filter((x) => x !== null),
    figures: () =>
      result.rows.map((r) => ({
        jurisdiction: r.jurisdiction,
        metric: 'composite',
        value: r.score,
        display: `${r.score} (#${r.rank}, ${r.bandMin}–${r.bandMax}, ${Math.round(r.coverage * 100)}%)`,
        period: null,
        inputCaveats: result.inputCaveats?.get(r.jurisdiction),
        ...(per ? { perCapita: scorePopulation(per, r.jurisdiction, lang, t) } : {}),
      })),
    catalog,
    lang,
  });
}

/** The export's notes on coverage and years: low coverage, mixed years, the places with too little data. */
function guardNotes(shown: CompositeShown): (string | null)[] {
  const { result, catalog, lang, t, minCoverage } = shown;
  const g = { result, catalog, lang, t, minCoverage: minCoverage ?? 0, missing: 'partial' as const, metrics: result.metrics ?? shown.ids.length };
  return [...compositeWarnings(g), minCoverage === undefined ? null : insufficientNote(g)];
}

/** A score's population in the export's columns: the place's population and its source, or 无人口数据 (no per-head value: a score is none). */
function scorePopulation(per: CompositePerCapita, jurisdiction: string, lang: Lang, t: Translate) {
  const p = per.populations.get(jurisdiction);
  return p
    ? { population: p.population, source: populationSources([p], lang), value: null, display: t('perCapita.composite.subtitle') }
    : { population: null, source: '', value: null, display: t('perCapita.noPopulation') };
}

/** The caveated figures behind the ranked scores, in rank order, each under its place and metric (the chart's notes). */
export function compositeCaveatFigures({ result, catalog, lang }: Pick<CompositeShown, 'result' | 'catalog' | 'lang'>): CaveatedFigure[] {
  const caveats = result.inputCaveats;
  if (!caveats?.size) return [];
  const rows = result.rows.filter((r) => caveats.has(r.jurisdiction));
  return caveatedFigures(rows.map((r) => ({ jurisdiction: r.jurisdiction, metric: 'composite', value: r.score, display: '', period: null, inputCaveats: caveats.get(r.jurisdiction) })), catalog, lang);
}
