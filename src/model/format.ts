/**
 * Numbers the way each language reads them: zh 1.5万 / 2.9亿元 / 1.2万亿, en 15,000 / ¥290 million / 1.2 trillion.
 * Never in exponent notation, however large or small (1e308 is written out in trillions; 1e-7 is 0).
 * Qualifiers are always shown: ≥ (lower bound), ≤, ≈, ranges with an en dash.
 */
import type { Metric, Qualifier } from './schema';

export type Lang = 'zh' | 'en';

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

// The number formats are made when first used, not when the module loads: the first Intl.NumberFormat of a page
// costs its first screen tens of milliseconds, and Chinese figures below 1e21 never need one.
let plain: Intl.NumberFormat | null = null;
let en: Intl.NumberFormat | null = null;
/** Digits without grouping, at most two decimals, never an exponent (toFixed writes one from 1e21 up). */
const PLAIN = () => (plain ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false }));
/** A non-negative number with at most two decimals, trailing zeros dropped. */
const fixed2 = (a: number): string => (a < 1e21 ? trimZeros(a.toFixed(2)) : PLAIN().format(a));

/** 15000 → "1.5万", 290000000 → "2.9亿", 1.2e12 → "1.2万亿", 6068 → "6068", 44.44 → "44.44" */
export function formatZhNumber(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  const sign = v < 0 ? '−' : '';
  if (a >= 1e12) return `${sign}${fixed2(a / 1e12)}万亿`;
  if (a >= 1e8) return `${sign}${fixed2(a / 1e8)}亿`;
  if (a >= 1e4) return `${sign}${fixed2(a / 1e4)}万`;
  return `${sign}${fixed2(a)}`;
}

const EN = () => (en ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }));

/** 15000 → "15,000", 290000000 → "290 million" (only from a million up), 1.2e12 → "1.2 trillion" */
export function formatEnNumber(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  const sign = v < 0 ? '−' : '';
  if (a >= 1e12) return `${sign}${EN().format(a / 1e12)} trillion`;
  if (a >= 1e9) return `${sign}${fixed2(a / 1e9)} billion`;
  if (a >= 1e6) return `${sign}${fixed2(a / 1e6)} million`;
  return sign + EN().format(a);
}

export function formatNumber(v: number, lang: Lang): string {
  return lang === 'zh' ? formatZhNumber(v) : formatEnNumber(v);
}

export const QUALIFIER_MARK: Record<Qualifier, string> = {
  exact: '',
  at_least: '≥',
  at_most: '≤',
  approx: '≈',
  range: '',
};

export interface FormatInput {
  value: number;
  qualifier: Qualifier;
  valueMax?: number | undefined;
}

/** The figure with its qualifier and unit: "≥1.5万件", "≥15,000 cases", "−34.01%", "¥290 million", "5–10项". */
export function formatFigure(f: FormatInput, metric: Pick<Metric, 'unit' | 'kind'>, lang: Lang, withUnit = true): string {
  const money = metric.unit.zh === '元';
  const percent = metric.unit.zh === '%';
  const num = (v: number) => formatNumber(v, lang);
  let body = f.qualifier === 'range' && f.valueMax !== undefined ? `${num(f.value)}–${num(f.valueMax)}` : num(f.value);
  if (metric.kind === 'change' && f.value > 0) body = `+${body}`;
  const mark = QUALIFIER_MARK[f.qualifier];
  if (!withUnit) return mark + body;
  if (percent) return `${mark}${body}%`;
  if (money) return lang === 'zh' ? `${mark}${body}元` : `${mark}¥${body}`;
  const unit = lang === 'zh' ? metric.unit.zh : metric.unit.en;
  return lang === 'zh' ? `${mark}${body}${unit}` : `${mark}${body} ${unit}`;
}
