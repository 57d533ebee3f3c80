import { updateUrl, useUrlField } from '../url/url-store';
import { useLang } from '../hooks/useLang';

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

/** What a figure per 10,000 residents is, what is not divided, and where the population comes from. */
export function PerCapitaNote() {
  const { t } = useLang();
  return (
    <p className="note" data-testid="per-capita-note">
      {t('perCapita.note')} {t('perCapita.source', { year: 2020 })}
    </p>
  );
}
