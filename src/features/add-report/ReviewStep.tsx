import { useMemo, useState, type ReactNode } from 'react';
import type { Catalog } from '../../model/catalog';
import { CATEGORIES } from '../../model/constants';
import { segmentText } from '../../model/search';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';
import { unclassifiedId } from '../../extract/types';
import { updateRow, type ReviewRow } from './review';
import { translateWarning } from './warnings';
import type { Extraction } from './extraction';

interface Props {
  catalog: Catalog;
  extraction: Extraction;
  rows: ReviewRow[];
  setRows: (rows: ReviewRow[]) => void;
  onCancel: () => void;
  onSave: () => void;
  saving: boolean;
  children?: ReactNode;
}

export function ReviewStep({ catalog, extraction, rows, setRows, onCancel, onSave, saving, children }: Props) {
  const { lang, t } = useLang();
  const [focus, setFocus] = useState<string | null>(rows[0]?.key ?? null);
  const { draft, result, script } = extraction;
  const focused = rows.find((r) => r.key === focus);
  const segments = useMemo(() => {
    if (!focused) return segmentText(draft.text, []);
    const c = focused.candidate;
    const at = c.quote.indexOf(c.figure);
    return segmentText(draft.text, [
      { start: c.offset, end: c.offset + c.quote.length, kind: 'quote' },
      ...(at >= 0 ? [{ start: c.offset + at, end: c.offset + at + c.figure.length, kind: 'figure' as const }] : []),
    ]);
  }, [draft.text, focused]);
  const accepted = rows.filter((r) => r.accepted).length;
  const set = (key: string, patch: Parameters<typeof updateRow>[2]) => setRows(updateRow(rows, key, patch));

  return (
    <div className="add-review">
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
        <div className="review-table-wrap">
          <table className="data-table review" data-testid="add-review">
            <thead>
              <tr>
                <th scope="col">{t('add.accept')}</th>
                <th scope="col">{t('add.figure')}</th>
                <th scope="col">{t('table.value')}</th>
                <th scope="col">{t('select.categories')}</th>
                <th scope="col">{t('table.metric')}</th>
                <th scope="col">{t('table.period')}</th>
                <th scope="col">{t('add.confidence')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const metrics = catalog.metrics.filter((m) => m.category === r.category);
                return (
                  <tr key={r.key} className={r.key === focus ? 'focused' : undefined} onClick={() => setFocus(r.key)} data-row={r.key}>
                    <td>
                      <input type="checkbox" checked={r.accepted} aria-label={`${t('add.accept')}: ${r.candidate.figure}`} onChange={() => set(r.key, { accepted: !r.accepted })} />
                    </td>
                    <td>
                      <button type="button" className="link" onClick={() => setFocus(r.key)}>
                        {r.candidate.figure}
                      </button>
                    </td>
                    <td>
                      <input type="number" step="any" value={Number.isFinite(r.value) ? r.value : ''} aria-label={t('table.value')} onChange={(e) => set(r.key, { value: e.target.value === '' ? Number.NaN : Number(e.target.value) })} />
                    </td>
                    <td>
                      <select value={r.category} aria-label={t('select.categories')} onChange={(e) => {
                        const category = e.target.value as ReviewRow['category'];
                        set(r.key, { category, metric: unclassifiedId(category) });
                      }}>
                        {CATEGORIES.map((c) => (
                          <option key={c} value={c}>
                            {t(`category.${c}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select value={r.metric} aria-label={t('table.metric')} onChange={(e) => set(r.key, { metric: e.target.value })}>
                        <option value={unclassifiedId(r.category)}>{t('add.none')}</option>
                        {metrics.map((m) => (
                          <option key={m.id} value={m.id}>
                            {pickLang(m.name, lang)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input type="number" min={1949} max={2100} value={r.period} aria-label={t('table.period')} onChange={(e) => set(r.key, { period: Number(e.target.value) })} />
                    </td>
                    <td>{r.candidate.confidence.toFixed(2)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="reader-text" data-testid="add-text-view" lang={script === 'traditional' ? 'zh-Hant' : 'zh-Hans'}>
          {segments.map((s) =>
            s.kind === 'plain' ? (
              <span key={s.offset}>{s.text}</span>
            ) : (
              <mark key={s.offset} className={s.kind} ref={(el) => el?.scrollIntoView({ block: 'nearest' })}>
                {s.text}
              </mark>
            ),
          )}
        </div>
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
