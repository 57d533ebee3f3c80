import { useState, type ReactNode } from 'react';
import { useLang } from '../../ui/hooks/useLang';
import { changeArea, chooseIndicator, nameSpecific, updateRow, type ReviewRow } from './review';
import { translateWarning } from './warnings';
import { matchTextOf, type Extraction } from './extraction';
import { ReviewTable, type RowEdits } from './ReviewTable';
import { ReviewText } from './ReviewText';
import { useGazetteer } from './reads/gazetteer';
import { placeLabel } from './place-field';

interface Props {
  extraction: Extraction;
  rows: ReviewRow[];
  setRows: (rows: ReviewRow[]) => void;
  onCancel: () => void;
  onSave: () => void;
  saving: boolean;
  children?: ReactNode;
}

export function ReviewStep({ extraction, rows, setRows, onCancel, onSave, saving, children }: Props) {
  const { t } = useLang();
  const [focus, setFocus] = useState<string | null>(rows[0]?.key ?? null);
  const { draft, result, script, jurisdiction } = extraction;
  const g = useGazetteer().data?.gazetteer;
  const place = jurisdiction.code ? g?.byCode(jurisdiction.code) : undefined;
  // a department keeps its own name; a place is shown with its city, never by a name it shares
  const label = place && place.name.zh && jurisdiction.name.zh.endsWith(place.name.zh) ? placeLabel(g!, place) : jurisdiction.name.zh;
  const focused = rows.find((r) => r.key === focus);
  const accepted = rows.filter((r) => r.accepted).length;
  const edits: RowEdits = {
    patch: (key, patch) => setRows(updateRow(rows, key, patch)),
    area: (key, category) => setRows(changeArea(rows, key, category)),
    choose: (key, indicator) => setRows(chooseIndicator(rows, key, indicator)),
    name: (key, name) => setRows(nameSpecific(rows, key, name)),
  };

  return (
    <div className="add-review">
      <p data-testid="add-place">
        <strong>{t('place.inReview', { label, year: draft.year })}</strong>
      </p>
      <p className="note" data-testid="add-read">
        {t('add.read', {
          chars: draft.text.length,
          encoding: draft.encoding === 'pasted' ? t('add.encoding.pasted') : draft.encoding.toUpperCase(),
          script: t(`reader.script.${script}`),
        })}
      </p>
      {result.warnings
        .map((w) => translateWarning(w, t))
        .filter((w): w is string => w !== null)
        .map((w) => (
          <p className="warn" key={w}>
            {w}
          </p>
        ))}
      {rows.length === 0 ? (
        <p className="warn" role="alert" data-testid="add-nofigures">
          {t('add.noFigures')}
        </p>
      ) : (
        <>
          <h3 data-testid="add-summary">{t('add.review', { n: rows.length, accepted })}</h3>
          <p className="note">{t('add.reviewHelp')}</p>
        </>
      )}
      <div className="reader-layout">
        <ReviewTable indicators={extraction.indicators} matchText={matchTextOf(extraction)} rows={rows} focus={focus} setFocus={setFocus} edits={edits} />
        <ReviewText text={draft.text} script={script} focused={focused?.candidate} />
      </div>
      {children}
      <div className="controls">
        <button type="button" onClick={onSave} disabled={saving || accepted === 0} data-testid="add-save">
          {saving ? t('add.saving') : t('add.save')}
        </button>
        <button type="button" onClick={onCancel} data-testid="add-cancel">
          {t('add.cancel')}
        </button>
      </div>
    </div>
  );
}
