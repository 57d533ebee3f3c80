/** The state of the input step: the fields, the text with where it came from, and the checks before extraction. */
import { useState } from 'react';
import type { Script } from '../../model/schema';
import type { Translate } from '../../i18n';
import { checkText, type ReadResult } from '../../formats/report-text';
import { readReportFile, simplifiedRendering } from './read-text';
import type { Draft } from './extraction';

export type OnDraftReady = (d: Draft, script: Script, textSimplified: string | undefined) => void | Promise<void>;

export function useDraftForm(t: Translate, onReady: OnDraftReady) {
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [source, setSource] = useState('pasted.txt');
  const [encoding, setEncoding] = useState('pasted');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
    const y = Number(year);
    if (!name.trim()) return setError(t('add.needName'));
    if (!Number.isInteger(y) || y < 1949 || y > 2100) return setError(t('add.needYear'));
    const checked = checkText(text, encoding === 'pasted' ? 'pasted' : (encoding as 'utf-8'));
    if (!checked.ok) return setError(t(`add.problem.${checked.problem}`));
    setBusy(true);
    try {
      const { script, textSimplified } = await simplifiedRendering(text);
      await onReady({ name: name.trim(), year: y, title: title.trim(), text, source, encoding }, script, textSimplified);
    } finally {
      setBusy(false);
    }
  };

  return { name, setName, year, setYear, title, setTitle, text, typeText, takeFile, submit, error, busy };
}
