import { useId, useMemo, useState } from 'react';
import type { Jurisdiction } from '../../model/schema';
import { useLang } from '../hooks/useLang';
import { pickLang } from '../../i18n';

/** Up to this many jurisdictions are shown as checkboxes; beyond, a search box with suggestions. */
export const CHECKBOX_LIMIT = 30;

interface Props {
  jurisdictions: readonly Jurisdiction[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  legend: string;
}

/** Picks jurisdictions: checkboxes for a few, chips + search for thousands. */
export function JurisdictionPicker({ jurisdictions, selected, onChange, legend }: Props) {
  const { lang, t } = useLang();
  const [query, setQuery] = useState('');
  const listId = useId();
  const byId = useMemo(() => new Map(jurisdictions.map((j) => [j.id, j])), [jurisdictions]);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const out: Jurisdiction[] = [];
    for (const j of jurisdictions) {
      if (selected.includes(j.id)) continue;
      if ([j.name.zh, j.name.en, j.short.zh, j.short.en].some((s) => s.toLowerCase().includes(q))) out.push(j);
      if (out.length >= 20) break;
    }
    return out;
  }, [query, jurisdictions, selected]);

  if (jurisdictions.length <= CHECKBOX_LIMIT)
    return (
      <fieldset>
        <legend>{legend}</legend>
        {jurisdictions.map((j) => (
          <label key={j.id} className="chip">
            <input
              type="checkbox"
              checked={selected.includes(j.id)}
              onChange={() => onChange(selected.includes(j.id) ? selected.filter((x) => x !== j.id) : [...selected, j.id])}
            />
            {pickLang(j.short, lang)}
          </label>
        ))}
      </fieldset>
    );

  return (
    <fieldset className="picker">
      <legend>{legend}</legend>
      {selected.map((id) => {
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
      })}
      <input
        type="search"
        value={query}
        placeholder={t('picker.search', { n: jurisdictions.length })}
        aria-label={t('picker.search', { n: jurisdictions.length })}
        aria-controls={listId}
        data-testid="jurisdiction-search"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && matches[0]) {
            e.preventDefault();
            onChange([...selected, matches[0].id]);
            setQuery('');
          }
        }}
      />
      {matches.length > 0 && (
        <ul id={listId} className="suggestions" role="listbox">
          {matches.map((j) => (
            <li key={j.id} role="option" aria-selected={false}>
              <button
                type="button"
                onClick={() => {
                  onChange([...selected, j.id]);
                  setQuery('');
                }}
              >
                {pickLang(j.name, lang)} · {pickLang(j.province, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
