import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Catalog } from '../../model/catalog';
import { searchReports, type SearchHit } from '../../model/search';
import { useAllReports } from './reads/all-reports';
import { updateUrl, useUrlState } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';

/** opencc's traditional → simplified converter, loaded only when someone searches. */
async function toSimplified(s: string): Promise<string> {
  const { Converter } = await import('opencc-js/t2cn');
  return Converter({ from: 't', to: 'cn' })(s);
}

export function SearchPanel({ catalog }: { catalog: Catalog }) {
  const url = useUrlState();
  const { lang, t } = useLang();
  const [draft, setDraft] = useState(url.search);
  const reports = useAllReports(Boolean(url.search));
  const hits = useQuery({
    queryKey: ['search', url.search, reports.dataUpdatedAt],
    enabled: Boolean(url.search) && reports.isSuccess,
    queryFn: async () => searchReports(reports.data ?? [], await toSimplified(url.search)),
  });
  const byJurisdiction = new Map<string, SearchHit[]>();
  for (const h of hits.data ?? []) {
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
      {url.search && hits.data && (
        <div data-testid="search-results">
          <p className="note">{hits.data.length ? t('reader.hits', { n: hits.data.length }) : t('reader.noHits')}</p>
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
