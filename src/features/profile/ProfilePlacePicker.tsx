import { useMemo } from 'react';
import type { Jurisdiction } from '../../model/schema';
import { PlaceSearchBox } from '../../ui/components/PlaceSearchBox';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';

/**
 * Up to this many places the profile offers a list (`<select>`); beyond, a search box with suggestions, as the
 * compare view's picker: a list of thousands of options is of no use to read, and the browser took longer to lay
 * it out than the rest of the profile.
 */
export const PROFILE_LIST_LIMIT = 500;

/** The place whose profile is shown: a list of a few hundred, or a search among thousands. */
export function ProfilePlacePicker({ jurisdictions, selected, onPick }: { jurisdictions: readonly Jurisdiction[]; selected: string; onPick: (id: string) => void }) {
  const { lang, t } = useLang();
  if (jurisdictions.length <= PROFILE_LIST_LIMIT)
    return (
      <label>
        {t('profile.pick')}{' '}
        <select value={selected} onChange={(e) => onPick(e.target.value)}>
          {jurisdictions.map((x) => (
            <option key={x.id} value={x.id}>
              {pickLang(x.name, lang)}
            </option>
          ))}
        </select>
      </label>
    );
  return <PlaceSearch jurisdictions={jurisdictions} selected={selected} onPick={onPick} />;
}

/** A search box; its matches (not the place shown) as suggestions, Enter takes the first. */
function PlaceSearch({ jurisdictions, selected, onPick }: { jurisdictions: readonly Jurisdiction[]; selected: string; onPick: (id: string) => void }) {
  const { t } = useLang();
  const exclude = useMemo(() => [selected], [selected]);
  return (
    <fieldset className="picker" data-testid="profile-place-search">
      <legend>{t('profile.pick')}</legend>
      <PlaceSearchBox places={jurisdictions} exclude={exclude} onPick={onPick} testId="profile-place-input" />
    </fieldset>
  );
}
