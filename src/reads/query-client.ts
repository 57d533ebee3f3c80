import { QueryClient } from '@tanstack/react-query';

/** Local IndexedDB reads must never pause offline (networkMode 'always', PITFALLS 24). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', staleTime: Infinity, gcTime: 5 * 60_000, retry: 1, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always' },
    },
  });
}
