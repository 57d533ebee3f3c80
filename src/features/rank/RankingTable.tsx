import type { SyntheticEvent } from 'react';
import type { Catalog } from '../../model/catalog';
import type { MetricRanking } from '../../model/metric-values';
import type { Metric } from '../../model/schema';
import { FigureCells } from '../../ui/components/FigureCells';
import { TableHead } from '../../ui/components/TableHead';
import { useLang } from '../../ui/hooks/useLang';
import { shortName } from '../../i18n';

/** The table behind a ranking chart: rank, jurisdiction, figure, year and a link to its sentence (first 500). */
export function RankingTable({ ranked, metric, catalog, open, onToggle, onOpen }: {
  ranked: MetricRanking;
  metric: Metric;
  catalog: Catalog;
  open: boolean;
  onToggle: (e: SyntheticEvent<HTMLDetailsElement>) => void;
  onOpen: (jurisdiction: string, observation: string) => void;
}) {
  const { lang, t } = useLang();
  return (
    <details className="data-table" open={open} onToggle={onToggle}>
      <summary>{t('compare.table')}</summary>
      <table data-testid="rank-table">
        <TableHead columns={[t('rank.rank'), t('table.jurisdiction'), t('table.value'), t('table.period'), t('compare.source')]} />
        <tbody>
          {/* rows are built only while the table is open: thousands of rows cost more than the chart */}
          {open && ranked.rows.slice(0, 500).map((r) => (
            <tr key={r.jurisdiction}>
              <td>
                {r.rank}
                {r.tied ? ` (${t('rank.tied')})` : ''}
              </td>
              <td>{shortName(catalog, r.jurisdiction, lang)}</td>
              <FigureCells figure={r} metric={metric} period={r.period} onOpen={() => onOpen(r.jurisdiction, r.observation)} />
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
