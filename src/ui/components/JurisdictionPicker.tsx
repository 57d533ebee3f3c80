import { useMemo, useState } from 'react';
import type { Jurisdiction } from '../../model/schema';
import { useLang } from '../hooks/useLang';
import { pickLang } from '../../i18n';
import { PlaceSearchBox } from './PlaceSearchBox';
import { toggle } from '../list-toggle';

/** Up to this many jurisdictions are shown as checkboxes; beyond, a search box with suggestions. */
export const CHECKBOX_LIMIT = 30;

interface Props {
  jurisdictions: readonly Jurisdiction[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  legend: string;
}

/** A checkbox for each jurisdiction. */
function CheckboxPicker({ jurisdictions, selected, onChange, legend }: Props) {
  const { lang } = useLang();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {jurisdictions.map((j) => (
        <label key={j.id} className="chip">
          <input
            type="checkbox"
            checked={selected.includes(j.id)}
            onChange={() => onChange(toggle(selected, j.id))}
          />
          {pickLang(j.short, lang)}
        </label>
      ))}
    </fieldset>
  );
}

/** The selected jurisdictions as chips, each with its remove button. */
function SelectedChips({ jurisdictions, selected, onChange }: Omit<Props, 'legend'>) {
  const { lang, t } = useLang();
  const byId = useMemo(() => new Map(jurisdictions.map((j) => [j.id, j])), [jurisdictions]);
  return selected.map((id) => {
    const j = byId.get(id);
    const name = j ? pickLang(j.short, lang) : id;
    return (
      <span key={id} className="chip selected">
        {name}
        <button type="button" className="link" aria-label={t('picker.remove', { name })} onClick={() => onChange(selected.filter((x) => x !== id))}>
          ×
        </button>
      </span>
    );
  });
}

/** Chips for the selected ones, a search box, and the matches as suggestions (Enter takes the first). */
function SearchPicker(props: Props & { query: string; setQuery: (q: string) => void }) {
  const { jurisdictions, selected, onChange, query, setQuery } = props;
  const q = useMemo(() => ({ value: query, set: setQuery }), [query, setQuery]);
  return (
    <fieldset className="picker">
      <legend>{props.legend}</legend>
      <SelectedChips jurisdictions={jurisdictions} selected={selected} onChange={onChange} />
      <PlaceSearchBox places={jurisdictions} exclude={selected} onPick={(id) => onChange([...selected, id])} testId="jurisdiction-search" query={q} />
    </fieldset>
  );
}

/** Picks jurisdictions: checkboxes for a few, chips + search for thousands. */
export function JurisdictionPicker(props: Props) {
  // the query lives here so that it outlasts a switch between the two forms
  const [query, setQuery] = useState('');
  if (props.jurisdictions.length <= CHECKBOX_LIMIT) return <CheckboxPicker {...props} />;
  return <SearchPicker {...props} query={query} setQuery={setQuery} />;
}
