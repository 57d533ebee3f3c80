import { CATEGORIES } from '../../model/constants';
import type { Indicator } from '../../model/indicators';
import type { Category } from '../../model/schema';
import { useLang } from '../../ui/hooks/useLang';
import { TableHead } from '../../ui/components/TableHead';
import type { ReviewRow, RowPatch } from './review';
import { IndicatorCell } from './IndicatorCell';
import { wordingOf } from './wording-match';

/** What the person can do to a row, by its key. */
export interface RowEdits {
  patch: (key: string, patch: RowPatch) => void;
  area: (key: string, category: Category) => void;
  choose: (key: string, indicator: Indicator | null) => void;
  name: (key: string, name: { zh: string; en?: string }) => void;
}

interface RowProps {
  indicators: readonly Indicator[];
  matchText: string;
  row: ReviewRow;
  focused: boolean;
  onFocus: () => void;
  edits: RowEdits;
}

/** One candidate: accept it, focus its sentence, correct value, area, indicator and year. */
function ReviewRowEditor({ indicators, matchText, row: r, focused, onFocus, edits }: RowProps) {
  const { t } = useLang();
  return (
    <tr className={focused ? 'focused' : undefined} onClick={onFocus} data-row={r.key}>
      <td>
        <input type="checkbox" checked={r.accepted} aria-label={`${t('add.accept')}: ${r.candidate.figure}`} onChange={() => edits.patch(r.key, { accepted: !r.accepted })} />
      </td>
      <td>
        <button type="button" className="link" onClick={onFocus}>
          {r.candidate.figure}
        </button>
      </td>
      <td>
        <input type="number" step="any" value={Number.isFinite(r.value) ? r.value : ''} aria-label={t('table.value')} onChange={(e) => edits.patch(r.key, { value: e.target.value === '' ? Number.NaN : Number(e.target.value) })} />
      </td>
      <td>
        <select value={r.category} aria-label={t('select.categories')} onChange={(e) => edits.area(r.key, e.target.value as Category)}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="indicator-col">
        <IndicatorCell
          row={r}
          indicators={indicators}
          wording={wordingOf(matchText, r.candidate.figureOffset)}
          onChoose={(i) => edits.choose(r.key, i)}
          onName={(n) => edits.name(r.key, n)}
        />
      </td>
      <td>
        <input type="number" min={1949} max={2100} value={r.period} aria-label={t('table.period')} onChange={(e) => edits.patch(r.key, { period: Number(e.target.value) })} />
      </td>
      <td>{r.candidate.confidence.toFixed(2)}</td>
    </tr>
  );
}

/** The extracted candidates, one editable row each. */
export function ReviewTable(props: {
  indicators: readonly Indicator[];
  matchText: string;
  rows: readonly ReviewRow[];
  focus: string | null;
  setFocus: (key: string) => void;
  edits: RowEdits;
}) {
  const { t } = useLang();
  return (
    <div className="review-table-wrap">
      <table className="data-table review" data-testid="add-review">
        <TableHead
          columns={[t('add.accept'), t('add.figure'), t('table.value'), t('select.categories'), t('table.metric'), t('table.period'), t('add.confidence')]}
        />
        <tbody>
          {props.rows.map((r) => (
            <ReviewRowEditor
              key={r.key}
              indicators={props.indicators}
              matchText={props.matchText}
              row={r}
              focused={r.key === props.focus}
              onFocus={() => props.setFocus(r.key)}
              edits={props.edits}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
