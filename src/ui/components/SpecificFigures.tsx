import type { Catalog } from '../../model/catalog';
import { formatFigure } from '../../model/format';
import { caveatMark } from '../../model/caveats';
import type { SpecificFigure } from '../../model/specific';
import type { Report } from '../../model/schema';
import { useLang } from '../hooks/useLang';
import { ListedFigureRow } from './ListedFigureRow';
import { TableHead } from './TableHead';

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
  const title = (id: string) => reports.find((r) => r.id === id)?.title ?? id;
  const columns = [
    ...(withPlace ? [t('table.jurisdiction')] : []),
    t('specific.figure'),
    t('table.value'),
    t('table.period'),
    t('compare.source'),
  ];
  return (
    <section className="specific-figures" aria-labelledby="specific-h" data-testid="specific-figures">
      <h3 id="specific-h">{t('specific.title')}</h3>
      <p className="note">{t('specific.note')}</p>
      <div className="data-table">
        <table>
          <TableHead columns={columns} />
          <tbody>
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
          </tbody>
        </table>
      </div>
    </section>
  );
}
