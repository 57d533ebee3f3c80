/**
 * What the composite says about itself before anyone reads its scores: the places with too little data (under
 * the minimum coverage, listed apart), a warning when ranked places rest on few of the chosen metrics, mixed years,
 * and, when nothing is ranked, why. Pure.
 */
import './register-strings';
import type { Catalog } from '../../model/catalog';
import type { Lang } from '../../model/format';
import type { CompositeResult, InsufficientRow } from '../../model/composite';
import type { MissingPolicy } from '../../model/constants';
import { shortName, type Translate } from '../../i18n';
import { LOW_COVERAGE } from './composite-input';

/** The minimum coverages the control offers (percent of the chosen metrics' total weight). */
export const MIN_COVERAGES = [0, 33, 50, 66, 100] as const;

export interface GuardInput {
  result: CompositeResult & { years?: readonly number[]; metrics?: number };
  catalog: Catalog;
  lang: Lang;
  t: Translate;
  /** percent */
  minCoverage: number;
  missing: MissingPolicy;
  /** the number of metrics combined */
  metrics: number;
}

const pct = (coverage: number) => `${Math.round(coverage * 100)}%`;
const sep = (lang: Lang) => (lang === 'zh' ? '、' : ', ');

/** "1/4 指标". */
export const coverageOf = (reported: number, metrics: number, t: Translate): string => t('composite.of', { k: reported, n: metrics });

/** 不限 / 三分之一 / 一半 / 三分之二 / 全部, or "40%" for a value the URL set to something else. */
export const minCoverageLabel = (mc: number, t: Translate): string =>
  (MIN_COVERAGES as readonly number[]).includes(mc) ? t(`composite.mc.${mc as (typeof MIN_COVERAGES)[number]}`) : t('composite.mc.other', { n: mc });

/** "数据不足(覆盖率低于 50%),未参与排名:南通(1/4 指标)、武进(1/4 指标)"; null when every place is ranked. */
export function insufficientNote({ result, catalog, lang, t, minCoverage, metrics }: GuardInput, limit = 30): string | null {
  const rows = result.insufficient ?? [];
  if (!rows.length) return null;
  const names = rows
    .slice(0, limit)
    .map((r) => t('composite.insufficientItem', { name: shortName(catalog, r.jurisdiction, lang), of: coverageOf(r.reported, metrics, t) }))
    .join(sep(lang));
  return t('composite.insufficientNote', { min: minCoverage, names: names + (rows.length > limit ? '…' : '') });
}

/** The warnings above the chart: ranked places under two thirds coverage, figures of more than one year. */
export function compositeWarnings({ result, t, lang, metrics }: GuardInput): string[] {
  const out: string[] = [];
  const low = result.rows.filter((r) => r.coverage < LOW_COVERAGE - 1e-9);
  if (low.length) {
    const lowest = low.reduce((a, b) => (b.coverage < a.coverage ? b : a));
    out.push(t('composite.lowCoverage', { count: low.length, lowest: pct(lowest.coverage), of: coverageOf(lowest.reported, metrics, t) }));
  }
  const years = result.years ?? [];
  if (years.length > 1) out.push(t('composite.mixed', { years: years.join(sep(lang)) }));
  return out;
}

/** Why nothing is ranked (null when something is). */
export function emptyReason({ result, catalog, lang, t, minCoverage, missing, metrics }: GuardInput): string | null {
  if (result.rows.length) return null;
  const best: InsufficientRow | undefined = result.insufficient?.[0];
  if (missing === 'exclude') return t('composite.emptyExclude', { n: metrics });
  if (best) return t('composite.emptyCoverage', { min: minCoverage, name: shortName(catalog, best.jurisdiction, lang), best: pct(best.coverage), of: coverageOf(best.reported, metrics, t) });
  return t('composite.emptyNone');
}
