/**
 * The places the compare view puts side by side: the ones chosen (j), or, with a peer group (pf), the focus place
 * and its peers nearest in population, at most COMPARE_PEERS (a chart of more bars per panel is not read).
 */
import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import { nearestPeers } from '../../model/peer-rank';
import { usePeerGroup, type PeerScope } from '../../ui/hooks/usePeerGroup';
import { useUrlField } from '../../ui/url/url-store';

export const COMPARE_PEERS = 12;

export function useCompared(catalog: Catalog): { ids: string[]; peers: PeerScope; groupSize: number } {
  const chosen = useUrlField('jurisdictions');
  const peers = usePeerGroup(catalog);
  const { group, gazetteer } = peers;
  const ids = useMemo(() => {
    if (group && gazetteer) {
      const population = (id: string) => {
        const code = catalog.jurisdictionById.get(id)?.code;
        return code ? gazetteer.byCode(code)?.population : undefined;
      };
      return nearestPeers(group.ids, group.ids[0]!, population, COMPARE_PEERS);
    }
    return chosen.filter((j) => catalog.jurisdictionById.has(j));
  }, [group, gazetteer, chosen, catalog]);
  return { ids, peers, groupSize: group?.ids.length ?? ids.length };
}
