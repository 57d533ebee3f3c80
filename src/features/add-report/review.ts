/** The review of extracted candidates: pure state helpers (accept, reject, edit, map) and the dataset to save. */
import type { Candidate, ExtractResult } from '../../extract/types';
import { metricOf, specificId, toDataset, type ExtractedDatasetInput } from '../../extract/to-dataset';
import { unclassifiedIndicatorId, type Indicator } from '../../model/indicators';
import type { Bilingual, Category, DatasetInput, Metric } from '../../model/schema';
import { isUnclassified } from './indicator-search';

/** Where a row's indicator comes from: the extractor's guess, a wording a person mapped before, or this person. */
export type RowSource = 'extractor' | 'remembered' | 'person';

export interface ReviewRow {
  key: string;
  candidate: Candidate;
  accepted: boolean;
  value: number;
  category: Category;
  period: number;
  /** a catalogue indicator, a change of one, `<area>.unclassified`, or a report-specific `<area>.specific_<hash>` */
  indicator: string;
  /** the name of a report-specific figure (when `indicator` is one) */
  specific?: Bilingual;
  source: RowSource;
}

/** Candidates the extractor is fairly sure of start accepted; the rest start rejected. */
export function initialRows(candidates: readonly Candidate[], threshold = 0.5): ReviewRow[] {
  return candidates.map((c, i) => ({
    key: `${i}-${c.offset}`,
    candidate: c,
    accepted: c.confidence >= threshold,
    value: c.value,
    category: c.category,
    period: c.period,
    indicator: c.indicator,
    source: 'extractor',
  }));
}

/** What the person can change on a row directly. */
export type RowPatch = Partial<Pick<ReviewRow, 'accepted' | 'value' | 'period'>>;

export function updateRow(rows: readonly ReviewRow[], key: string, patch: RowPatch): ReviewRow[] {
  return rows.map((r) => (r.key === key ? { ...r, ...patch } : r));
}

/** Another area: the row's indicator, which belongs to the old area, is cleared. */
export function changeArea(rows: readonly ReviewRow[], key: string, category: Category): ReviewRow[] {
  return rows.map((r) => (r.key === key ? { key: r.key, candidate: r.candidate, accepted: r.accepted, value: r.value, period: r.period, category, indicator: unclassifiedIndicatorId(category), source: 'person' } : r));
}

/** A change figure (同比, 个百分点) maps to the change of the indicator chosen, any other figure to the indicator. */
export function idForRow(row: ReviewRow, indicator: Indicator): string {
  if (row.candidate.kind !== 'change' || indicator.kind === 'change') return indicator.id;
  return /百分点/.test(row.candidate.unit) ? `${indicator.id}.change_pp` : `${indicator.id}.change`;
}

/** The person chose an indicator for a row (null: not mapped). */
export function chooseIndicator(rows: readonly ReviewRow[], key: string, indicator: Indicator | null): ReviewRow[] {
  return rows.map((r) => {
    if (r.key !== key) return r;
    const { specific: _, ...rest } = r;
    return indicator
      ? { ...rest, category: indicator.area, indicator: idForRow(r, indicator), source: 'person' }
      : { ...rest, indicator: unclassifiedIndicatorId(r.category), source: 'person' };
  });
}

/** The person named a report-specific figure for a row (English defaults to the Chinese name). */
export function nameSpecific(rows: readonly ReviewRow[], key: string, name: { zh: string; en?: string }): ReviewRow[] {
  const zh = name.zh.trim();
  if (!zh) return [...rows];
  const en = name.en?.trim() || zh;
  return rows.map((r) => (r.key === key ? { ...r, indicator: specificId(r.category, zh), specific: { zh, en }, source: 'person' } : r));
}

const byIds = new WeakMap<readonly Indicator[], Map<string, Indicator>>();

function byIdOf(indicators: readonly Indicator[]): Map<string, Indicator> {
  let m = byIds.get(indicators);
  if (!m) byIds.set(indicators, (m = new Map(indicators.map((i) => [i.id, i]))));
  return m;
}

/**
 * The metric a row is saved as, defined as the dataset will carry it (name, unit, definition): its indicator, the
 * report-specific figure it was named, or the report-specific metric of its area's unmapped figures (`mapped` false).
 */
export function rowMetric(row: ReviewRow, indicators: readonly Indicator[]): { metric: Metric; mapped: boolean } {
  const c = { ...row.candidate, category: row.category, indicator: row.indicator };
  const metric = metricOf(c, byIdOf(indicators), row.specific ? new Map([[row.indicator, row.specific]]) : undefined);
  return { metric, mapped: !isUnclassified(metric.id) };
}

export const isEdited = (r: ReviewRow): boolean =>
  r.source === 'person' || r.value !== r.candidate.value || r.category !== r.candidate.category || r.period !== r.candidate.period;

/** The accepted candidates with the person's edits applied. */
export function acceptedCandidates(rows: readonly ReviewRow[]): Candidate[] {
  return rows
    .filter((r) => r.accepted && Number.isFinite(r.value))
    .map((r) => ({ ...r.candidate, value: r.value, category: r.category, period: r.period, indicator: r.indicator }));
}

/** The names of the report-specific figures the accepted rows use. */
export function specificNames(rows: readonly ReviewRow[]): Map<string, Bilingual> {
  const out = new Map<string, Bilingual>();
  for (const r of rows) if (r.accepted && r.specific && !out.has(r.indicator)) out.set(r.indicator, r.specific);
  return out;
}

/** The user dataset: only what was accepted, each observation noting that a person reviewed it. */
export function reviewedDataset(
  base: Omit<ExtractedDatasetInput, 'result' | 'named'>,
  rows: readonly ReviewRow[],
  result: ExtractResult,
  reviewedOn: string,
): DatasetInput {
  const ds = toDataset({ ...base, named: specificNames(rows), result: { ...result, observations: acceptedCandidates(rows) } });
  const editedKeys = new Set(rows.filter((r) => r.accepted && isEdited(r)).map((r) => `${r.candidate.offset}:${r.candidate.figure}`));
  for (const o of ds.observations) {
    const edited = editedKeys.has(`${o.offset}:${o.figure}`);
    o.note = edited
      ? { zh: `自动提取,${reviewedOn} 经人工核对并修改。`, en: `Extracted automatically; reviewed and edited on ${reviewedOn}.` }
      : { zh: `自动提取,${reviewedOn} 经人工核对。`, en: `Extracted automatically; reviewed on ${reviewedOn}.` };
  }
  ds.title = { zh: `${base.title}(用户添加)`, en: `${base.jurisdiction.name.en} ${base.period} (added by user)` };
  return ds;
}
