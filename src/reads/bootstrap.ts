/** The bundled dataset, brought into the store by the import worker before anything reads the store. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { runInWorker } from '../store/worker-client';
import type { BundledResult } from '../store/worker-protocol';
import { bootstrapKey } from './keys';

export const fetchBootstrap = (): Promise<BundledResult> => runInWorker<BundledResult>({ type: 'bundled', baseUrl: document.baseURI });
export const bootstrapQuery = () => queryOptions({ queryKey: bootstrapKey, queryFn: fetchBootstrap, staleTime: Infinity, retry: 0 });
export const useBootstrap = () => useQuery(bootstrapQuery());
