/**
 * The data behind a view as a `rol-compare/dataset` document: the observations shown, the inputs of derived
 * figures among them (so references resolve), and the reports, metrics and jurisdictions they need. Pure.
 * Objects are copied field by field from the schema's own shapes, so extra keys of the stored records
 * (`dataset`, `jurisdiction` on a located observation) never reach the file.
 */
import type { LocatedObservation } from '../../model/compare';
import { figuresOnly } from '../../model/figures-only';
import {
  jurisdictionSchema,
  metricSchema,
  observationSchema,
  reportSchema,
  type Bilingual,
  type Dataset,
  type Jurisdiction,
  type Metric,
  type Observation,
  type Report,
} from '../../model/schema';

export interface SubsetInput {
  id: string;
  title: Bilingual;
  description?: Bilingual | undefined;
  /** ISO date or date-time */
  created?: string | undefined;
  /** the observations the view shows */
  observations: readonly LocatedObservation[];
  /** every observation the view could read: resolves the inputs of derived figures */
  pool: readonly LocatedObservation[];
  reports: readonly (Report & { dataset?: string })[];
  metrics: ReadonlyMap<string, Metric>;
  jurisdictions: ReadonlyMap<string, Jurisdiction>;
}

function pickKeys<T extends object>(src: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const rec = src as Record<string, unknown>;
  for (const k of keys) if (Object.prototype.hasOwnProperty.call(rec, k) && rec[k] !== undefined) out[k] = rec[k];
  return out as T;
}

const OBS_KEYS = Object.keys(observationSchema.shape);
const REPORT_KEYS = Object.keys(reportSchema.shape);
const METRIC_KEYS = Object.keys(metricSchema.shape);
const JUR_KEYS = Object.keys(jurisdictionSchema.shape);

const key = (o: { dataset?: string; id: string }) => `${o.dataset ?? ''}\u0000${o.id}`;

export function buildSubset(input: SubsetInput): Dataset {
  const pool = new Map<string, LocatedObservation>();
  for (const o of input.pool) if (!pool.has(key(o))) pool.set(key(o), o);

  // the shown observations plus, transitively, the inputs of derived figures (same dataset)
  const chosen = new Map<string, LocatedObservation>();
  const ids = new Set<string>();
  const queue = [...input.observations];
  while (queue.length) {
    const o = queue.shift()!;
    if (chosen.has(key(o)) || ids.has(o.id)) continue;
    chosen.set(key(o), o);
    ids.add(o.id);
    for (const inputId of o.derived?.inputs ?? []) {
      const dep = pool.get(key({ dataset: o.dataset, id: inputId }));
      if (dep) queue.push(dep);
    }
  }
  const observations: Observation[] = [...chosen.values()].map((o) => pickKeys<Observation>(o, OBS_KEYS));

  const reportByKey = new Map(input.reports.map((r) => [key(r), r]));
  const reportById = new Map<string, Report>();
  for (const o of chosen.values()) {
    if (reportById.has(o.report)) continue;
    const r = reportByKey.get(key({ dataset: o.dataset, id: o.report })) ?? input.reports.find((x) => x.id === o.report);
    if (r) reportById.set(r.id, pickKeys<Report>(r, REPORT_KEYS));
  }
  const reports = [...reportById.values()];

  const metricIds = [...new Set(observations.map((o) => o.metric))];
  const metrics = metricIds
    .map((id) => input.metrics.get(id))
    .filter((m): m is Metric => m !== undefined)
    .map((m) => pickKeys<Metric>(m, METRIC_KEYS));

  const jurIds = [...new Set(reports.map((r) => r.jurisdiction))];
  const jurisdictions = jurIds
    .map((id) => input.jurisdictions.get(id))
    .filter((j): j is Jurisdiction => j !== undefined)
    .map((j) => pickKeys<Jurisdiction>(j, JUR_KEYS));

  const head = {
    id: input.id,
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    ...(input.created ? { created: input.created.slice(0, 40) } : {}),
  };
  return figuresOnly(head, { jurisdictions, reports, metrics, observations });
}

/** A dataset id from a date: `export-2026-11-22` (ids: letters, digits, _ . : - ; never `bundled`). */
export function exportDatasetId(date: string): string {
  const clean = date.replace(/[^A-Za-z0-9_.:-]/g, '-').slice(0, 180);
  return `export-${clean || 'data'}`;
}
