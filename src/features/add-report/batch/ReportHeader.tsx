import '../register-strings';
import { memo } from 'react';
import type { Catalog } from '../../../model/catalog';
import type { Gazetteer } from '../../../model/gazetteer';
import type { Jurisdiction } from '../../../model/schema';
import { jurisdictionForPlace } from '../../../extract/to-dataset';
import { useLang } from '../../../ui/hooks/useLang';
import { placeLabel, placeWhere } from '../place-field';
import { translateWarning } from '../warnings';
import { useGazetteer } from '../reads/gazetteer';
import { acceptAll, acceptedCount, confirm, datasetIdOf, keep, replaceStored, setPlace, setYear, skip, type QueueReport } from './batch-model';
import { applyToQueue } from './batch-store';
import type { QueuePlace } from '../ReviewTable';

/** A jurisdiction as the person knows it: a place with its city (never by a name it shares), a department by its own name. */
export function jurisdictionLabel(g: Gazetteer | undefined, j: Jurisdiction): string {
  const place = j.code ? g?.byCode(j.code) : undefined;
  return place && g && place.name.zh && j.name.zh.endsWith(place.name.zh) ? placeLabel(g, place) : j.name.zh;
}

/** The place: the one set, the namesakes to choose among, or none found; and the button to change it. */
function PlaceOf({ r, catalog, onEditPlace }: { r: QueueReport; catalog: Catalog; onEditPlace: (key: string) => void }) {
  const { t } = useLang();
  const g = useGazetteer().data?.gazetteer;
  const file = r.report.file;
  const change = (
    <button type="button" className="link" aria-label={t('batch.changePlaceFor', { file })} onClick={() => onEditPlace(r.key)} data-testid="batch-change-place">
      {t('batch.changePlace')}
    </button>
  );
  if (r.place.kind === 'set')
    return (
      <span className="queue-place" data-testid="add-place">
        <strong>{jurisdictionLabel(g, r.place.jurisdiction)}</strong> {change}
      </span>
    );
  if (r.place.kind === 'choose' && g) {
    const { candidates, department } = r.place;
    const name = r.report.proposal.match ?? candidates[0]?.name.zh ?? '';
    return (
      <span className="queue-place warn" data-testid="add-place">
        <select
          aria-label={t('batch.chooseFor', { file, name })}
          value=""
          data-testid="batch-choose-place"
          onChange={(e) => {
            const p = candidates.find((c) => c.id === e.target.value);
            if (p) applyToQueue((s) => setPlace(s, r.key, jurisdictionForPlace({ place: p, ...(department ? { department } : {}) }, g, catalog.jurisdictions)));
          }}
        >
          <option value="">{t('batch.chooseFor', { file, name })}</option>
          {candidates.map((p) => (
            <option key={p.id} value={p.id}>
              {placeLabel(g, p)} · {placeWhere(g, p)}
            </option>
          ))}
        </select>{' '}
        {change}
      </span>
    );
  }
  return (
    <span className="queue-place warn" data-testid="add-place">
      {t('batch.noPlace')} {change}
    </span>
  );
}

/** The duplicate question (a stored report, or a twin file of this batch), or what was answered. */
function DuplicateOf({ r, fileOf }: { r: QueueReport; fileOf: (key: string) => string }) {
  const { t } = useLang();
  if (r.sameAs)
    return (
      <p className="warn queue-dup" data-testid="batch-same">
        {t('batch.sameAs', { file: fileOf(r.sameAs) })}{' '}
        {r.skipped && (
          <button type="button" onClick={() => applyToQueue((s) => keep(s, r.key))}>
            {t('batch.keep')}
          </button>
        )}
      </p>
    );
  if (!r.duplicate || r.skipped) return null;
  const text = t(r.duplicate.kind === 'text' ? 'batch.duplicate.text' : 'batch.duplicate.place-year', { title: r.duplicate.title });
  // saving replaces a stored dataset of the same id only (a report of the bundled data stays beside it)
  const replaces = r.extraction !== null && datasetIdOf(r.extraction) === r.duplicate.dataset;
  if (r.answer === 'replace')
    return (
      <p className="note queue-dup" data-testid="batch-duplicate" data-answer="replace">
        {text} {t(replaces ? 'batch.willReplace' : 'batch.willKeepBoth')}
      </p>
    );
  return (
    <p className="warn queue-dup" role="group" aria-label={text} data-testid="batch-duplicate">
      {text}{' '}
      <button type="button" onClick={() => applyToQueue((s) => replaceStored(s, r.key))} data-testid="batch-replace">
        {t(replaces ? 'batch.replace' : 'batch.saveAnyway')}
      </button>{' '}
      <button type="button" onClick={() => applyToQueue((s) => skip(s, r.key))} data-testid="batch-skip">
        {t('batch.skip')}
      </button>
    </p>
  );
}

