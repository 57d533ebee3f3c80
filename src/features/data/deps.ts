/** The real dependencies of the data actions: the import worker, the query cache, downloads, the store. */
import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { getDb } from '../../db/db';
import { deleteDataset } from '../../db/store';
import { runInWorker } from '../../db/worker-client';
import { storeKeys } from '../../queries/store-queries';
import { currentUrlState } from '../../app/url';
import type { DataDeps } from './actions';

/** Saves a blob as a file (an object URL on a temporary link; revoked a minute later). */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function useDataDeps(): DataDeps {
  const qc = useQueryClient();
  return useMemo<DataDeps>(
    () => ({
      run: runInWorker,
      invalidate: () => qc.invalidateQueries({ queryKey: storeKeys.all }),
      download: downloadBlob,
      remove: (id) => deleteDataset(getDb(), id),
      lang: () => currentUrlState().lang,
    }),
    [qc],
  );
}
