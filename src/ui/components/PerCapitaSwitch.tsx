import { updateUrl, useUrlField } from '../url/url-store';
import { useLang } from '../hooks/useLang';
import type { Population } from '../../model/per-capita';
import { populationSourcesText } from '../per-capita-text';

/** The "per 10k residents" switch of the compare and rank views (pc=1 in the URL). */
export function PerCapitaSwitch() {
  const perCapita = useUrlField('perCapita');
  const { t } = useLang();
  return (
    <label className="chip" title={t('perCapita.switchHint')}>
      <input type="checkbox" checked={perCapita} onChange={() => updateUrl({ perCapita: !perCapita })} />
      {t('perCapita.switch')}
    </label>
  );
}

/**
 * What a figure per 10,000 residents is, what is not divided, and where the population comes from: the sources of
 * `populations` (the places shown), each once; the 2020 census when none are given.
 */
export function PerCapitaNote({ populations }: { populations?: Iterable<Population | null | undefined> } = {}) {
  const { lang, t } = useLang();
  return (
    <p className="note" data-testid="per-capita-note">
      {t('perCapita.note')} {populationSourcesText(lang, populations ?? [])}
    </p>
  );
}
