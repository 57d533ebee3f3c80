import './register-strings';
import type { Catalog } from '../../model/catalog';
import { SourceLink } from '../../ui/components/SourceLink';
import { openSource } from '../../ui/hooks/open-source';
import type { Mention } from '../../model/schema';
import { useLang } from '../../ui/hooks/useLang';
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
                      <SourceLink onOpen={() => openSource(jurisdiction, m.report, m.offset)} />
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
