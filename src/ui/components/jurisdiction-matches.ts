import type { Jurisdiction } from '../../model/schema';

/** The suggestions shown under the picker's search box at the most. */
const MAX_MATCHES = 20;

/**
 * The jurisdictions not yet selected whose name or short name (either language) contains the query, case-blind,
 * in list order; none for an empty query.
 */
export function jurisdictionMatches(query: string, jurisdictions: readonly Jurisdiction[], selected: readonly string[]): Jurisdiction[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const out: Jurisdiction[] = [];
  for (const j of jurisdictions) {
    if (selected.includes(j.id)) continue;
    if ([j.name.zh, j.name.en, j.short.zh, j.short.en].some((s) => s.toLowerCase().includes(q))) out.push(j);
    if (out.length >= MAX_MATCHES) break;
  }
  return out;
}
