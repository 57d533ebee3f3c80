import { useEffect, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../reads/query-client';
import { syncStoreAcrossTabs } from '../reads/store-sync';
import { Shell } from './Shell';

export function App() {
  const [client] = useState(createQueryClient);
  // another tab's import, replacement, deletion or restore: every read of the store reads again
  useEffect(() => syncStoreAcrossTabs(client), [client]);
  return (
    <QueryClientProvider client={client}>
      <Shell />
    </QueryClientProvider>
  );
}
