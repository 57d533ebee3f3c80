import './register-strings';
import { useLayoutEffect, useRef } from 'react';
import type { Catalog } from '../../model/catalog';
import { PlacePicker } from './PlacePicker';
import { useLang } from '../../ui/hooks/useLang';
import { useDraftForm, type OnInput } from './useDraftForm';

type Form = ReturnType<typeof useDraftForm>;

/** The formats the batch reads. */
const ACCEPT = '.txt,.htm,.html,.docx,.pdf,.zip,text/plain,text/html,application/pdf,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A paste's place (a searchable picker of the gazetteer), year and title. */
function DraftFields({ form }: { form: Form }) {
  const { t } = useLang();
  return (
    <fieldset className="controls draft-fields">
      <legend>{t('batch.pasteFields')}</legend>
      <PlacePicker field={form.place} />
      <label>
        {t('add.year')}{' '}
        <input type="number" min={1949} max={2100} value={form.year} onChange={(e) => form.setYear(e.target.value)} data-testid="add-year" />
      </label>
      <label>
        {t('add.reportTitle')}{' '}
        <input value={form.title} onChange={(e) => form.setTitle(e.target.value)} maxLength={200} size={40} />
      </label>
    </fieldset>
  );
}

/** A file input for any number of files, which also takes files dropped on it. */
function ReportDrop({ onFiles, busy }: { onFiles: Form['takeFiles']; busy: boolean }) {
  const { t } = useLang();
  return (
    <div
      className="dropzone"
      data-testid="add-drop"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void onFiles(e.dataTransfer.files);
      }}
    >
      <label>
        {t('batch.files')}{' '}
        <input
          type="file"
          multiple
          accept={ACCEPT}
          disabled={busy}
          data-testid="add-file"
          onChange={(e) => {
            const files = e.target.files ? [...e.target.files] : [];
            e.target.value = '';
            void onFiles(files);
          }}
        />
      </label>{' '}
      <span className="note">{t('batch.drop')}</span>
    </div>
  );
}

export function InputStep({ catalog, onInput }: { catalog: Catalog; onInput: OnInput }) {
  const { t } = useLang();
  const form = useDraftForm(t, onInput, catalog);
  // a pasted text of millions of characters is emptied before its box leaves the page: removing it full is slow
  const box = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    return () => {
      if (el) el.value = '';
    };
  }, []);
  return (
    <form
      className="add-input"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <ReportDrop onFiles={form.takeFiles} busy={form.busy} />
      <label className="block">
        {t('add.text')}
        <textarea
          ref={box}
          value={form.text}
          onPaste={(e) => form.pasted(e.clipboardData.getData('text/html'))}
          onChange={(e) => form.typeText(e.target.value)}
          rows={10}
          data-testid="add-text"
        />
      </label>
      <DraftFields form={form} />
      {form.error && (
        <p className="error" role="alert" data-testid="add-error">
          {form.error}
        </p>
      )}
      <button type="submit" disabled={form.busy} data-testid="add-extract">
        {t('add.extract')}
      </button>
    </form>
  );
}
