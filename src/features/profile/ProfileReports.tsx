import type { Report } from '../../model/schema';
import { openSource } from '../../ui/hooks/open-source';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';

/** The jurisdiction's reports, each opening in the reader. */
export function ProfileReports({ jurisdiction, reports }: { jurisdiction: string; reports: readonly Report[] }) {
  const { t } = useLang();
  return (
    <>
      <h3>{t('profile.reports')}</h3>
      <ul>
        {reports.map((r) => (
          <li key={r.id}>
            <button type="button" className="link" onClick={() => openSource(jurisdiction, r.id, null)}>
              {r.period} · {r.title}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The quality notes of the jurisdiction's reports: each quotes the passage it is about. */
export function ProfileQuality({ reports }: { reports: readonly Report[] }) {
  const { lang, t } = useLang();
  return (
    <>
      <h3>{t('profile.quality')}</h3>
      {reports.some((r) => (r.notes ?? []).length > 0) ? (
        <ul>
          {reports.flatMap((r) =>
            (r.notes ?? []).map((n, i) => (
              <li key={`${r.id}-${i}`}>
                {r.title}: <code>{r.text.slice(n.offset, n.offset + n.length)}</code> — {pickLang(n.note, lang)}
              </li>
            )),
          )}
        </ul>
      ) : (
        <p className="note">{t('profile.noQuality')}</p>
      )}
    </>
  );
}
