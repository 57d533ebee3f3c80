import type { Panel } from '../../model/compare';
import type { Report } from '../../model/schema';
import { formatFigure } from '../../model/format';
import { SourceLink } from '../../ui/components/SourceLink';
import { TableHead } from '../../ui/components/TableHead';
import { QualityNotes } from '../../ui/components/QualityNotes';
import { CaveatNotes } from '../../ui/components/CaveatNotes';
import { caveatMark } from '../../model/caveats';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';
import { perCapitaCells } from '../../ui/per-capita-text';
import { gapText } from './panel-chart';

/** The panel's figures as a table (metric × jurisdiction, one row each), folded under the chart. */
export function CompareTable(props: {
  panel: Panel;
  /** the jurisdictions' short names, in panel order */
  names: readonly string[];
  reports: readonly Report[];
  openCell: (metricIndex: number, jurIndex: number) => void;
}) {
  const { panel, names, reports, openCell } = props;
  const { lang, t } = useLang();
  const reportTitle = (id: string) => reports.find((r) => r.id === id)?.title ?? id;
  if (panel.perCapita?.divided) return <PerCapitaTable {...props} />;
  return (
    <details className="data-table">
      <summary>{t('compare.table')}</summary>
      <table>
        <TableHead columns={[t('table.metric'), t('table.jurisdiction'), t('table.value'), t('table.period'), t('compare.source')]} />
        <tbody>
          {panel.metrics.map((m, mi) =>
            panel.jurisdictions.map((j, ji) => {
              const cell = panel.cells[mi]![ji]!;
              return (
                <tr key={`${m.id}-${j}`}>
                  <td>{pickLang(m.name, lang)}</td>
                  <td>{names[ji]}</td>
                  <td>
                    {cell.status === 'reported'
                      ? `${formatFigure(cell, m, lang)}${caveatMark(cell.observation.caveats)}${cell.derived ? ` (${t('compare.derived')})` : ''}`
                      : cell.status === 'not_reported'
                        ? gapText(cell, lang)
                        : t('compare.notReported')}
                    {cell.status === 'reported' && <CaveatNotes caveats={cell.observation.caveats} />}
                    {cell.status === 'reported' && <QualityNotes observation={cell.observation} reports={reports} />}
                  </td>
                  <td>
                    {cell.status === 'reported' ? cell.period : '—'}
                    {cell.status === 'reported' && cell.adjacent ? ` (${t('compare.adjacentShort')})` : ''}
                  </td>
                  <td>
                    {cell.status === 'reported' ? (
                      <SourceLink onOpen={() => openCell(mi, ji)} title={reportTitle(cell.observation.report)} />
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </details>
  );
}

/** Per 10,000 residents: the figure reported, the population it is divided by and the figure per head. */
function PerCapitaTable(props: Parameters<typeof CompareTable>[0]) {
  const { panel, names, reports, openCell } = props;
  const { lang, t } = useLang();
  const reportTitle = (id: string) => reports.find((r) => r.id === id)?.title ?? id;
  const columns = [t('table.metric'), t('table.jurisdiction'), t('perCapita.reported'), t('export.col.population'), t('perCapita.value'), t('table.period'), t('compare.source')];
  return (
    <details className="data-table">
      <summary>{t('compare.table')}</summary>
      <table data-testid="per-capita-table">
        <TableHead columns={columns} />
        <tbody>
          {panel.metrics.map((m, mi) =>
            panel.jurisdictions.map((j, ji) => {
              const cell = panel.cells[mi]![ji]!;
              const text = perCapitaCells(cell, m, lang);
              const reported = cell.status === 'reported' ? cell : cell.status === 'no_population' ? cell.raw : null;
              return (
                <tr key={`${m.id}-${j}`}>
                  <td>{pickLang(m.name, lang)}</td>
                  <td>{names[ji]}</td>
                  <td>
                    {text.reported}
                    {reported && caveatMark(reported.observation.caveats)}
                    {reported && <CaveatNotes caveats={reported.observation.caveats} />}
                  </td>
                  <td>{text.population}</td>
                  <td>{text.perHead}</td>
                  <td>{reported ? reported.period : '—'}</td>
                  <td>{reported ? <SourceLink onOpen={() => openCell(mi, ji)} title={reportTitle(reported.observation.report)} /> : '—'}</td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </details>
  );
}
