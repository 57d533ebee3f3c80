/**
 * The state of the add-report view: the extraction under review, its rows and the save. Extraction waits for the
 * indicator catalogue (fetched when the view opens) and the remembered wordings; saving stores the dataset with
 * the wordings the review taught.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Catalog } from '../../model/catalog';
import type { Script } from '../../model/schema';
import type { Translate } from '../../i18n';
import { extractDraft, matchTextOf, type Draft, type Extraction } from './extraction';
import type { ReviewRow } from './review';
import { reportDataset, saveReport } from './save-report';
import { wordingsToRemember } from './wording-match';
import { indicatorsQuery } from './reads/indicators';
import { wordingsQuery } from './reads/wordings';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; n: number; jurisdiction: string }
  | { kind: 'exists'; id: string }
  | { kind: 'error'; message: string };

export function useAddReport(catalog: Catalog, t: Translate) {
  const client = useQueryClient();
  const [extraction, setExtraction] = useState<Extraction | null>(null);
  const [rows, setRows] = useState<ReviewRow[]>([]);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [catalogueProblem, setCatalogueProblem] = useState<string | null>(null);

  const start = async (draft: Draft, script: Script, textSimplified: string | undefined) => {
    const [catalogue, remembered] = await Promise.all([
      client.fetchQuery(indicatorsQuery()).catch((e: unknown) => (e instanceof Error ? e.message : String(e))),
      client.fetchQuery(wordingsQuery()).catch(() => []),
    ]);
    setCatalogueProblem(typeof catalogue === 'string' ? catalogue : null);
    const indicators = typeof catalogue === 'string' ? [] : catalogue.indicators;
    const next = extractDraft(draft, script, textSimplified, { catalog, indicators, remembered });
    setExtraction(next.extraction);
    setRows(next.rows);
    setSave({ kind: 'idle' });
  };

  const cancel = () => {
    setExtraction(null);
    setRows([]);
    setSave({ kind: 'idle' });
  };

  const store = async (replace: boolean) => {
    if (!extraction) return;
    const ds = reportDataset(extraction, rows, catalog);
    setSave({ kind: 'saving' });
    const r = await saveReport(ds, replace, client, wordingsToRemember(rows, matchTextOf(extraction)));
    if (r.kind === 'saved') {
      setSave({ kind: 'saved', n: r.n, jurisdiction: extraction.jurisdiction.id });
      setExtraction(null);
      setRows([]);
    } else if (r.kind === 'invalid') setSave({ kind: 'error', message: t('add.invalid', { message: r.issues }) });
    else setSave(r);
  };

  return { extraction, rows, setRows, save, catalogueProblem, start, cancel, store };
}
