import type { Catalog } from '../../domain/catalog';
import type { Mention } from '../../domain/schema';
import { updateUrl } from '../../app/url';
import { useLang } from '../../app/useLang';
import { pickLang } from '../../i18n';

export function ProfilePractices({ catalog, jurisdiction, mentions }: { catalog: Catalog; jurisdiction: string; mentions: readonly Mention[] }) {
  const { lang, t } = useLang();
  const byPractice = new Map<string, Mention[]>();
  for (const m of mentions) {
    let list = byPractice.get(m.practice);
    if (!list) byPractice.set(m.practice, (list = []));
    list.push(m);
  }
  return (
    <>
      <h3>{t('profile.practices', { n: byPractice.size })}</h3>
      <ul className="practice-list">
        {[...byPractice].map(([id, list]) => {
          const p = catalog.practiceById.get(id);
          return (
            <li key={id}>
              <details>
                <summary>
                  {p ? pickLang(p.name, lang) : id} — {t('profile.mentions', { n: list.length })}
                </summary>
                <ul>
                  {list.map((m) => (
                    <li key={m.id}>
                      “{m.quote}”{' '}
                      <button type="button" className="link" onClick={() => updateUrl({ view: 'reader', profile: jurisdiction, report: m.report, offset: m.offset })}>
                        {t('table.openSource')}
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </>
  );
}
