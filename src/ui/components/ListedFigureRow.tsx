import type { Catalog } from '../../model/catalog';
import type { LocatedObservation } from '../../model/compare';
import type { Metric } from '../../model/schema';
import { pickLang, shortName } from '../../i18n';
import { openSource } from '../hooks/open-source';
import { useLang } from '../hooks/useLang';
import { CaveatNotes } from './CaveatNotes';
import { SourceLink } from './SourceLink';

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
