/**
 * Dataset format version 1 → 2, on the parsed file before validation (and on stored datasets, by the store's
 * upgrade). Version 2 adds the indicator catalogue: a metric whose id is a catalogue indicator is that indicator;
 * any other metric is report-specific and says `specific: true`. A version 1 metric becomes
 * - the catalogue indicator its id names (directly, or through the frozen table of version 1 ids), when the kinds
 *   agree and no other metric of the file becomes the same indicator;
 * - otherwise a report-specific metric under its own id.
 * Observations follow their metric. Nothing else changes; the validator then checks the result as any file.
 */
import type { MetricKind } from '../model/constants';
import { catalogueKind, indicatorKinds } from '../model/indicator-ids';
import { V1_METRIC_IDS } from './v1-metric-ids';

export interface MetricMove {
  /** the metric's id in version 2 */
  id: string;
  specific: boolean;
}

/**
 * What each version 1 metric becomes (by its version 1 id). Metrics that would become the same indicator keep
 * their ids as report-specific metrics, except one already named by that indicator's id.
 */
export function planV1Metrics(
  metrics: readonly { id: string; kind: string }[],
  indicators: ReadonlyMap<string, MetricKind> = indicatorKinds(),
): Map<string, MetricMove> {
  const target = new Map<string, string>();
  const claims = new Map<string, string[]>();
  for (const m of metrics) {
    const to = V1_METRIC_IDS.get(m.id) ?? m.id;
    if (catalogueKind(to, indicators) !== m.kind) continue;
    target.set(m.id, to);
    claims.set(to, [...(claims.get(to) ?? []), m.id]);
  }
  const plan = new Map<string, MetricMove>();
  for (const m of metrics) {
    const to = target.get(m.id);
    const rivals = to === undefined ? [] : claims.get(to)!;
    const wins = to !== undefined && (rivals.length === 1 || m.id === to);
    plan.set(m.id, wins ? { id: to, specific: false } : { id: m.id, specific: true });
  }
  return plan;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A version 1 document as version 2 (a new top-level object; changed metrics and observations are copies, the
 * rest is shared). Anything that is not shaped as expected is left as it is, for the validator to report.
 */
export function migrateV1Document(doc: Record<string, unknown>): Record<string, unknown> {
  const metrics = Array.isArray(doc.metrics) ? doc.metrics : [];
  const shaped = metrics.filter(
    (m): m is { id: string; kind: string } => isRecord(m) && typeof m.id === 'string' && typeof m.kind === 'string',
  );
  const plan = planV1Metrics(shaped);
  const out: Record<string, unknown> = { ...doc, version: 2 };
  if (Array.isArray(doc.metrics))
    out.metrics = doc.metrics.map((m: unknown) => {
      if (!isRecord(m) || typeof m.id !== 'string') return m;
      const move = plan.get(m.id);
      if (!move) return m;
      return move.specific ? { ...m, specific: true } : move.id === m.id ? m : { ...m, id: move.id };
    });
  if (Array.isArray(doc.observations))
    out.observations = doc.observations.map((o: unknown) => {
      if (!isRecord(o) || typeof o.metric !== 'string') return o;
      const move = plan.get(o.metric);
      return move && move.id !== o.metric ? { ...o, metric: move.id } : o;
    });
  return out;
}
