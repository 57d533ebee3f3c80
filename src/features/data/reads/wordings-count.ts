/** How many wordings people have mapped in reviews and the app remembers (src/store/wordings.ts). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { countWordings } from '../../../store/forget-wordings';
import { storeKeys } from '../../../reads/keys';

export const wordingsCountQuery = () => queryOptions({ queryKey: [...storeKeys.wordings(), 'count'] as const, queryFn: countWordings });
export const useWordingsCount = () => useQuery(wordingsCountQuery());
