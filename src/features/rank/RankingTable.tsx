import './register-strings';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import type { Catalog } from '../../model/catalog';
import type { ShownRanking } from './per-capita-ranking';
import type { RankedEntry } from '../../model/rank';
import { formatFigure, type Lang } from '../../model/format';
import { formatPerCapita, type PerCapitaFigure } from '../../model/per-capita';
import { SourceLink } from '../../ui/components/SourceLink';
import type { Metric } from '../../model/schema';
import { FigureCells } from '../../ui/components/FigureCells';
import { TableHead } from '../../ui/components/TableHead';
import { useLang } from '../../ui/hooks/useLang';
import { shortName } from '../../i18n';
import { percentileOf, tableRows, TABLE_ROWS } from './table-rows';

/** A ranked row; per 10,000 residents it carries its per-head figure. */
type Row = RankedEntry & { perCapita?: PerCapitaFigure };

interface Props {
  ranked: ShownRanking;
  metric: Metric;
  catalog: Catalog;
  open: boolean;
  onToggle: (e: SyntheticEvent<HTMLDetailsElement>) => void;
  onOpen: (jurisdiction: string, observation: string) => void;
}

/** The peer group's focus place and the places searched for stand out in the table as on the chart. */
const rowMarks = (ranked: ShownRanking, id: string, match: boolean) =>
  ranked.peer?.focus === id ? { className: 'focus', 'aria-current': true as const } : match ? { className: 'match' } : {};

/**
 * The table behind a ranking chart: rank, percentile, place, figure, year and a link to its sentence; the first
 * rows, or a search's places with the places just above and below each.
 */
export function RankingTable(props: Props) {
  const { ranked, catalog, open, onToggle } = props;
  const { lang, t } = useLang();
  const [query, setQuery] = useState('');
  const rows: readonly Row[] = ranked.perCapita?.rows ?? ranked.rows;
  const { shown, matches } = open ? tableRows(rows, query, (id) => shortName(catalog, id, lang)) : { shown: [], matches: 0 };
  const cells = ranked.perCapita ? perCapitaCells : plainCells;
  const columns = ranked.perCapita
    ? [t('rank.rank'), t('rank.percentile'), t('table.jurisdiction'), t('perCapita.reported'), t('export.col.population'), t('perCapita.value'), t('table.period'), t('compare.source')]
    : [t('rank.rank'), t('rank.percentile'), t('table.jurisdiction'), t('table.value'), t('table.period'), t('compare.source')];
  return (
    <details className="data-table" open={open} onToggle={onToggle}>
      <summary>{t('compare.table')}</summary>
      {open && rows.length > 12 && (
        <p className="table-search">
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('rank.tableSearch')} aria-label={t('rank.tableSearch')} data-testid="rank-table-search" />{' '}
          <span role="status">{query.trim() ? t('rank.tableMatches', { n: matches }) : rows.length > TABLE_ROWS ? t('rank.tableFirst', { n: TABLE_ROWS, total: rows.length }) : ''}</span>
        </p>
      )}
      <table data-testid="rank-table">
        <TableHead columns={columns} />
        <tbody>
          {/* rows are built only while the table is open: thousands of rows cost more than the chart */}
          {shown.map(({ row, match, afterGap }) => (
            <tr key={row.jurisdiction} {...rowMarks(ranked, row.jurisdiction, match)} data-gap={afterGap ? '' : undefined}>
              <td>
                {row.rank}
                {row.tied ? ` (${t('rank.tied')})` : ''}
              </td>
              <td>{percentileOf(row.rank, rows.length)}</td>
              <td>{shortName(catalog, row.jurisdiction, lang)}</td>
              {cells(row, props, lang)}
            </tr>
          ))}
          {open && !query.trim() && ranked.perCapita?.noPopulation.slice(0, TABLE_ROWS).map((r) => (
            <tr key={r.jurisdiction} data-no-population="">
              <td>—</td>
              <td>—</td>
              <td>{shortName(catalog, r.jurisdiction, lang)}</td>
              <td>{formatFigure(r, props.metric, lang)}</td>
              <td>—</td>
              <td>{t('perCapita.noPopulation')}</td>
              <td>{r.period}</td>
              <td><SourceLink onOpen={() => props.onOpen(r.jurisdiction, r.observation)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Figure, year and source of a plain ranking's row. */
function plainCells(row: Row, { metric, onOpen }: Props): ReactNode {
  return <FigureCells figure={row} metric={metric} period={row.period} onOpen={() => onOpen(row.jurisdiction, row.observation)} />;
}

/** Per 10,000 residents: the figure reported, the population, the figure per head, year and source. */
function perCapitaCells(row: Row, { metric, onOpen }: Props, lang: Lang): ReactNode {
  const per = row.perCapita;
  if (!per) return null;
  return (
    <>
      <td>{formatFigure(per.raw, metric, lang)}</td>
      <td>{per.population.population.toLocaleString('en-US')}</td>
      <td>{formatPerCapita(row, metric.unit, lang)}*</td>
      <td>{row.period}</td>
      <td><SourceLink onOpen={() => onOpen(row.jurisdiction, row.observation)} /></td>
    </>
  );
}
