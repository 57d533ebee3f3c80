/** The catalogue: every dataset's metrics, jurisdictions and coverage, merged. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDb } from '../store/db';
import { readDatasets } from '../store/records';
import { mergeCatalog, type Catalog } from '../model/catalog';
import { storeKeys } from './keys';

export const fetchCatalog = async (): Promise<Catalog> => mergeCatalog(await readDatasets(getDb()));
export const catalogQuery = () => queryOptions({ queryKey: storeKeys.catalog(), queryFn: fetchCatalog });
export const useCatalog = (enabled = true) => useQuery({ ...catalogQuery(), enabled });
