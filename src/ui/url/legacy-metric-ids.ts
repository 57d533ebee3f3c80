/**
 * Links made before the indicator catalogue name metrics by their old ids: read them as the indicators they name.
 * Loaded only when a link names metrics (the table of old ids stays out of the first screen's JS).
 */
import { V1_METRIC_IDS } from '../../formats/v1-metric-ids';
import type { UrlState } from './url-state';

const current = (id: string) => V1_METRIC_IDS.get(id) ?? id;

/** The metric fields of a state with old ids replaced; null when there is none to replace. */
export function upgradeMetricIds(s: UrlState): Pick<UrlState, 'metrics' | 'rankMetric' | 'weights'> | null {
  const old = (id: string) => V1_METRIC_IDS.has(id);
  if (!s.metrics.some(old) && !(s.rankMetric && old(s.rankMetric)) && !Object.keys(s.weights).some(old)) return null;
  const weights: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [k, v] of Object.entries(s.weights)) weights[current(k)] = v;
  return { metrics: [...new Set(s.metrics.map(current))], rankMetric: s.rankMetric && current(s.rankMetric), weights: { ...weights } };
}