/** The warnings of reading the file and of extracting its figures, in the person's language. */
function warningsOf(r: QueueReport, t: ReturnType<typeof useLang>['t']): string[] {
  const read = r.report.warnings.map((w) => t(`batch.warn.${w.code}`));
  const extracted = (r.extraction?.result.warnings ?? []).map((w) => translateWarning(w, t)).filter((w): w is string => w !== null);
  return [...new Set([...read, ...extracted])];
}

/** Confirm, the counts, accept all, skip or keep. */
function HeaderActions({ r, file, accepted }: { r: QueueReport; file: string; accepted: number }) {
  const { t } = useLang();
  return (
    <>
    {r.confirmed ? (
      <span className="badge ok-badge">{t('batch.confirmed')}</span>
    ) : (
      <button type="button" aria-label={t('batch.confirmFor', { file })} onClick={() => applyToQueue((s) => confirm(s, r.key))} data-testid="batch-confirm">
        {t('batch.confirm')}
      </button>
    )}
    <span className="queue-count" data-testid="batch-count">
      {r.extracting ? t('batch.extracting') : t('batch.figures', { n: r.rows.length, accepted })}
    </span>
    {!r.skipped && r.rows.length > 0 && (
      <button type="button" aria-label={t('batch.acceptAllFor', { file })} disabled={accepted === r.rows.length} onClick={() => applyToQueue((s) => acceptAll(s, r.key))} data-testid="batch-accept-all">
        {t('batch.acceptAll')}
      </button>
    )}
    {r.skipped ? (
      <span className="badge">{t('batch.skipped')}</span>
    ) : (
      <button type="button" className="link" onClick={() => applyToQueue((s) => skip(s, r.key))}>
        {t('batch.skip')}
      </button>
    )}
    {r.skipped && !r.sameAs && (
      <button type="button" className="link" onClick={() => applyToQueue((s) => keep(s, r.key))}>
        {t('batch.keep')}
      </button>
    )}
    </>
  );
}

interface Props extends QueuePlace {
  r: QueueReport;
  n: number;
  catalog: Catalog;
  onFocusReport: (key: string) => void;
  onEditPlace: (key: string) => void;
  fileOf: (key: string) => string;
}

/** A report's header row in the queue: file, place, year, counts, accept-all, confirmation, warnings, duplicates. */
export const ReportHeader = memo(function ReportHeader({ r, n, catalog, id, focused, rowIndex, index, measure, top, onFocusReport, onEditPlace, fileOf }: Props) {
  const { t } = useLang();
  const file = r.report.file === 'pasted.txt' && r.report.kind === 'paste' ? t('batch.pasted') : r.report.file;
  const accepted = acceptedCount(r);
  const label = t('batch.reportLabel', { n, file });
  const warnings = warningsOf(r, t);
  return (
    <tr
      id={id}
      role="row"
      ref={measure}
      data-index={index}
      data-report={r.key}
      aria-rowindex={rowIndex}
      tabIndex={focused ? 0 : -1}
      className={`queue-report${focused ? ' focused' : ''}${r.skipped ? ' skipped' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => !focused && onFocusReport(r.key)}
      onFocus={() => !focused && onFocusReport(r.key)}
      data-testid="batch-report"
    >
      <th role="rowheader" scope="rowgroup" colSpan={7} aria-label={label}>
        <div className="queue-head">
          <span className="queue-file" title={r.report.file}>
            {n}. {file}
          </span>
          <PlaceOf r={r} catalog={catalog} onEditPlace={onEditPlace} />
          <label className="queue-year">
            {t('batch.year')}{' '}
            <input
              type="number"
              min={1949}
              max={2100}
              value={r.year ?? ''}
              aria-label={t('batch.yearFor', { file })}
              data-testid="batch-year"
              onChange={(e) => applyToQueue((s) => setYear(s, r.key, e.target.value === '' ? null : Number(e.target.value)))}
            />
          </label>
          <HeaderActions r={r} file={file} accepted={accepted} />
        </div>
        <DuplicateOf r={r} fileOf={fileOf} />
        {!r.extracting && r.extraction && r.rows.length === 0 && (
          <p className="warn" data-testid="add-nofigures">
            {t('add.noFigures')}
          </p>
        )}
        {r.failure && <p className="error">{t('batch.failed', { message: r.failure })}</p>}
        {warnings.map((w) => (
          <p className="warn queue-warn" key={w}>
            {w}
          </p>
        ))}
      </th>
    </tr>
  );
});
