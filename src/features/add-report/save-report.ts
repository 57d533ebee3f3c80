/**
 * Saving a reviewed report: the dataset it becomes, stored by the import worker like any imported file; every read
 * of the store then refreshes.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Catalog } from '../../model/catalog';
import type { DatasetInput } from '../../model/schema';
import { runInWorker } from '../../store/worker-client';
import type { ImportResult } from '../../store/worker-protocol';
import { storeKeys } from '../../reads/keys';
import { remindBackupAfterSave } from '../../ui/state/storage-notices';
import type { Extraction } from './extraction';
import { reviewedDataset, type ReviewRow } from './review';
import type { LearnedWording } from './wording-match';

/** The dataset of one reviewed report: the accepted rows, reviewed today. */
export function reportDataset(extraction: Extraction, rows: readonly ReviewRow[], catalog: Catalog): DatasetInput {
  const { draft, jurisdiction, script, textSimplified, result, reportId, indicators } = extraction;
  return reviewedDataset(
    {
      jurisdiction,
      period: draft.year,
      title: draft.title || `${draft.name}${draft.year}年法治政府建设报告`,
      source: draft.source,
      script,
      text: draft.text,
      ...(textSimplified ? { textSimplified } : {}),
      ...(draft.file ? { file: draft.file } : {}),
      ...(draft.published ? { published: draft.published } : {}),
      indicators,
      practices: catalog.practices,
      reportId,
    },
    rows,
    result,
    new Date().toISOString().slice(0, 10),
  );
}

export type SaveOutcome =
  | { kind: 'saved'; n: number }
  | { kind: 'exists'; id: string }
  /** the first problems, one line */
  | { kind: 'invalid'; issues: string }
  | { kind: 'error'; message: string };

/**
 * Stores `ds` (replacing a dataset of the same id when `replace`) with the wordings its review taught, in one
 * transaction, then refreshes the store's reads. Never throws.
 */
export async function saveReport(ds: DatasetInput, replace: boolean, client: QueryClient, wordings: readonly LearnedWording[] = []): Promise<SaveOutcome> {
  const file = new File([JSON.stringify(ds)], `${ds.id}.json`, { type: 'application/json' });
  try {
    const r = await runInWorker<ImportResult>({ type: 'json', file, replace, ...(wordings.length ? { wordings: [...wordings] } : {}) });
    if (r.ok) {
      await client.invalidateQueries({ queryKey: storeKeys.all });
      void remindBackupAfterSave();
      return { kind: 'saved', n: r.value.observations };
    }
    if (r.errors.kind === 'exists') return { kind: 'exists', id: r.errors.id };
    if (r.errors.kind === 'invalid') return { kind: 'invalid', issues: r.errors.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    return { kind: 'error', message: r.errors.message };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}
