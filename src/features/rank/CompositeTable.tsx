import './register-strings';
import type { SyntheticEvent } from 'react';
import type { Catalog } from '../../model/catalog';
import type { CompositeRow, InsufficientRow } from '../../model/composite';
import { TableHead } from '../../ui/components/TableHead';
import { useLang } from '../../ui/hooks/useLang';
import { shortName } from '../../i18n';
import { tierLabel } from './composite-chart';
import { coverageOf } from './composite-guards';
import { CAVEAT_MARK } from '../../model/caveats';

/**
 * The table behind the composite chart (first 500 rows, built only while it is open): tier or rank, score (marked †
 * with the caveats of the figures it is built from), coverage (by weight, and how many metrics), band; then the
 * places with too little data, listed apart with their coverage and no score.
 */
export function CompositeTable({ rows, insufficient = [], metrics, catalog, tiers, open, onToggle, caveats, notes = [], bandPending = false }: {
  rows: readonly CompositeRow[];
  /** the band is still being computed: said in its column instead of each rank alone */
  bandPending?: boolean;
  /** places under the minimum coverage: not ranked */
  insufficient?: readonly InsufficientRow[] | undefined;
  /** the number of metrics combined */
  metrics: number;
  /** what the scores are built from (e.g. counts per 10,000 residents), shown above the table */
  notes?: readonly string[];
  /** the caveats of the figures behind a jurisdiction's score, a line each */
  caveats: (jurisdiction: string) => readonly string[];
  catalog: Catalog;
  tiers: boolean;
  open: boolean;
  onToggle: (e: SyntheticEvent<HTMLDetailsElement>) => void;
}) {
  const { lang, t } = useLang();
  return (
    <details className="data-table" open={open} onToggle={onToggle}>
      <summary>{t('compare.table')}</summary>
      {open && notes.map((line, i) => (
        <p key={i} className="note">
          {line}
        </p>
      ))}
      {open && (
        <table data-testid="composite-table">
          <TableHead
            columns={[tiers ? t('composite.tierHeader') : t('rank.rank'), t('table.jurisdiction'), t('composite.score'), t('composite.coverage'), t('composite.band')]}
          />
          <tbody>
            {rows.slice(0, 500).map((r) => (
              <tr key={r.jurisdiction} data-jurisdiction={r.jurisdiction}>
                <td>{tiers ? tierLabel(r.tier, lang, t) : r.rank}</td>
                <td>{shortName(catalog, r.jurisdiction, lang)}</td>
                <td>
                  {r.score}
                  {caveats(r.jurisdiction).length > 0 && CAVEAT_MARK}
                  {caveats(r.jurisdiction).map((line, k) => (
                    <div key={k} className="caveat-note" data-testid="caveat-note">
                      {CAVEAT_MARK} {line}
                    </div>
                  ))}
                </td>
                <td>
                  {Math.round(r.coverage * 100)}% ({coverageOf(r.reported, metrics, t)})
                </td>
                <td>{bandPending ? t('composite.bandPending') : `${r.bandMin}–${r.bandMax}`}</td>
              </tr>
            ))}
          </tbody>
          {insufficient.length > 0 && (
            <tbody data-testid="composite-insufficient">
              {insufficient.slice(0, Math.max(0, 500 - rows.length)).map((r) => (
                <tr key={r.jurisdiction} data-jurisdiction={r.jurisdiction}>
                  <td>—</td>
                  <td>{shortName(catalog, r.jurisdiction, lang)}</td>
                  <td>{t('composite.insufficient')}</td>
                  <td>
                    {Math.round(r.coverage * 100)}% ({coverageOf(r.reported, metrics, t)})
                  </td>
                  <td>—</td>
                </tr>
              ))}
            </tbody>
          )}
        </table>
      )}
    </details>
  );
}
