/** The review of extracted candidates: pure state helpers (accept, reject, edit) and the dataset to save. */
import type { Candidate, ExtractResult } from '../../extract/types';
import { toDataset, type ExtractedDatasetInput } from '../../extract/to-dataset';
import type { Category, DatasetInput } from '../../model/schema';

export interface ReviewRow {
  key: string;
  candidate: Candidate;
  accepted: boolean;
  value: number;
  metric: string;
  category: Category;
  period: number;
}

/** Candidates the extractor is fairly sure of start accepted; the rest start rejected. */
export function initialRows(candidates: readonly Candidate[], threshold = 0.5): ReviewRow[] {
  return candidates.map((c, i) => ({
    key: `${i}-${c.offset}`,
    candidate: c,
    accepted: c.confidence >= threshold,
    value: c.value,
    metric: c.metric,
    category: c.category,
    period: c.period,
  }));
}

/** What the person can change on a row. */
export type RowPatch = Partial<Omit<ReviewRow, 'key' | 'candidate'>>;

export function updateRow(rows: readonly ReviewRow[], key: string, patch: RowPatch): ReviewRow[] {
  return rows.map((r) => (r.key === key ? { ...r, ...patch } : r));
}

export const isEdited = (r: ReviewRow): boolean =>
  r.value !== r.candidate.value || r.metric !== r.candidate.metric || r.category !== r.candidate.category || r.period !== r.candidate.period;

/** The accepted candidates with the user's edits applied. */
export function acceptedCandidates(rows: readonly ReviewRow[]): Candidate[] {
  return rows
    .filter((r) => r.accepted && Number.isFinite(r.value))
    .map((r) => ({ ...r.candidate, value: r.value, metric: r.metric, category: r.category, period: r.period }));
}

/** The user dataset: only what was accepted, each observation noting that a person reviewed it. */
export function reviewedDataset(
  base: Omit<ExtractedDatasetInput, 'result'>,
  rows: readonly ReviewRow[],
  result: ExtractResult,
  reviewedOn: string,
): DatasetInput {
  const accepted = acceptedCandidates(rows);
  const ds = toDataset({ ...base, result: { ...result, observations: accepted } });
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
