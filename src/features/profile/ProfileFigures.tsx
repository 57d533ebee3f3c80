import type { Catalog } from '../../model/catalog';
import { FigureCells } from '../../ui/components/FigureCells';
import { openSource } from '../../ui/hooks/open-source';
import type { LocatedObservation } from '../../model/compare';
import { CATEGORIES } from '../../model/constants';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';

/** Every category with the jurisdiction's figures, each linked to its sentence. */
export function ProfileFigures({ catalog, jurisdiction, observations }: { catalog: Catalog; jurisdiction: string; observations: readonly LocatedObservation[] }) {
  const { lang, t } = useLang();
  return (
    <>
      <h3>{t('profile.figures')}</h3>
      <div className="profile-categories">
        {CATEGORIES.map((c) => {
          const list = observations.filter((o) => catalog.metricById.get(o.metric)?.category === c);
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
    </>
  );
}
