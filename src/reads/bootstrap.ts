/** The bundled dataset, brought into the store by the import worker before anything reads the store. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BundledResult } from '../store/worker-protocol';
import { takeBootstrap } from './bootstrap-start';
import { bootstrapKey } from './keys';

/** The run the page's first script started (src/app/boot-entry.ts), or a new one. */
export const fetchBootstrap = (): Promise<BundledResult> => takeBootstrap();
export const bootstrapQuery = () => queryOptions({ queryKey: bootstrapKey, queryFn: fetchBootstrap, staleTime: Infinity, retry: 0 });
export const useBootstrap = () => useQuery(bootstrapQuery());
