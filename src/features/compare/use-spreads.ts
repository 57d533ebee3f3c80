/**
 * Where all places (or the peer group) fall on the drawn metrics (src/reads/spreads.ts): each metric of the
 * panels in the year asked (or each place's latest), with the marks ECharts draws the bands with loaded alongside.
 */
import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import type { Panel } from '../../model/compare';
import type { Spread } from '../../model/distribution';
import type { Population } from '../../model/per-capita';
import { useSpreads as useStoredSpreads } from '../../reads/spreads';

const loadMarks = () => import('../../charts/echart/echarts-marks');

export function useSpreads(
  panels: readonly Panel[],
  catalog: Catalog,
  opts: { year: number | null; members: ReadonlySet<string> | null; populations: ReadonlyMap<string, Population | null> | undefined },
): ReadonlyMap<string, Spread> | null {
  const { year, members, populations } = opts;
  const ids = useMemo(() => [...new Set(panels.flatMap((p) => p.metrics.map((m) => m.id)))], [panels]);
  const requests = useMemo(() => ids.map((metric) => ({ metric, year })), [ids, year]);
  const spreads = useStoredSpreads(requests, catalog, { members, populations }, loadMarks);
  return useMemo(() => {
    if (!spreads) return null;
    const out = new Map<string, Spread>();
    ids.forEach((id, i) => {
      const s = spreads[i];
      if (s) out.set(id, s);
    });
    return out;
  }, [spreads, ids]);
}
