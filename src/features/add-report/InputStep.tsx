import type { Catalog } from '../../model/catalog';
import { PlacePicker } from './PlacePicker';
import { useLang } from '../../ui/hooks/useLang';
import { useDraftForm, type OnDraftReady } from './useDraftForm';

type Form = ReturnType<typeof useDraftForm>;

/** The place (a searchable picker of the gazetteer), year and title. */
function DraftFields({ form }: { form: Form }) {
  const { t } = useLang();
  return (
    <div className="controls draft-fields">
      <PlacePicker field={form.place} />
      <label>
        {t('add.year')}{' '}
        <input type="number" min={1949} max={2100} value={form.year} onChange={(e) => form.setYear(e.target.value)} data-testid="add-year" />
      </label>
      <label>
        {t('add.reportTitle')}{' '}
        <input value={form.title} onChange={(e) => form.setTitle(e.target.value)} maxLength={200} size={40} />
      </label>
    </div>
  );
}

/** A file input that also takes a file dropped on it. */
function ReportDrop({ onFile }: { onFile: (file: File | undefined) => Promise<void> }) {
  const { t } = useLang();
  return (
    <div
      className="dropzone"
      data-testid="add-drop"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void onFile(e.dataTransfer.files[0]);
      }}
    >
      <label>
        {t('add.file')} <input type="file" accept=".txt,text/plain" data-testid="add-file" onChange={(e) => void onFile(e.target.files?.[0])} />
      </label>{' '}
      <span className="note">{t('add.drop')}</span>
    </div>
  );
}

export function InputStep({ catalog, onReady }: { catalog: Catalog; onReady: OnDraftReady }) {
  const { t } = useLang();
  const form = useDraftForm(t, onReady, catalog);
  return (
    <form
      className="add-input"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <DraftFields form={form} />
      <ReportDrop onFile={form.takeFile} />
      <label className="block">
        {t('add.text')}
        <textarea value={form.text} onChange={(e) => form.typeText(e.target.value)} rows={12} data-testid="add-text" />
      </label>
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
