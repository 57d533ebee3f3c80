/**
 * The place field of the input step: the text typed, the place chosen (from the picker, the choice between
 * namesakes, or the opening of the report), and what a typed name resolves to when the person goes on.
 */
import { useState } from 'react';
import type { Catalog } from '../../model/catalog';
import type { Place } from '../../model/gazetteer';
import type { Jurisdiction } from '../../model/schema';
import { jurisdictionFor, jurisdictionForPlace, storedJurisdictionFor, type PlacePick } from '../../extract/to-dataset';
import { placeLabel, readPlace, type Proposal } from './place-field';
import { useGazetteer } from './reads/gazetteer';

export interface Choices {
  candidates: Place[];
  department?: string;
}

/** What saving with the field as it stands does: join a place, choose first, or a place the gazetteer does not know. */
export type PlaceOutcome = { kind: 'ok'; jurisdiction: Jurisdiction } | { kind: 'choose' } | { kind: 'empty' };

export function usePlaceField(catalog: Catalog) {
  const lookup = useGazetteer();
  const g = lookup.data?.gazetteer;
  const toSimplified = lookup.data?.toSimplified;
  const [name, setNameText] = useState('');
  const [pick, setPick] = useState<PlacePick | null>(null);
  const [choices, setChoices] = useState<Choices | null>(null);
  // a person who typed or chose a place is never overruled by a proposal
  const [touched, setTouched] = useState(false);
  const [proposed, setProposed] = useState(false);

  const choose = (p: PlacePick) => {
    setPick(p);
    setChoices(null);
    if (g) setNameText(placeLabel(g, p.place));
    setTouched(true);
    setProposed(false);
  };
  const type = (text: string) => {
    setNameText(text);
    setPick(null);
    setChoices(null);
    setTouched(true);
    setProposed(false);
  };
  const propose = (p: Proposal) => {
    if (touched || !g) return;
    setProposed(p.place.kind !== 'unknown');
    if (p.place.kind === 'found') {
      setPick(p.place.pick);
      setChoices(null);
      setNameText(placeLabel(g, p.place.pick.place));
    } else if (p.place.kind === 'ambiguous') {
      setPick(null);
      setChoices({ candidates: p.place.candidates, ...(p.place.department ? { department: p.place.department } : {}) });
      setNameText(p.match ?? '');
    } else if (proposed) {
      // a new text that names no place: the place read from the old one goes
      setPick(null);
      setChoices(null);
      setNameText('');
    }
  };

  /** The jurisdiction the report goes to; a typed name is resolved here (several places: the person chooses). */
  const settle = (): PlaceOutcome => {
    const text = name.trim();
    if (!text) return { kind: 'empty' };
    if (pick && g) return { kind: 'ok', jurisdiction: jurisdictionForPlace(pick, g, catalog.jurisdictions) };
    if (choices) return { kind: 'choose' };
    const read = g ? readPlace(g, text, toSimplified) : { kind: 'unknown' as const };
    if (read.kind === 'found' && g) return { kind: 'ok', jurisdiction: jurisdictionForPlace(read.pick, g, catalog.jurisdictions) };
    if (read.kind === 'ambiguous') {
      setChoices({ candidates: read.candidates, ...(read.department ? { department: read.department } : {}) });
      return { kind: 'choose' };
    }
    return { kind: 'ok', jurisdiction: jurisdictionFor(text, catalog.jurisdictions) };
  };

  const reading = g && !pick && !choices && name.trim() ? readPlace(g, name, toSimplified) : null;
  // the place the field stands for: the one chosen, else the one the typed name names
  const shown = pick ?? (reading?.kind === 'found' ? reading.pick : null);
  return {
    name,
    type,
    choose,
    propose,
    settle,
    pick,
    choices,
    /** the place shown was read from the report's opening, not chosen */
    proposed,
    gazetteer: g,
    toSimplified,
    failed: lookup.isError,
    /** what the typed name resolves to, while no place is chosen */
    reading,
    /** the place the field stands for (chosen, or named by what was typed) */
    shown,
    /** the stored jurisdiction that place joins */
    joins: shown ? storedJurisdictionFor(shown, catalog.jurisdictions) : undefined,
  };
}

export type PlaceField = ReturnType<typeof usePlaceField>;
