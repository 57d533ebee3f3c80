import './register-strings';
import { useMemo } from 'react';
import type { Report } from '../../model/schema';
import { CONTENTS, checkContents } from '../../model/report-check';
import { timeliness } from '../../model/report-list';
import { updateUrl } from '../../ui/url/url-store';
import { useLang } from '../../ui/hooks/useLang';
import { findingTitle, timelinessText } from './ContentCells';

/** The open report's check in one line: each content found opens its sentence here. */
export function ReportCheckLine({ report }: { report: Report }) {
  const { t } = useLang();
  const contents = useMemo(() => checkContents(report), [report]);
  return (
    <p className="note rc-line" data-testid="reader-check">
      {t('rc.profileCheck')}:{' '}
      {CONTENTS.map((c) => {
        const f = contents[c];
        return (
          <span key={c}>
            {f ? (
              <button type="button" className="link" title={findingTitle(t, c, f, report.text)} onClick={() => updateUrl({ offset: f.at }, 'replace')}>
                ✓ {t(`rc.short.${c}`)}
              </button>
            ) : (
              <span title={findingTitle(t, c, null)}>— {t(`rc.short.${c}`)}</span>
            )}{' '}
            ·{' '}
          </span>
        );
      })}
      {timelinessText(t, timeliness(report))}
    </p>
  );
}
