import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { jurisdictionDataQuery } from '../../reads/jurisdiction-data';
import { updateUrl } from '../url/url-store';

/** Opens the report reader at a passage (offset null: the top of the report). The one way views link to sources. */
export function openSource(jurisdiction: string, report: string, offset: number | null): void {
  updateUrl({ view: 'reader', profile: jurisdiction, report, offset });
}

/** Opens the report reader at an observation's sentence when only its id is at hand (looked up in its block). */
export function useOpenObservation() {
  const client = useQueryClient();
  return useCallback(
    async (jurisdiction: string, observation: string) => {
      const data = await client.fetchQuery(jurisdictionDataQuery([jurisdiction]));
      const o = data.observations.find((x) => x.id === observation);
      if (o) openSource(jurisdiction, o.report, o.offset);
    },
    [client],
  );
}
