import './register-strings';
import { useEffect, useMemo, useState } from 'react';
import type { Catalog } from '../../model/catalog';
import { searchReports, type SearchHit } from '../../model/search';
import { loadToSimplified, type ToSimplified } from '../../model/to-simplified';
import { useAllReports } from './reads/all-reports';
import { updateUrl, useUrlState } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';

/** The converter, null until its module is loaded (which starts once something is searched). */
function useToSimplified(wanted: boolean): ToSimplified | null {
  const [convert, setConvert] = useState<ToSimplified | null>(null);
  useEffect(() => {
    if (!wanted || convert) return;
    let live = true;
    loadToSimplified().then(
      (c) => live && setConvert(() => c),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wanted, convert]);
  return convert;
}

export function SearchPanel({ catalog }: { catalog: Catalog }) {
  const url = useUrlState();
  const { lang, t } = useLang();
  const [draft, setDraft] = useState(url.search);
  const reports = useAllReports(Boolean(url.search));
  const convert = useToSimplified(Boolean(url.search));
  // the texts are a read of the store; the search over them is plain computation, redone when they or the words change
  const hits = useMemo(
    () => (url.search && reports.data && convert ? searchReports(reports.data, convert(url.search)) : null),
    [url.search, reports.data, convert],
  );
  const byJurisdiction = new Map<string, SearchHit[]>();
  for (const h of hits ?? []) {
    let list = byJurisdiction.get(h.jurisdiction);
    if (!list) byJurisdiction.set(h.jurisdiction, (list = []));
    list.push(h);
  }
  return (
    <div className="search">
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          updateUrl({ search: draft.trim() });
        }}
      >
        <label>
          {t('reader.search')}{' '}
          <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} data-testid="search-input" maxLength={200} />
        </label>{' '}
        <button type="submit">{t('reader.searchButton')}</button>
      </form>
      {url.search && hits && (
        <div data-testid="search-results">
          <p className="note">{hits.length ? t('reader.hits', { n: hits.length }) : t('reader.noHits')}</p>
          {[...byJurisdiction].map(([j, list]) => (
            <section key={j}>
              <h4>{pickLang(catalog.jurisdictionById.get(j)?.name ?? { zh: j, en: j }, lang)}</h4>
              <ul>
                {list.map((h) => (
                  <li key={`${h.report}-${h.offset}`} data-testid="search-hit">
                    …{h.before}
                    <mark className="quote">{h.match}</mark>
                    {h.after}…{' '}
                    <button type="button" className="link" onClick={() => updateUrl({ profile: h.jurisdiction, report: h.report, offset: h.offset })}>
                      {t('reader.open')}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
