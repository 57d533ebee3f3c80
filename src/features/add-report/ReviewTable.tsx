import type { Catalog } from '../../model/catalog';
import { CATEGORIES } from '../../model/constants';
import { useLang } from '../../ui/hooks/useLang';
import { TableHead } from '../../ui/components/TableHead';
import { pickLang } from '../../i18n';
import { unclassifiedId } from '../../extract/types';
import type { ReviewRow, RowPatch } from './review';

/** One candidate: accept it, focus its sentence, correct value, area, metric and year. */
function ReviewRowEditor(props: { catalog: Catalog; row: ReviewRow; focused: boolean; onFocus: () => void; onChange: (patch: RowPatch) => void }) {
  const { row: r, onFocus, onChange } = props;
  const { lang, t } = useLang();
  const metrics = props.catalog.metrics.filter((m) => m.category === r.category);
  return (
    <tr className={props.focused ? 'focused' : undefined} onClick={onFocus} data-row={r.key}>
      <td>
        <input type="checkbox" checked={r.accepted} aria-label={`${t('add.accept')}: ${r.candidate.figure}`} onChange={() => onChange({ accepted: !r.accepted })} />
      </td>
      <td>
        <button type="button" className="link" onClick={onFocus}>
          {r.candidate.figure}
        </button>
      </td>
      <td>
        <input type="number" step="any" value={Number.isFinite(r.value) ? r.value : ''} aria-label={t('table.value')} onChange={(e) => onChange({ value: e.target.value === '' ? Number.NaN : Number(e.target.value) })} />
      </td>
      <td>
        <select value={r.category} aria-label={t('select.categories')} onChange={(e) => {
          const category = e.target.value as ReviewRow['category'];
          onChange({ category, metric: unclassifiedId(category) });
        }}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select value={r.metric} aria-label={t('table.metric')} onChange={(e) => onChange({ metric: e.target.value })}>
          <option value={unclassifiedId(r.category)}>{t('add.none')}</option>
          {metrics.map((m) => (
            <option key={m.id} value={m.id}>
              {pickLang(m.name, lang)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input type="number" min={1949} max={2100} value={r.period} aria-label={t('table.period')} onChange={(e) => onChange({ period: Number(e.target.value) })} />
      </td>
      <td>{r.candidate.confidence.toFixed(2)}</td>
    </tr>
  );
}

/** The extracted candidates, one editable row each. */
export function ReviewTable(props: {
  catalog: Catalog;
  rows: readonly ReviewRow[];
  focus: string | null;
  setFocus: (key: string) => void;
  onChange: (key: string, patch: RowPatch) => void;
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
              catalog={props.catalog}
              row={r}
              focused={r.key === props.focus}
              onFocus={() => props.setFocus(r.key)}
              onChange={(patch) => props.onChange(r.key, patch)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
