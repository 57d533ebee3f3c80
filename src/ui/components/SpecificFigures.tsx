import type { Catalog } from '../../model/catalog';
import { formatFigure } from '../../model/format';
import { caveatMark } from '../../model/caveats';
import type { SpecificFigure } from '../../model/specific';
import type { Report } from '../../model/schema';
import { useLang } from '../hooks/useLang';
import { ListedFigureRow, ListedFigures, reportTitleOf } from './ListedFigures';

/**
 * The figures specific to one report (no shared indicator), listed apart from the charts: place, figure, value
 * with its qualifier, year and the link to its sentence. Nothing when there is none.
 */
export function SpecificFigures({ figures, catalog, reports, withPlace = true }: {
  figures: readonly SpecificFigure[];
  catalog: Catalog;
  /** the reports of the figures (the link's title) */
  reports: readonly Pick<Report, 'id' | 'title'>[];
  /** a column naming the place (left out where the view shows one place) */
  withPlace?: boolean;
}) {
  const { lang, t } = useLang();
  if (figures.length === 0) return null;
  const title = reportTitleOf(reports);
  const columns = [
    ...(withPlace ? [t('table.jurisdiction')] : []),
    t('specific.figure'),
    t('table.value'),
    t('table.period'),
    t('compare.source'),
  ];
  return (
    <ListedFigures id="specific-h" className="specific-figures" testId="specific-figures" title={t('specific.title')} note={t('specific.note')} columns={columns}>
      {figures.map(({ metric, observation: o }) => (
        <ListedFigureRow
          key={`${o.dataset}|${o.id}`}
          observation={o}
          metric={metric}
          display={`${formatFigure(o, metric, lang)}${caveatMark(o.caveats)}`}
          period={String(o.period)}
          catalog={catalog}
          reportTitle={title}
          withPlace={withPlace}
        />
      ))}
    </ListedFigures>
  );
}
