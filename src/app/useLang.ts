import { useMemo } from 'react';
import { translator } from '../i18n';
import { useUrlState } from './url';

/** The UI language (from the URL) and its translate function. */
export function useLang() {
  const { lang } = useUrlState();
  const t = useMemo(() => translator(lang), [lang]);
  return { lang, t };
}
