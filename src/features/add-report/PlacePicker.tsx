import './register-strings';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Place } from '../../model/gazetteer';
import { useLang } from '../../ui/hooks/useLang';
import { placeJurisdictionId } from '../../extract/to-dataset';
import { placeLabel, placeOptions, placeWhere } from './place-field';
import type { PlaceField } from './usePlaceField';

/** The places of the gazetteer for what was typed (combobox): arrows move, Enter chooses, Escape closes. */
function PlaceCombobox({ field, id }: { field: PlaceField; id: string }) {
  const { t } = useLang();
  const g = field.gazetteer;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const hits = useMemo(() => (g ? placeOptions(g, field.name, field.toSimplified) : []), [g, field.name, field.toSimplified]);
  const shown = open && !field.pick && hits.length > 0;
  const at = Math.min(active, hits.length - 1);
  const choose = (place: Place) => {
    field.choose({ place });
    setOpen(false);
  };
  const keys = (e: KeyboardEvent) => {
    if (!shown) return;
    const move: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: hits.length - 1 };
    if (e.key in move) setActive((move[e.key]! + hits.length) % hits.length);
    else if (e.key === 'Enter') choose(hits[at]!.place);
    else if (e.key === 'Escape') setOpen(false);
    else return;
    e.preventDefault();
  };
  return (
    <div className="place-picker">
      <input
        id={id}
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        {...(shown ? { 'aria-activedescendant': `${listId}-${at}` } : {})}
        placeholder={t('place.search')}
        value={field.name}
        onChange={(e) => {
          field.type(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={keys}
        data-testid="add-name"
        maxLength={60}
        required
      />
      {shown && g && (
        <ul id={listId} role="listbox" aria-label={t('place.results', { n: hits.length })} data-testid="place-options">
          {hits.map((h, k) => (
            <li
              key={h.place.id}
              id={`${listId}-${k}`}
              role="option"
              aria-selected={k === at}
              className={k === at ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(h.place)}
            >
              <span className="opt-name">{placeLabel(g, h.place)}</span> <span className="opt-meta">{placeWhere(g, h.place)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The places a name could be (朝阳区 in 北京 and 长春): the person chooses one. */
function PlaceChoices({ field }: { field: PlaceField }) {
  const { t } = useLang();
  const g = field.gazetteer;
  if (!g || !field.choices) return null;
  const { candidates, department } = field.choices;
  return (
    <fieldset className="place-choices" data-testid="place-choices">
      <legend>{t('place.choose', { name: field.name })}</legend>
      {candidates.map((p) => (
        <button type="button" key={p.id} data-testid="place-choice" onClick={() => field.choose({ place: p, ...(department ? { department } : {}) })}>
          <span className="opt-name">{placeLabel(g, p)}</span> <span className="opt-meta">{placeWhere(g, p)}</span>
        </button>
      ))}
    </fieldset>
  );
}

/** What the field stands for: the place chosen and the jurisdiction it joins, or why it cannot be compared. */
function PlaceStatus({ field }: { field: PlaceField }) {
  const { t } = useLang();
  const g = field.gazetteer;
  if (field.failed) return <p className="warn" data-testid="place-status">{t('place.failed', { message: 'data/gazetteer.json' })}</p>;
  if (!g) return <p className="note">{t('place.loading')}</p>;
  const { shown: pick, reading } = field;
  if (pick) {
    const p = pick.place;
    return (
      <p className="note" data-testid="place-status">
        <span data-testid="place-chosen">{t('place.chosen', { label: placeLabel(g, p), where: placeWhere(g, p) || p.name.zh, code: p.code ?? t('place.noCode') })}</span>
        {pick.department && <> {t('place.department', { name: pick.department })}</>}{' '}
        {field.joins ? t('place.joins', { name: field.joins.name.zh }) : t('place.new', { id: placeJurisdictionId(pick) })}
      </p>
    );
  }
  if (reading?.kind === 'unknown' && [...field.name.trim()].length >= 2)
    return <p className="warn" role="status" data-testid="place-unknown">{t('place.unknown', { name: field.name.trim() })}</p>;
  return null;
}

/** The place of the report: a searchable picker, the choice between namesakes, and what it stands for. */
export function PlacePicker({ field }: { field: PlaceField }) {
  const { t } = useLang();
  const id = useId();
  return (
    <div className="place-field">
      <label htmlFor={id}>{t('add.jurisdiction')}</label> <PlaceCombobox field={field} id={id} />
      {field.proposed && (
        <p className="note" data-testid="place-proposed">
          {t('place.proposed')}
        </p>
      )}
      <PlaceChoices field={field} />
      <PlaceStatus field={field} />
    </div>
  );
}
