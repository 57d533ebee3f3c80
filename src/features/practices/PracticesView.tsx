import { useMemo, useState } from 'react';
import { SourceLink } from '../../ui/components/SourceLink';
import { openSource } from '../../ui/hooks/open-source';
import type { Catalog } from '../../model/catalog';
import { practiceMatrix } from '../../model/practice-matrix';
import { useJurisdictionData } from '../../reads/jurisdiction-data';
import { useUrlState } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';

const ALL_UP_TO = 30;

export default function PracticesView({ catalog }: { catalog: Catalog }) {
  const url = useUrlState();
  const { lang, t } = useLang();
  const few = catalog.jurisdictions.length <= ALL_UP_TO;
  const jurisdictions = few ? catalog.jurisdictions.map((j) => j.id) : url.jurisdictions.filter((j) => catalog.jurisdictionById.has(j));
  const data = useJurisdictionData(jurisdictions);
  const matrix = useMemo(() => (data.data ? practiceMatrix(catalog.practices, jurisdictions, data.data.mentions) : null), [data.data, catalog, jurisdictions]);
  const [open, setOpen] = useState<{ practice: string; jurisdiction: string } | null>(null);
  const short = (j: string) => pickLang(catalog.jurisdictionById.get(j)?.short ?? { zh: j, en: j }, lang);
  const quotes = open && data.data ? data.data.mentions.filter((m) => m.practice === open.practice && m.jurisdiction === open.jurisdiction) : [];
  return (
    <section aria-labelledby="practices-h">
      <h2 id="practices-h">{t('practices.title')}</h2>
      <p className="note">{t('practices.help')}</p>
      {!few && <p className="note">{t('practices.tooMany', { n: jurisdictions.length })}</p>}
      {!matrix ? (
        <p className="status" role="status">{t('app.loading')}</p>
      ) : (
        <div className="matrix-wrap">
          <table className="matrix" data-testid="practice-matrix">
            <thead>
              <tr>
                <th scope="col">{t('practices.practice')}</th>
                {matrix.jurisdictions.map((j) => (
                  <th scope="col" key={j}>
                    {short(j)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.practices.map((p, pi) => (
                <tr key={p.id}>
                  <th scope="row" title={p.description ? pickLang(p.description, lang) : undefined}>
                    {pickLang(p.name, lang)} <span className="note">· {t(`category.${p.category}`)}</span>
                  </th>
                  {matrix.counts[pi]!.map((n, ji) => {
                    const j = matrix.jurisdictions[ji]!;
                    return (
                      <td key={j} className={n ? 'yes' : 'no'}>
                        {n ? (
                          <button
                            type="button"
                            data-testid="practice-cell"
                            aria-label={t('practices.quotes', { practice: pickLang(p.name, lang), jurisdiction: short(j), n })}
                            onClick={() => setOpen({ practice: p.id, jurisdiction: j })}
                          >
                            {n}
                          </button>
                        ) : (
                          <span aria-label={t('practices.notMentioned')}>—</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <div className="quotes" role="region" aria-live="polite" data-testid="practice-quotes">
          <h3>
            {t('practices.quotes', {
              practice: pickLang(catalog.practiceById.get(open.practice)?.name ?? { zh: open.practice, en: open.practice }, lang),
              jurisdiction: short(open.jurisdiction),
              n: quotes.length,
            })}
          </h3>
          <ul>
            {quotes.map((m) => (
              <li key={m.id}>
                “{m.quote}”{' '}
                <SourceLink onOpen={() => openSource(m.jurisdiction, m.report, m.offset)} />
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setOpen(null)}>
            {t('practices.close')}
          </button>
        </div>
      )}
    </section>
  );
}
