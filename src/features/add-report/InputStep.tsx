import './register-strings';
import type { Catalog } from '../../model/catalog';
import { FileButton } from '../../ui/components/FileButton';
import { PlacePicker } from './PlacePicker';
import { useLang } from '../../ui/hooks/useLang';
import { BOX_LIMIT, useDraftForm, type OnInput } from './useDraftForm';

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
      <FileButton label={t('batch.files')} testId="add-file" accept={ACCEPT} multiple disabled={busy} onFiles={(files) => void onFiles(files)} />{' '}
      <span className="note">{t('batch.drop')}</span>
    </div>
  );
}

/** A pasted text too long for the box: its length and its opening, as text, and a way to clear it. */
function HeldText({ text, onClear }: { text: string; onClear: () => void }) {
  const { t } = useLang();
  return (
    <div className="block held-text" data-testid="add-held">
      <p>{t('add.held', { chars: text.length.toLocaleString('en-US') })}</p>
      <pre className="held-opening">{text.slice(0, 600)}</pre>
      <button type="button" onClick={onClear} data-testid="add-held-clear">
        {t('add.heldClear')}
      </button>
    </div>
  );
}

export function InputStep({ catalog, onInput }: { catalog: Catalog; onInput: OnInput }) {
  const { t } = useLang();
  const form = useDraftForm(t, onInput, catalog);
  return (
    <form
      className="add-input"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <ReportDrop onFiles={form.takeFiles} busy={form.busy} />
      {form.held ? (
        <HeldText text={form.text} onClear={() => form.typeText('')} />
      ) : (
        <label className="block">
          {t('add.text')}
          <textarea
            value={form.text}
            onPaste={(e) => {
              const plain = e.clipboardData.getData('text/plain');
              if (plain.length > BOX_LIMIT) {
                e.preventDefault();
                form.pasteHeld(plain, e.clipboardData.getData('text/html'));
              } else form.pasted(e.clipboardData.getData('text/html'));
            }}
            onChange={(e) => form.typeText(e.target.value)}
            rows={10}
            data-testid="add-text"
          />
        </label>
      )}
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
