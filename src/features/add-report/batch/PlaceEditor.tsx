import '../register-strings';
import type { Catalog } from '../../../model/catalog';
import { useLang } from '../../../ui/hooks/useLang';
import { PlacePicker } from '../PlacePicker';
import { usePlaceField } from '../usePlaceField';
import { setPlace } from './batch-model';
import { applyToQueue } from './batch-store';

/** The place of one queued report, chosen with the gazetteer's picker; OK sets it (and extracts the report again). */
export function PlaceEditor({ reportKey, file, catalog, onClose }: { reportKey: string; file: string; catalog: Catalog; onClose: () => void }) {
  const { t } = useLang();
  const field = usePlaceField(catalog);
  const done = () => {
    const settled = field.settle();
    if (settled.kind !== 'ok') return;
    applyToQueue((s) => setPlace(s, reportKey, settled.jurisdiction));
    onClose();
  };
  return (
    <form
      className="place-editor"
      aria-label={t('batch.placeFor', { file })}
      data-testid="batch-place-editor"
      onSubmit={(e) => {
        e.preventDefault();
        done();
      }}
    >
      <strong>{t('batch.placeFor', { file })}</strong>
      <PlacePicker field={field} />
      <button type="submit" data-testid="batch-place-ok">
        {t('batch.ok')}
      </button>{' '}
      <button type="button" onClick={onClose}>
        {t('add.cancel')}
      </button>
    </form>
  );
}
