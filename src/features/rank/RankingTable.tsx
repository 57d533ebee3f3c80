import type { SyntheticEvent } from 'react';
import type { Catalog } from '../../model/catalog';
import type { ShownRanking } from './per-capita-ranking';
import { formatFigure } from '../../model/format';
import { formatPerCapita } from '../../model/per-capita';
import { SourceLink } from '../../ui/components/SourceLink';
import type { Metric } from '../../model/schema';
import { FigureCells } from '../../ui/components/FigureCells';
import { TableHead } from '../../ui/components/TableHead';
import { useLang } from '../../ui/hooks/useLang';
import { shortName } from '../../i18n';

/** The peer group's focus place stands out in the table as on the chart. */
const focusRow = (ranked: ShownRanking, id: string) => (ranked.peer?.focus === id ? { className: 'focus', 'aria-current': true as const } : {});

/** The table behind a ranking chart: rank, jurisdiction, figure, year and a link to its sentence (first 500). */
export function RankingTable({ ranked, metric, catalog, open, onToggle, onOpen }: {
  ranked: ShownRanking;
  metric: Metric;
  catalog: Catalog;
  open: boolean;
  onToggle: (e: SyntheticEvent<HTMLDetailsElement>) => void;
  onOpen: (jurisdiction: string, observation: string) => void;
}) {
  const { lang, t } = useLang();
  if (ranked.perCapita) return <PerCapitaRankingTable ranked={ranked} metric={metric} catalog={catalog} open={open} onToggle={onToggle} onOpen={onOpen} />;
  return (
    <details className="data-table" open={open} onToggle={onToggle}>
      <summary>{t('compare.table')}</summary>
      <table data-testid="rank-table">
        <TableHead columns={[t('rank.rank'), t('table.jurisdiction'), t('table.value'), t('table.period'), t('compare.source')]} />
        <tbody>
          {/* rows are built only while the table is open: thousands of rows cost more than the chart */}
          {open && ranked.rows.slice(0, 500).map((r) => (
            <tr key={r.jurisdiction} {...focusRow(ranked, r.jurisdiction)}>
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

/** Per 10,000 residents: rank, place, the figure reported, the population, the figure per head; places without population last. */
function PerCapitaRankingTable({ ranked, metric, catalog, open, onToggle, onOpen }: Parameters<typeof RankingTable>[0]) {
  const { lang, t } = useLang();
  const columns = [t('rank.rank'), t('table.jurisdiction'), t('perCapita.reported'), t('export.col.population'), t('perCapita.value'), t('table.period'), t('compare.source')];
  const rows = ranked.perCapita?.rows ?? [];
  const missing = ranked.perCapita?.noPopulation ?? [];
  return (
    <details className="data-table" open={open} onToggle={onToggle}>
      <summary>{t('compare.table')}</summary>
      <table data-testid="rank-table">
        <TableHead columns={columns} />
        <tbody>
          {open && rows.slice(0, 500).map((r) => (
            <tr key={r.jurisdiction} {...focusRow(ranked, r.jurisdiction)}>
              <td>{r.rank}{r.tied ? ` (${t('rank.tied')})` : ''}</td>
              <td>{shortName(catalog, r.jurisdiction, lang)}</td>
              <td>{formatFigure(r.perCapita.raw, metric, lang)}</td>
              <td>{r.perCapita.population.population.toLocaleString('en-US')}</td>
              <td>{formatPerCapita(r, metric.unit, lang)}*</td>
              <td>{r.period}</td>
              <td><SourceLink onOpen={() => onOpen(r.jurisdiction, r.observation)} /></td>
            </tr>
          ))}
          {open && missing.slice(0, 500).map((r) => (
            <tr key={r.jurisdiction} data-no-population="">
              <td>—</td>
              <td>{shortName(catalog, r.jurisdiction, lang)}</td>
              <td>{formatFigure(r, metric, lang)}</td>
              <td>—</td>
              <td>{t('perCapita.noPopulation')}</td>
              <td>{r.period}</td>
              <td><SourceLink onOpen={() => onOpen(r.jurisdiction, r.observation)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
