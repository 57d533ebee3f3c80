/** The real dependencies of the data actions: the import worker, the query cache, downloads, the store. */
import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { removeDataset } from '../../store/remove-dataset';
import { runInWorker } from '../../store/worker-client';
import { storeKeys } from '../../reads/keys';
import { currentUrlState } from '../../ui/url/url-store';
import { downloadBlob } from '../../ui/download';
import type { DataDeps } from './actions';

export function useDataDeps(): DataDeps {
  const qc = useQueryClient();
  return useMemo<DataDeps>(
    () => ({
      run: runInWorker,
      invalidate: () => qc.invalidateQueries({ queryKey: storeKeys.all }),
      download: downloadBlob,
      remove: removeDataset,
      lang: () => currentUrlState().lang,
    }),
    [qc],
  );
}
