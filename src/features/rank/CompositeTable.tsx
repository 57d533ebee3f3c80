import type { SyntheticEvent } from 'react';
import type { Catalog } from '../../model/catalog';
import type { CompositeRow } from '../../model/composite';
import { TableHead } from '../../ui/components/TableHead';
import { useLang } from '../../ui/hooks/useLang';
import { shortName } from '../../i18n';
import { tierLabel } from './composite-chart';

/** The table behind the composite chart (first 500 rows, built only while it is open): tier or rank, score, band. */
export function CompositeTable({ rows, catalog, tiers, open, onToggle }: {
  rows: readonly CompositeRow[];
  catalog: Catalog;
  tiers: boolean;
  open: boolean;
  onToggle: (e: SyntheticEvent<HTMLDetailsElement>) => void;
}) {
  const { lang, t } = useLang();
  return (
    <details className="data-table" open={open} onToggle={onToggle}>
      <summary>{t('compare.table')}</summary>
      {open && (
        <table data-testid="composite-table">
          <TableHead
            columns={[tiers ? t('composite.tier', { n: '' }) : t('rank.rank'), t('table.jurisdiction'), t('composite.score'), t('composite.coverage'), t('composite.band')]}
          />
          <tbody>
            {rows.slice(0, 500).map((r) => (
              <tr key={r.jurisdiction} data-jurisdiction={r.jurisdiction}>
                <td>{tiers ? tierLabel(r.tier, lang, t) : r.rank}</td>
                <td>{shortName(catalog, r.jurisdiction, lang)}</td>
                <td>{r.score}</td>
                <td>{Math.round(r.coverage * 100)}%</td>
                <td>
                  {r.bandMin}–{r.bandMax}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
