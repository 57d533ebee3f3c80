import './register-strings';
import { useMemo } from 'react';
import type { Report } from '../../model/schema';
import { CONTENTS, type ContentKey, type Finding } from '../../model/report-check';
import { reportRows, type ReportRow } from '../../model/report-list';
import { useCatalog } from '../../reads/catalog';
import { useReportChecks } from '../../reads/report-checks';
import { openSource } from '../../ui/hooks/open-source';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang, type Translate } from '../../i18n';

/** The jurisdiction's reports, each opening in the reader, with its contents check (each found content opens its sentence). */
export function ProfileReports({ jurisdiction, reports }: { jurisdiction: string; reports: readonly Report[] }) {
  const { t } = useLang();
  const checks = useReportChecks();
  const catalog = useCatalog();
  const rows = useMemo(() => {
    if (!checks.data || !catalog.data) return null;
    return new Map(reportRows(checks.data, catalog.data).filter((r) => r.report.jurisdiction === jurisdiction).map((r) => [r.report.id, r]));
  }, [checks.data, catalog.data, jurisdiction]);
  return (
    <>
      <h3>{t('profile.reports')}</h3>
      <p className="note">{t('rc.about')}</p>
      <ul data-testid="profile-reports">
        {reports.map((r) => {
          const row = rows?.get(r.id);
          return (
            <li key={r.id} data-testid="profile-report" data-report={r.id}>
              <button type="button" className="link" onClick={() => openSource(jurisdiction, r.id, null)}>
                {r.period} · {r.title}
              </button>
              {row ? <CompactCheck row={row} jurisdiction={jurisdiction} t={t} /> : checks.error ? null : <span className="note"> {t('rc.checking')}</span>}
            </li>
          );
        })}
      </ul>
    </>
  );
}

const label = (t: Translate, c: ContentKey, f: Finding | null) => `${t(`rc.content.${c}`)}:${f ? f.match : t('rc.notFound')}`;

function CompactCheck({ row, jurisdiction, t }: { row: ReportRow; jurisdiction: string; t: Translate }) {
  const x = row.timeliness;
  const time = x.kind === 'unknown' ? t('rc.time.unknown') : t(`rc.time.${x.kind}`, { published: x.published, deadline: x.deadline });
  const indicators = row.peers
    ? t('rc.indicators', { n: row.indicators, median: Math.round(row.peers.median * 10) / 10 })
    : t('rc.indicatorsAlone', { n: row.indicators });
  return (
    <div className="note rc-compact" data-testid="profile-check">
      {CONTENTS.map((c) => {
        const f = row.contents[c];
        return (
          <span key={c}>
            {f ? (
              <button type="button" className="link" title={label(t, c, f)} onClick={() => openSource(jurisdiction, row.report.id, f.at)} data-testid={`profile-rc-${c}`}>
                {/* the name a screen reader hears begins with what is seen (✓ 举措成效), then what was found */}
                ✓ {t(`rc.short.${c}`)}
                <span className="visually-hidden">: {label(t, c, f)}</span>
              </button>
            ) : (
              <span title={label(t, c, null)} data-testid={`profile-rc-${c}`}>
                — {t(`rc.short.${c}`)}
              </span>
            )}
            {' · '}
          </span>
        );
      })}
      {time} · {indicators}
    </div>
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
