/**
 * The state of the add-report view around the batch queue: starting a batch (files or a paste) once the indicator
 * catalogue and the remembered wordings are there, cancelling it, saving the queue. Leaving the view stops the batch
 * and empties the queue.
 */
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Catalog } from '../../model/catalog';
import { indicatorsQuery } from './reads/indicators';
import { wordingsQuery } from './reads/wordings';
import { clearBatch, runBatch, saveQueue, type PasteFields } from './batch/batch-run';
import type { SaveState } from './batch/BatchSave';
import type { BatchContext, BatchInput } from './batch/engine';

export function useAddReport(catalog: Catalog) {
  const client = useQueryClient();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [catalogueProblem, setCatalogueProblem] = useState<string | null>(null);
  const [ctx, setCtx] = useState<BatchContext | null>(null);

  // leaving the view leaves nothing behind
  useEffect(() => () => clearBatch(), []);

  const start = async (input: BatchInput, fields?: PasteFields) => {
    const [catalogue, remembered] = await Promise.all([
      client.fetchQuery(indicatorsQuery()).catch((e: unknown) => (e instanceof Error ? e.message : String(e))),
      client.fetchQuery(wordingsQuery()).catch(() => []),
    ]);
    setCatalogueProblem(typeof catalogue === 'string' ? catalogue : null);
    const next: BatchContext = { catalog, indicators: typeof catalogue === 'string' ? [] : catalogue.indicators, remembered };
    setCtx(next);
    setSave({ kind: 'idle' });
    runBatch(input, next, fields);
  };

  const cancel = () => {
    clearBatch();
    setSave({ kind: 'idle' });
  };

  const store = async (replace: string[]) => {
    setSave({ kind: 'saving' });
    setSave(await saveQueue(client, catalog, replace));
  };

  return { save, catalogueProblem, indicators: ctx?.indicators ?? [], start, cancel, store };
}
