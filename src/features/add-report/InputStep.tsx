import { useState } from 'react';
import type { Catalog } from '../../model/catalog';
import type { Script } from '../../model/schema';
import { useLang } from '../../ui/hooks/useLang';
import { checkText, type ReadResult } from '../../formats/report-text';
import { readReportFile, simplifiedRendering } from './read-text';
import type { Draft } from './extraction';

export function InputStep({ catalog, onReady }: { catalog: Catalog; onReady: (d: Draft, script: Script, textSimplified: string | undefined) => void }) {
  const { t } = useLang();
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [source, setSource] = useState('pasted.txt');
  const [encoding, setEncoding] = useState('pasted');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    const r: ReadResult = await readReportFile(file);
    if (!r.ok) return setError(t(`add.problem.${r.problem}`));
    setText(r.text);
    setSource(file.name);
    setEncoding(r.encoding);
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
      onReady({ name: name.trim(), year: y, title: title.trim(), text, source, encoding }, script, textSimplified);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="add-input"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="controls">
        <label>
          {t('add.jurisdiction')}{' '}
          <input list="add-jurisdictions" value={name} onChange={(e) => setName(e.target.value)} data-testid="add-name" maxLength={60} required />
          <datalist id="add-jurisdictions">
            {catalog.jurisdictions.slice(0, 3000).map((j) => (
              <option key={j.id} value={j.name.zh} />
            ))}
          </datalist>
        </label>
        <label>
          {t('add.year')}{' '}
          <input type="number" min={1949} max={2100} value={year} onChange={(e) => setYear(e.target.value)} data-testid="add-year" />
        </label>
        <label>
          {t('add.reportTitle')}{' '}
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} size={40} />
        </label>
      </div>
      <div
        className="dropzone"
        data-testid="add-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void takeFile(e.dataTransfer.files[0]);
        }}
      >
        <label>
          {t('add.file')} <input type="file" accept=".txt,text/plain" data-testid="add-file" onChange={(e) => void takeFile(e.target.files?.[0])} />
        </label>{' '}
        <span className="note">{t('add.drop')}</span>
      </div>
      <label className="block">
        {t('add.text')}
        <textarea
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setEncoding('pasted');
            setSource('pasted.txt');
          }}
          rows={12}
          data-testid="add-text"
        />
      </label>
      {error && (
        <p className="error" role="alert" data-testid="add-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} data-testid="add-extract">
        {t('add.extract')}
      </button>
    </form>
  );
}
