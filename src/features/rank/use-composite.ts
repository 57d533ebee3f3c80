/** The composite ranking the URL asks for, computed from the metric blocks once they are read. */
import { useMemo, useState } from 'react';
import type { Catalog } from '../../model/catalog';
import { useMetricBlocks } from '../../reads/metric-blocks';
import { compositeMetrics } from './composite-input';
import { timedComposite, type CompositeSettings, type TimedComposite } from './composite-result';

/** `value`, or while it is null the last value that was not (what was shown stays until its successor is ready). */
function useKept<T>(value: T | null): T | null {
  const [kept, setKept] = useState(value);
  if (value !== null && value !== kept) setKept(value);
  return value ?? kept;
}

/**
 * The chosen metrics (those the catalogue has, none report-specific) and their composite: null when none is chosen, and before the first
 * one is computed; while the blocks of a new choice are read, the previous composite.
 */
export function useComposite(catalog: Catalog, { weights, normalisation, missing, rankYear }: CompositeSettings) {
  const ids = useMemo(() => compositeMetrics(weights, catalog), [weights, catalog]);
  const blocks = useMetricBlocks(ids);
  const fresh = useMemo(
    () => (blocks && ids.length > 0 ? timedComposite(catalog, { weights, normalisation, missing, rankYear }, ids, blocks) : null),
    [catalog, weights, normalisation, missing, rankYear, ids, blocks],
  );
  const shown = useKept<TimedComposite>(fresh);
  return { ids, result: ids.length > 0 ? shown : null };
}
