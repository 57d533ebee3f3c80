import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { jurisdictionDataQuery } from '../queries/store-queries';
import { updateUrl } from './url';

/** Opens the report reader at an observation's sentence (looked up in its jurisdiction's block). */
export function useOpenObservation() {
  const client = useQueryClient();
  return useCallback(
    async (jurisdiction: string, observation: string) => {
      const data = await client.fetchQuery(jurisdictionDataQuery([jurisdiction]));
      const o = data.observations.find((x) => x.id === observation);
      if (o) updateUrl({ view: 'reader', profile: jurisdiction, report: o.report, offset: o.offset });
    },
    [client],
  );
}
