/** The remembered wordings (src/store/wordings.ts), read when a report's figures are extracted. */
import { queryOptions } from '@tanstack/react-query';
import { getDb } from '../../../store/db';
import { listWordings } from '../../../store/wordings';
import { storeKeys } from '../../../reads/keys';
import type { LearnedWording } from '../wording-match';
import { CATEGORIES, type Category } from '../../../model/constants';

const isArea = (a: string): a is Category => (CATEGORIES as readonly string[]).includes(a);

export async function fetchWordings(): Promise<LearnedWording[]> {
  const rows = await listWordings(getDb());
  return rows.flatMap((r) => (isArea(r.area) ? [{ area: r.area, wording: r.wording, metric: r.metric, unit: r.unit }] : []));
}

export const wordingsQuery = () => queryOptions({ queryKey: storeKeys.wordings(), queryFn: fetchWordings });
