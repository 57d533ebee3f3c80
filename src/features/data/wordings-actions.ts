/** The data view's action on remembered wordings: forget them all, then refresh what shows them. */
import type { QueryClient } from '@tanstack/react-query';
import { forgetWordings } from '../../store/forget-wordings';
import { storeKeys } from '../../reads/keys';

export async function forgetAllWordings(client: QueryClient): Promise<void> {
  try {
    await forgetWordings();
  } finally {
    await client.invalidateQueries({ queryKey: storeKeys.wordings() });
  }
}
