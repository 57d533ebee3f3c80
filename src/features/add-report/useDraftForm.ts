/**
 * The state of the input step: the fields, the text with where it came from, and the checks before extraction.
 * The place, year and title the report's opening states are proposed into the fields a person has not touched.
 */
import { useState } from 'react';
import type { Catalog } from '../../model/catalog';
import type { Script } from '../../model/schema';
import type { Translate } from '../../i18n';
import { checkText, type ReadResult } from '../../formats/report-text';
import { readReportFile, simplifiedRendering } from './read-text';
import type { Draft } from './extraction';
import { proposeFrom } from './place-field';
import { usePlaceField } from './usePlaceField';

export type OnDraftReady = (d: Draft, script: Script, textSimplified: string | undefined) => void | Promise<void>;

/** A field a proposal fills until the person edits it. */
function useProposedField(initial: string) {
  const [value, setValue] = useState(initial);
  const [touched, setTouched] = useState(false);
  const edit = (v: string) => {
    setValue(v);
    setTouched(true);
  };
  const propose = (v: string | undefined) => {
    if (!touched && v !== undefined) setValue(v);
  };
  return { value, edit, propose };
}

export function useDraftForm(t: Translate, onReady: OnDraftReady, catalog: Catalog) {
  const place = usePlaceField(catalog);
  const year = useProposedField(String(new Date().getFullYear() - 1));
  const title = useProposedField('');
  const [text, setText] = useState('');
  const [source, setSource] = useState('pasted.txt');
  const [encoding, setEncoding] = useState('pasted');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // a new text (or the gazetteer arriving) proposes again: state adjusted while rendering, not in an effect
  const { gazetteer, toSimplified } = place;
  const [proposedFor, setProposedFor] = useState<{ gazetteer: unknown; text: string } | null>(null);
  if (gazetteer && text.trim() && (proposedFor?.gazetteer !== gazetteer || proposedFor.text !== text)) {
    setProposedFor({ gazetteer, text });
    const p = proposeFrom(gazetteer, text, toSimplified);
    place.propose(p);
    year.propose(p.year === undefined ? undefined : String(p.year));
    title.propose(p.title);
  }

  /** A dropped or chosen file replaces the text. */
  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    const r: ReadResult = await readReportFile(file);
    if (!r.ok) return setError(t(`add.problem.${r.problem}`));
    setText(r.text);
    setSource(file.name);
    setEncoding(r.encoding);
  };

  /** Typed or pasted text. */
  const typeText = (value: string) => {
    setText(value);
    setEncoding('pasted');
    setSource('pasted.txt');
  };

  const submit = async () => {
    setError(null);
    const y = Number(year.value);
    const settled = place.settle();
    if (settled.kind === 'empty') return setError(t('add.needName'));
    if (settled.kind === 'choose') return setError(t('place.needChoice'));
    if (!Number.isInteger(y) || y < 1949 || y > 2100) return setError(t('add.needYear'));
    const checked = checkText(text, encoding === 'pasted' ? 'pasted' : (encoding as 'utf-8'));
    if (!checked.ok) return setError(t(`add.problem.${checked.problem}`));
    setBusy(true);
    try {
      const { script, textSimplified } = await simplifiedRendering(text);
      const { jurisdiction } = settled;
      await onReady({ name: jurisdiction.name.zh, jurisdiction, year: y, title: title.value.trim(), text, source, encoding }, script, textSimplified);
    } finally {
      setBusy(false);
    }
  };

  return { place, year: year.value, setYear: year.edit, title: title.value, setTitle: title.edit, text, typeText, takeFile, submit, error, busy };
}
