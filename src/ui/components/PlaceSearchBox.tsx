import { useId, useMemo, useState } from 'react';
import type { Jurisdiction } from '../../model/schema';
import { useLang } from '../hooks/useLang';
import { pickLang } from '../../i18n';
import { jurisdictionMatches } from './jurisdiction-matches';

/**
 * A search box among places, its matches (less those `exclude` names) as suggestions to pick, Enter taking the
 * first; the box empties on a pick. The compare view's picker, the peer group's focus place and the profile's place
 * among thousands use it. The query is the box's own, or its owner's when given (to outlast a remount).
 */
export function PlaceSearchBox(props: {
  places: readonly Jurisdiction[];
  exclude: readonly string[];
  onPick: (id: string) => void;
  label?: string;
  testId: string;
  query?: { value: string; set: (q: string) => void };
}) {
  const { places, exclude, onPick, testId } = props;
  const { lang, t } = useLang();
  const own = useState('');
  const [query, setQuery] = props.query ? [props.query.value, props.query.set] : own;
  const listId = useId();
  const matches = useMemo(() => jurisdictionMatches(query, places, exclude), [query, places, exclude]);
  const pick = (id: string) => {
    setQuery('');
    onPick(id);
  };
  const hint = t('picker.search', { n: places.length });
  return (
    <>
      <input
        type="search"
        value={query}
        placeholder={hint}
        aria-label={props.label ?? hint}
        aria-controls={listId}
        data-testid={testId}
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
    </>
  );
}
