import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import { populationsOf, type Population } from '../../model/per-capita';
import { usePopulations } from '../../reads/gazetteer';
import { useUrlField } from '../url/url-store';

/**
 * Figures per 10,000 residents (pc=1): whether they are asked for, and then each jurisdiction's population (null:
 * none known) once the gazetteer has loaded; `waiting` while it loads. Nothing is fetched while the switch is off.
 */
export function usePerCapita(catalog: Catalog): {
  on: boolean;
  populations: ReadonlyMap<string, Population | null> | undefined;
  waiting: boolean;
  error: Error | null;
} {
  const on = useUrlField('perCapita');
  const places = usePopulations(on);
  const populations = useMemo(
    () => (on && places.data ? populationsOf(catalog.jurisdictions, places.data) : undefined),
    [on, places.data, catalog],
  );
  return { on, populations, waiting: on && places.isPending, error: on ? places.error : null };
}
