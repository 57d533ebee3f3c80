import './register-strings';
import { memo, useState, type Ref } from 'react';
import { CATEGORIES } from '../../model/constants';
import type { Indicator } from '../../model/indicators';
import type { Category } from '../../model/schema';
import { pickLang } from '../../i18n';
import { useLang } from '../../ui/hooks/useLang';
import { rowMetric, type ReviewRow, type RowPatch } from './review';
import { IndicatorCell } from './IndicatorCell';
import { wordingOf } from './wording-match';

/** What the person can do to a row, by its key. */
export interface RowEdits {
  patch: (key: string, patch: RowPatch) => void;
  area: (key: string, category: Category) => void;
  choose: (key: string, indicator: Indicator | null) => void;
  name: (key: string, name: { zh: string; en?: string }) => void;
}

/** The review's column headers, as grid column headers. */
export function ReviewHead() {
  const { t } = useLang();
  const columns = [t('batch.acceptColumn'), t('add.figure'), t('table.value'), t('select.categories'), t('table.metric'), t('table.period'), t('add.confidence')];
  return (
    <thead role="rowgroup">
      <tr role="row">
        {columns.map((c) => (
          <th scope="col" role="columnheader" key={c}>
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A row's area. Until it is focused or pressed it holds only the chosen area: the queue draws a screenful of new rows
 * a frame while it scrolls fast, and every option of every row's list is work for the browser in that frame (28
 * areas: most of the rows' elements). Focus and a press come before the list opens, and then it has them all.
 */
function AreaSelect({ value, focusable, label, onChange }: { value: Category; focusable: boolean; label: string; onChange: (c: Category) => void }) {
  const { t } = useLang();
  const [all, setAll] = useState(false);
  const open = () => setAll(true);
  return (
    <select value={value} tabIndex={focusable ? 0 : -1} aria-label={label} onFocus={open} onPointerDown={open} onMouseDown={open} onChange={(e) => onChange(e.target.value as Category)}>
      {(all ? CATEGORIES : [value]).map((c) => (
        <option key={c} value={c}>
          {t(`category.${c}`)}
        </option>
      ))}
    </select>
  );
}

/** Where a row of the virtualised queue stands: its id, focus, positions, size measurement and offset. */
export interface QueuePlace {
  /** the row's id (for aria-activedescendant and focus) */
  id: string;
  focused: boolean;
  /** the position in the whole list, 1-based, header row included */
  rowIndex: number;
  index: number;
  measure: Ref<HTMLTableRowElement>;
  top: number;
}

interface RowProps extends QueuePlace {
  indicators: readonly Indicator[];
  matchText: string;
  row: ReviewRow;
  reportKey: string;
  onFocusRow: (report: string, row: string) => void;
  edits: RowEdits;
}

/**
 * One candidate as a grid row: accept it, see its sentence (focus), correct value, area, indicator and year. Its
 * label says whether it is accepted. Drawn at `top` in its virtualised list.
 */
export const ReviewRowEditor = memo(function ReviewRowEditor({ indicators, matchText, row: r, id, focused, rowIndex, index, measure, top, reportKey, onFocusRow, edits }: RowProps) {
  const onFocus = () => {
    if (!focused) onFocusRow(reportKey, r.key);
  };
  const { lang, t } = useLang();
  const metric = pickLang(rowMetric(r, indicators).metric.name, lang);
  const label = t('batch.rowLabel', { state: t(r.accepted ? 'batch.row.accepted' : 'batch.row.rejected'), figure: r.candidate.figure, metric });
  return (
    <tr
      id={id}
      role="row"
      ref={measure}
      data-index={index}
      data-row={r.key}
      aria-rowindex={rowIndex}
      aria-label={label}
      tabIndex={focused ? 0 : -1}
      className={`queue-row${focused ? ' focused' : ''}${r.accepted ? ' accepted' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={onFocus}
      onFocus={onFocus}
    >
      <td role="gridcell">
        <input type="checkbox" tabIndex={focused ? 0 : -1} checked={r.accepted} aria-label={`${t('add.accept')}: ${r.candidate.figure}`} onChange={() => edits.patch(r.key, { accepted: !r.accepted })} />
      </td>
      <td role="gridcell" className="figure">
        {r.candidate.figure}
      </td>
      <td role="gridcell">
        <input
          type="number"
          step="any"
          tabIndex={focused ? 0 : -1}
          value={Number.isFinite(r.value) ? r.value : ''}
          aria-label={`${t('table.value')}: ${r.candidate.figure}`}
          data-edit="value"
          onChange={(e) => edits.patch(r.key, { value: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
        />
      </td>
      <td role="gridcell">
        <AreaSelect value={r.category} focusable={focused} label={`${t('select.categories')}: ${r.candidate.figure}`} onChange={(c) => edits.area(r.key, c)} />
      </td>
      <td role="gridcell" className="indicator-col">
        <IndicatorCell
          row={r}
          indicators={indicators}
          wording={wordingOf(matchText, r.candidate.figureOffset)}
          onChoose={(i) => edits.choose(r.key, i)}
          onName={(n) => edits.name(r.key, n)}
        />
      </td>
      <td role="gridcell">
        <input
          type="number"
          min={1949}
          max={2100}
          tabIndex={focused ? 0 : -1}
          value={r.period}
          aria-label={`${t('table.period')}: ${r.candidate.figure}`}
          onChange={(e) => edits.patch(r.key, { period: Number(e.target.value) })}
        />
      </td>
      <td role="gridcell">{r.candidate.confidence.toFixed(2)}</td>
    </tr>
  );
});
