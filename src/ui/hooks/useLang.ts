import { useMemo } from 'react';
import { translator } from '../../i18n';
import { useUrlField } from '../url/url-store';

/** The UI language (from the URL) and its translate function. */
export function useLang() {
  const lang = useUrlField('lang');
  const t = useMemo(() => translator(lang), [lang]);
  return { lang, t };
}
