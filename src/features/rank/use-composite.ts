/** The composite ranking the URL asks for, computed from the metric blocks (and populations) once they are read. */
import { useEffect, useMemo, useState } from 'react';
import type { Catalog } from '../../model/catalog';
import { dividesPerCapita, populationsOf, type PopulationSource } from '../../model/per-capita';
import { useMetricBlocks } from '../../reads/metric-blocks';
import { usePopulations } from '../../reads/gazetteer';
import { compositeMetrics, type Populations } from './composite-input';
import { compositeJob, type CompositeJob, type CompositeSettings, type TimedComposite } from './composite-result';

/** `value`, or while it is null the last value that was not (what was shown stays until its successor is ready). */
function useKept<T>(value: T | null): T | null {
  const [kept, setKept] = useState(value);
  if (value !== null && value !== kept) setKept(value);
  return value ?? kept;
}

/** How long one task computes steps of a composite before it lets the page draw and answer (ms). */
const STEP_BUDGET = 12;

/**
 * The job's result as its steps are computed, in tasks of their own, each at most about STEP_BUDGET (a page at
 * national scale is never held for the whole composite): the base ranking, then with its years and caveats, then
 * with its band.
 */
function useSteps(job: CompositeJob | null): TimedComposite | null {
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (!job || job.done) return;
    let timer = 0;
    const run = () => {
      const t0 = performance.now();
      const seen = job.version;
      let done = job.step();
      while (!done && job.version === seen && performance.now() - t0 < STEP_BUDGET) done = job.step();
      if (job.version !== seen) setVersion(job.version);
      if (!done) timer = window.setTimeout(run, 0);
    };
    timer = window.setTimeout(run, 0);
    return () => window.clearTimeout(timer);
  }, [job]);
  return job?.result ?? null;
}

// one populations map per catalogue and gazetteer: coming back to the view finds the composite computed with it
const populationMaps = new WeakMap<Catalog, WeakMap<PopulationSource, Populations>>();
function populationsFor(catalog: Catalog, places: PopulationSource): Populations {
  const byPlaces = populationMaps.get(catalog) ?? new WeakMap<PopulationSource, Populations>();
  populationMaps.set(catalog, byPlaces);
  let map = byPlaces.get(places);
  if (!map) byPlaces.set(places, (map = populationsOf(catalog.jurisdictions, places)));
  return map;
}

/**
 * The chosen metrics (those the catalogue has, none report-specific) and their composite: null when none is chosen,
 * before the first one is computed, and while the populations its counts are divided by load (`waiting`) or failed
 * (`error`): never a composite of raw counts that then changes. While the blocks of a new choice are read, the
 * previous composite. `compositePerCapita` (on unless cpc=0): counts and amounts per 10,000 residents.
 */
export function useComposite(catalog: Catalog, { weights, normalisation, missing, rankYear, minCoverage, compositePerCapita, members = null }: CompositeSettings & { compositePerCapita: boolean }) {
  const ids = useMemo(() => compositeMetrics(weights, catalog), [weights, catalog]);
  const divides = ids.some((id) => dividesPerCapita(catalog.metricById.get(id)!.kind));
  const wanted = compositePerCapita && divides;
  const places = usePopulations(wanted);
  const populations = wanted && places.data ? populationsFor(catalog, places.data) : null;
  const waiting = wanted && places.isPending;
  const error = wanted ? places.error : null;
  const blocks = useMetricBlocks(ids);
  const job = useMemo(
    () => (blocks && ids.length > 0 && (!wanted || populations) ? compositeJob(catalog, { weights, normalisation, missing, rankYear, minCoverage, members }, ids, blocks, populations) : null),
    [catalog, weights, normalisation, missing, rankYear, minCoverage, members, ids, blocks, wanted, populations],
  );
  const fresh = useSteps(job);
  const shown = useKept<TimedComposite>(fresh);
  return { ids, result: ids.length > 0 && !waiting && !error ? shown : null, waiting, error };
}
