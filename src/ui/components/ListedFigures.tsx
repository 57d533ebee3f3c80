import type { ReactNode } from 'react';
import type { Catalog } from '../../model/catalog';
import type { LocatedObservation } from '../../model/compare';
import type { Metric, Report } from '../../model/schema';
import { pickLang, shortName } from '../../i18n';
import { openSource } from '../hooks/open-source';
import { useLang } from '../hooks/useLang';
import { CaveatNotes } from './CaveatNotes';
import { SourceLink } from './SourceLink';
import { TableHead } from './TableHead';

/**
 * One figure listed apart from the charts (a report-specific figure, a figure only one place reports): the place
 * (unless left out), the indicator, the value as shown with its caveats, the year and the link to its sentence.
 */
export function ListedFigureRow({ observation: o, metric, display, period, catalog, reportTitle, withPlace = true }: {
  observation: Pick<LocatedObservation, 'dataset' | 'id' | 'jurisdiction' | 'report' | 'offset' | 'derived' | 'caveats'>;
  metric: Pick<Metric, 'id' | 'name'>;
  /** the value with its marks (≥, †) */
  display: string;
  /** the year, and what the view adds to it ("(adjacent year)") */
  period: string;
  catalog: Catalog;
  reportTitle: (report: string) => string;
  withPlace?: boolean;
}) {
  const { lang, t } = useLang();
  return (
    <tr data-metric={metric.id}>
      {withPlace && <td className="nowrap">{shortName(catalog, o.jurisdiction, lang)}</td>}
      <td>{pickLang(metric.name, lang)}</td>
      <td>
        <span className="nowrap">{display}</span>
        {o.derived ? ` (${t('compare.derived')})` : ''}
        <CaveatNotes caveats={o.caveats} />
      </td>
      <td className="nowrap">{period}</td>
      <td className="nowrap">
        <SourceLink onOpen={() => openSource(o.jurisdiction, o.report, o.offset)} title={reportTitle(o.report)} />
      </td>
    </tr>
  );
}

/** A report's title by its id (the id where the report is not at hand): the link's title of a listed figure. */
export const reportTitleOf = (reports: readonly Pick<Report, 'id' | 'title'>[]) => (id: string): string => reports.find((r) => r.id === id)?.title ?? id;

/** The frame of figures listed apart from the charts: a titled section, a note, and the table of their rows. */
export function ListedFigures({ id, className, testId, title, note, columns, children, after }: {
  id: string;
  className: string;
  testId: string;
  title: string;
  note: string;
  columns: readonly string[];
  children: ReactNode;
  /** under the table (an export menu) */
  after?: ReactNode;
}) {
  return (
    <section className={className} aria-labelledby={id} data-testid={testId}>
      <h3 id={id}>{title}</h3>
      <p className="note">{note}</p>
      <div className="data-table">
        <table>
          <TableHead columns={columns} />
          <tbody>{children}</tbody>
        </table>
      </div>
      {after}
    </section>
  );
}
