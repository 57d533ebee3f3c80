/**
 * What an exported chart must say about its own marks and years, decided from the rows behind it: the key of the
 * symbols it actually uses (≥ lower bound, * derived, † not like-for-like, 未报告 is not zero) and a warning when its
 * figures come from more than one year. Pure: the words are passed in (src/i18n/parts/exportui.ts).
 */
import type { ExportRow } from './rows';

export type KeySymbol = 'atLeast' | 'atMost' | 'derived' | 'caveat' | 'notReported';
/** The order the key lists the symbols in. */
export const KEY_SYMBOLS: readonly KeySymbol[] = ['atLeast', 'atMost', 'derived', 'caveat', 'notReported'];

type KeyRow = Pick<ExportRow, 'value' | 'qualifier' | 'derived' | 'caveats' | 'display' | 'period'> & Partial<Pick<ExportRow, 'jurisdictionId' | 'metricId'>>;

/** A row that stands for a figure the chart draws (not a gap). */
const reported = (r: KeyRow) => r.value !== null;

/** The symbols the rows' figures carry, in key order. */
export function symbolsUsed(rows: readonly KeyRow[]): KeySymbol[] {
  const used = new Set<KeySymbol>();
  for (const r of rows) {
    if (!reported(r)) {
      used.add('notReported');
      continue;
    }
    if (r.qualifier === 'at_least') used.add('atLeast');
    if (r.qualifier === 'at_most') used.add('atMost');
    if (r.derived !== '') used.add('derived');
    if (r.caveats !== '' || r.display.includes('†')) used.add('caveat');
  }
  return KEY_SYMBOLS.filter((s) => used.has(s));
}

/** "≥ 下限(“余/超/以上”) · * 推算 · † 口径不一致 · 未报告 ≠ 0": only the symbols used; empty when none is. */
export function symbolKey(rows: readonly KeyRow[], words: Record<KeySymbol, string>, separator = ' · '): string {
  return symbolsUsed(rows).map((s) => words[s]).join(separator);
}

/** The distinct years of the figures drawn, in order. */
export function figureYears(rows: readonly KeyRow[]): number[] {
  const years = new Set<number>();
  for (const r of rows) if (reported(r) && r.period !== null && Number.isFinite(r.period)) years.add(r.period);
  return [...years].sort((a, b) => a - b);
}

/**
 * The years when figures set side by side come from more than one, else null. One place's one metric over the years
 * (a time series) is not a mix: its years are what the chart shows.
 */
export function mixedYears(rows: readonly KeyRow[]): number[] | null {
  const years = figureYears(rows);
  if (years.length < 2) return null;
  const series = new Set(rows.filter(reported).map((r) => `${r.jurisdictionId ?? ''}|${r.metricId ?? ''}`));
  const oneSeries = series.size === 1 && !series.has('|');
  return oneSeries ? null : years;
}
