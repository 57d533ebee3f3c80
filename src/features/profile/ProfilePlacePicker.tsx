import { useId, useMemo, useState } from 'react';
import type { Jurisdiction } from '../../model/schema';
import { jurisdictionMatches } from '../../ui/components/jurisdiction-matches';
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
  const { lang, t } = useLang();
  const [query, setQuery] = useState('');
  const listId = useId();
  const matches = useMemo(() => jurisdictionMatches(query, jurisdictions, [selected]), [query, jurisdictions, selected]);
  const pick = (id: string) => {
    setQuery('');
    onPick(id);
  };
  return (
    <fieldset className="picker" data-testid="profile-place-search">
      <legend>{t('profile.pick')}</legend>
      <input
        type="search"
        value={query}
        placeholder={t('picker.search', { n: jurisdictions.length })}
        aria-label={t('picker.search', { n: jurisdictions.length })}
        aria-controls={listId}
        data-testid="profile-place-input"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && matches[0]) {
            e.preventDefault();
            pick(matches[0].id);
          }
        }}
      />
      {matches.length > 0 && (
        <ul id={listId} className="suggestions" role="listbox">
          {matches.map((j) => (
            <li key={j.id} role="option" aria-selected={false}>
              <button type="button" onClick={() => pick(j.id)}>
                {pickLang(j.name, lang)} · {pickLang(j.province, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
