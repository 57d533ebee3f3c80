import { QueryClient } from '@tanstack/react-query';

/**
 * Local IndexedDB reads must not pause while the browser is offline: networkMode 'always' (TanStack Query's
 * default, 'online', pauses queries and mutations without a network connection).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', staleTime: Infinity, gcTime: 5 * 60_000, retry: 1, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always' },
    },
  });
}
