/** Several extracted datasets as one: reports, observations and mentions together; jurisdictions, metrics and practices once per id. */
import type { DatasetInput } from '../../src/model/schema';

function byId<T extends { id: string }>(lists: readonly (readonly T[] | undefined)[]): T[] {
  const out = new Map<string, T>();
  for (const list of lists) for (const x of list ?? []) if (!out.has(x.id)) out.set(x.id, x);
  return [...out.values()];
}

/** One dataset of all; a single dataset stays as it is. */
export function mergeDatasets(docs: readonly DatasetInput[]): DatasetInput {
  if (docs.length === 1) return docs[0]!;
  const first = docs[0]!;
  const ids = docs.map((d) => d.reports.map((r) => r.id).join(',')).join(';');
  let h = 0x811c9dc5;
  for (let i = 0; i < ids.length; i++) h = Math.imul(h ^ ids.charCodeAt(i), 0x01000193) >>> 0;
  return {
    ...first,
    id: `extract.batch-${h.toString(16).padStart(8, '0')}`,
    title: { zh: `${docs.length}份报告(自动提取)`, en: `${docs.length} reports (extracted)` },
    jurisdictions: byId(docs.map((d) => d.jurisdictions)),
    reports: docs.flatMap((d) => d.reports),
    metrics: byId(docs.map((d) => d.metrics)),
    observations: docs.flatMap((d) => d.observations),
    practices: byId(docs.map((d) => d.practices)),
    mentions: docs.flatMap((d) => d.mentions ?? []),
  };
}
