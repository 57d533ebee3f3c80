/**
 * Figures per 10,000 residents (每万人), pure: value ÷ population × 10,000, for counts and amounts only (a rate, a
 * change, a duration or an index is never divided). The qualifier travels: a lower bound stays a lower bound, an
 * approximation approximate, a range divides both ends. Full precision is kept; `formatPerCapita` rounds for display.
 * The population is the dataset's own when it gives one, else the gazetteer's census figure of the place's code; a
 * place with neither has no population: no per-head value (never 0).
 */
import type { Cell, Panel } from './compare';
import { formatNumber, QUALIFIER_MARK, type FormatInput, type Lang } from './format';
import type { Jurisdiction, Metric } from './schema';
import type { PerCapitaFigure, Population } from './per-capita-types';

export type { PerCapitaFigure, Population } from './per-capita-types';

export const PER_CAPITA_BASE = 10_000;

/** What the gazetteer says about a code (src/model/gazetteer.ts `Place` fits). */
export interface PopulationSource {
  byCode(code: string): { population: number; populationYear: number; populationSource: 'census-2020' } | undefined;
}

/** Per-head values exist for counts and amounts; rates, changes, durations and indexes stay as they are. */
export const dividesPerCapita = (kind: Metric['kind']): boolean => kind === 'count' || kind === 'amount';

/**
 * The jurisdiction's population: the one its dataset gives (with that year and source), else the gazetteer's by its
 * GB/T 2260 code; null without either (no code, an unknown code, no residents).
 */
export function populationOf(j: (Pick<Jurisdiction, 'code'> & Partial<Pick<Jurisdiction, 'population'>>) | undefined, places: PopulationSource): Population | null {
  const own = j?.population;
  if (own && own.value > 0) return { population: own.value, year: own.year, source: 'dataset', sourceText: own.source };
  const place = j?.code ? places.byCode(j.code) : undefined;
  if (!place || !(place.population > 0)) return null;
  return { population: place.population, year: place.populationYear, source: place.populationSource };
}

/** Every jurisdiction's population (null where none). */
export function populationsOf(jurisdictions: Iterable<Jurisdiction>, places: PopulationSource): Map<string, Population | null> {
  const out = new Map<string, Population | null>();
  for (const j of jurisdictions) out.set(j.id, populationOf(j, places));
  return out;
}

/** The figure per 10,000 residents, with the same qualifier. */
export function perCapitaFigure(f: FormatInput, population: Population): PerCapitaFigure {
  const per = (v: number) => (v * PER_CAPITA_BASE) / population.population;
  const raw: FormatInput = { value: f.value, qualifier: f.qualifier, valueMax: f.valueMax };
  const out: PerCapitaFigure = { value: per(f.value), qualifier: f.qualifier, derived: 'per_capita', population, raw };
  if (f.valueMax !== undefined) out.valueMax = per(f.valueMax);
  return out;
}

/** 件 → 件/万人; cases → cases per 10k (the switch and the notes say "per 10k residents"). */
export function perCapitaUnit(unit: Metric['unit']): Metric['unit'] {
  return { zh: `${unit.zh}/万人`, en: `${unit.en} per 10k` };
}

/** A per-head number for display: three significant digits under 100 (0.465), whole numbers from 100 up. */
export function roundPerCapita(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  const a = Math.abs(v);
  if (a >= 100) return Math.round(v);
  const digits = Math.max(0, 2 - Math.floor(Math.log10(a)));
  return Number(v.toFixed(Math.min(digits, 10)));
}

function perCapitaNumber(v: number, lang: Lang): string {
  const r = roundPerCapita(v);
  if (Math.abs(r) >= 100) return formatNumber(r, lang);
  return (r < 0 ? '−' : '') + String(Math.abs(r));
}

/** "≥0.465", "0.1–0.2", with the unit when asked: "0.465件/万人", "0.465 cases per 10k residents". */
export function formatPerCapita(f: FormatInput, unit: Metric['unit'], lang: Lang, withUnit = true): string {
  const body = f.qualifier === 'range' && f.valueMax !== undefined
    ? `${perCapitaNumber(f.value, lang)}–${perCapitaNumber(f.valueMax, lang)}`
    : perCapitaNumber(f.value, lang);
  const text = QUALIFIER_MARK[f.qualifier] + body;
  if (!withUnit) return text;
  const u = perCapitaUnit(unit);
  return lang === 'zh' ? `${text}${u.zh}` : `${text} ${u.en}`;
}

/**
 * The panel per 10,000 residents when every metric in it is a count or an amount (else the panel as it is, with
 * `perCapita.divided` false): reported cells become per-head figures (marked derived), cells of a place without
 * population become `no_population`; "not reported" stays.
 */
export function perCapitaPanel(panel: Panel, populations: ReadonlyMap<string, Population | null>): Panel {
  const pops = panel.jurisdictions.map((j) => populations.get(j) ?? null);
  if (!panel.metrics.every((m) => dividesPerCapita(m.kind))) return { ...panel, perCapita: { divided: false, populations: pops } };
  const cells = panel.cells.map((row) =>
    row.map((c, ji): Cell => {
      if (c.status !== 'reported') return c;
      const pop = pops[ji];
      if (!pop) return { status: 'no_population', period: c.period, raw: c };
      const f = perCapitaFigure(c, pop);
      return { ...c, value: f.value, valueMax: f.valueMax, derived: true, perCapita: f };
    }),
  );
  return { ...panel, unit: perCapitaUnit(panel.unit), cells, perCapita: { divided: true, populations: pops } };
}
