/**
 * The state of the input step: files picked or dropped go straight to the batch; a paste keeps its text (and the
 * HTML the clipboard carried) with the place, year and title fields, which the report's opening proposes into the
 * fields a person has not touched, and which override the engine's proposal when filled.
 */
import './register-strings';
import { useRef, useState } from 'react';
import type { Catalog } from '../../model/catalog';
import type { Translate } from '../../i18n';
import { checkText } from '../../formats/report-text';
import { proposeFrom } from './place-field';
import { usePlaceField } from './usePlaceField';
import type { PasteFields } from './batch/batch-run';
import type { BatchInput } from './batch/engine';

export type OnInput = (input: BatchInput, fields?: PasteFields) => void | Promise<void>;

/**
 * Longer pasted texts are held by the form, not put in the text box: a box of millions of characters takes the
 * browser seconds to lay out, and as long again to empty or remove.
 */
export const BOX_LIMIT = 200_000;

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

export function useDraftForm(t: Translate, onInput: OnInput, catalog: Catalog) {
  const place = usePlaceField(catalog);
  const year = useProposedField(String(new Date().getFullYear() - 1));
  const title = useProposedField('');
  const [text, setText] = useState('');
  // the clipboard's HTML, for as long as the text is what was pasted
  const [html, setHtml] = useState<{ html: string; text: string } | null>(null);
  const pendingHtml = useRef<string | null>(null);
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

  const run = async (input: BatchInput, fields?: PasteFields) => {
    setBusy(true);
    try {
      await onInput(input, fields);
    } finally {
      setBusy(false);
    }
  };

  /** Files dropped or chosen: a batch of them. */
  const takeFiles = async (files: FileList | readonly File[] | null | undefined) => {
    const list = files ? [...files] : [];
    if (list.length === 0) return;
    setError(null);
    await run({ files: list });
  };

  /** The clipboard's HTML, kept with the text the paste makes (read in the textarea's paste handler). */
  const pasted = (clipboardHtml: string) => {
    pendingHtml.current = clipboardHtml.trim() ? clipboardHtml : null;
  };

  /** A paste too long for the box (BOX_LIMIT): the whole text, held instead of what the box had. */
  const pasteHeld = (value: string, clipboardHtml: string) => {
    setText(value);
    setHtml(clipboardHtml.trim() ? { html: clipboardHtml, text: value } : null);
    pendingHtml.current = null;
  };

  /** Typed or pasted text. */
  const typeText = (value: string) => {
    setText(value);
    if (pendingHtml.current !== null) setHtml({ html: pendingHtml.current, text: value });
    else if (html && html.text !== value) setHtml(null);
    pendingHtml.current = null;
  };

  const submit = async () => {
    setError(null);
    const checked = checkText(text, 'pasted');
    if (!checked.ok) return setError(t(`add.problem.${checked.problem}`));
    const settled = place.settle();
    if (settled.kind === 'choose') return setError(t('place.needChoice'));
    const y = year.value.trim() === '' ? undefined : Number(year.value);
    if (y !== undefined && (!Number.isInteger(y) || y < 1949 || y > 2100)) return setError(t('add.needYear'));
    const fields: PasteFields = {
      ...(settled.kind === 'ok' ? { jurisdiction: settled.jurisdiction } : {}),
      ...(y !== undefined ? { year: y } : {}),
      ...(title.value.trim() ? { title: title.value.trim() } : {}),
    };
    const paste = html && html.text === text ? { text, html: html.html } : { text };
    await run({ paste: { ...paste, ...fields } }, fields);
  };

  return { place, year: year.value, setYear: year.edit, title: title.value, setTitle: title.edit, text, held: text.length > BOX_LIMIT, typeText, pasted, pasteHeld, takeFiles, submit, error, busy };
}
