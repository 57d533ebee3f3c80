import type { Catalog } from '../../model/catalog';
import { FigureCells } from '../../ui/components/FigureCells';
import { openSource } from '../../ui/hooks/open-source';
import type { LocatedObservation } from '../../model/compare';
import { CATEGORIES } from '../../model/constants';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';
import type { Report } from '../../model/schema';
import { isSpecific, specificFigures } from '../../model/specific';
import { SpecificFigures } from '../../ui/components/SpecificFigures';

/**
 * Every category with the jurisdiction's figures of shared indicators, each linked to its sentence; then its
 * report-specific figures, listed apart.
 */
export function ProfileFigures({ catalog, jurisdiction, observations, reports }: {
  catalog: Catalog;
  jurisdiction: string;
  observations: readonly LocatedObservation[];
  reports: readonly Report[];
}) {
  const { lang, t } = useLang();
  const specific = specificFigures(observations, catalog.metricById, { jurisdictions: [jurisdiction], year: null });
  return (
    <>
      <h3>{t('profile.figures')}</h3>
      <div className="profile-categories">
        {CATEGORIES.map((c) => {
          const list = observations.filter((o) => {
            const m = catalog.metricById.get(o.metric);
            return m?.category === c && !isSpecific(m);
          });
          return (
            <details key={c} className="data-table" open={list.length > 0 && list.length <= 8}>
              <summary>
                {t(`category.${c}`)} ({list.length})
              </summary>
              {list.length === 0 ? (
                <p className="note">{t('compare.notReported')}</p>
              ) : (
                <table>
                  <tbody>
                    {list.map((o) => {
                      const m = catalog.metricById.get(o.metric)!;
                      return (
                        <tr key={o.id}>
                          <td>{pickLang(m.name, lang)}</td>
                          <FigureCells figure={o} metric={m} period={o.period} onOpen={() => openSource(jurisdiction, o.report, o.offset)} />
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
            </details>
          );
        })}
      </div>
      <SpecificFigures figures={specific} catalog={catalog} reports={reports} withPlace={false} />
    </>
  );
}
