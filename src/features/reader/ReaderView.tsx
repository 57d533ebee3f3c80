import './register-strings';
import type { Catalog } from '../../model/catalog';
import { useJurisdictionData } from '../../reads/jurisdiction-data';
import { useReportHome } from './reads/report-home';
import { updateUrl, useUrlState } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { pickLang } from '../../i18n';
import { ReportText } from './ReportText';
import { ReportFigures } from './ReportFigures';
import { SearchPanel } from './SearchPanel';
import { ReportList } from './ReportList';
import { ReportCheckLine } from './ReportCheckLine';
import { JurisdictionOptions } from '../../ui/components/JurisdictionOptions';

/** The reader: with no report chosen, the list of stored reports (of the chosen place, if one is); else the report. */
export default function ReaderView({ catalog }: { catalog: Catalog }) {
  const url = useUrlState();
  const { lang, t } = useLang();
  // The jurisdiction in focus: from the link, else found by scanning for the report.
  const home = useReportHome(url.report ?? '', !url.profile && Boolean(url.report));
  const jurisdiction = url.profile ?? home.data ?? null;
  const open = Boolean(url.report);
  const data = useJurisdictionData(jurisdiction && open ? [jurisdiction] : [], Boolean(jurisdiction) && open);
  const reports = data.data?.reports ?? [];
  const report = reports.find((r) => r.id === url.report);
  const j = jurisdiction ? catalog.jurisdictionById.get(jurisdiction) : undefined;

  return (
    <section aria-labelledby="reader-h" className="reader">
      <h2 id="reader-h">{t('reader.title')}</h2>
      <SearchPanel catalog={catalog} />
      <div className="controls">
        <label>
          {t('reader.jurisdiction')}{' '}
          <select value={jurisdiction ?? ''} onChange={(e) => updateUrl({ profile: e.target.value || null, report: null, offset: null })}>
            <option value="">—</option>
            <JurisdictionOptions jurisdictions={catalog.jurisdictions} />
          </select>
        </label>
        {open && reports.length > 0 && (
          <label>
            {t('reader.report')}{' '}
            <select value={report?.id ?? ''} onChange={(e) => updateUrl({ report: e.target.value, offset: null })}>
              {!report && <option value="">—</option>}
              {reports.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.period} · {r.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {open && (
          <button type="button" className="link" onClick={() => updateUrl({ profile: null, report: null, offset: null })} data-testid="reader-back">
            {t('rc.back')}
          </button>
        )}
      </div>
      {j?.abolished && <p className="warn">{t('reader.abolished', { year: j.abolished.year, note: pickLang(j.abolished.note, lang) })}</p>}
      {!open ? (
        <ReportList catalog={catalog} only={jurisdiction} />
      ) : !jurisdiction && home.isPending ? (
        <p className="status" role="status">{t('app.loading')}</p>
      ) : !jurisdiction ? (
        <p className="status">{t('reader.notFound')}</p>
      ) : data.isPending ? (
        <p className="status" role="status">{t('app.loading')}</p>
      ) : !report ? (
        <p className="status">{t('reader.notFound')}</p>
      ) : (
        <>
          <ReportCheckLine report={report} />
          <div className="reader-layout">
            <ReportText report={report} observations={data.data!.observations} offset={url.offset} />
            <ReportFigures report={report} observations={data.data!.observations} catalog={catalog} />
          </div>
        </>
      )}
    </section>
  );
}
