import './register-strings';
import { toCsv } from '../../formats/export/csv';
import { CONTENTS } from '../../model/report-check';
import type { ReportRow } from '../../model/report-list';
import { downloadBlob } from '../../ui/download';
import { useLang } from '../../ui/hooks/useLang';
import { timelinessText } from './ContentCells';

/** The list as CSV: one row a report, each content as the sentence found or 未找到. */
export function ReportListCsv({ rows, place }: { rows: readonly ReportRow[]; place: (id: string) => string }) {
  const { t } = useLang();
  const download = () => {
    const header = [
      t('rc.col.place'),
      t('rc.col.year'),
      t('rc.col.title'),
      t('rc.col.source'),
      t('rc.csv.published'),
      t('rc.col.figures'),
      ...CONTENTS.map((c) => t(`rc.content.${c}`)),
      t('rc.csv.timeliness'),
      t('rc.csv.indicators'),
      t('rc.csv.peerMedian'),
    ];
    const body = rows.map((r) => [
      place(r.report.jurisdiction),
      r.report.period,
      r.report.title,
      r.report.source,
      r.report.published ?? '',
      r.figures,
      ...CONTENTS.map((c) => r.contents[c]?.match ?? t('rc.notFound')),
      timelinessText(t, r.timeliness, true),
      r.indicators,
      r.peers?.median ?? '',
    ]);
    downloadBlob(new Blob([toCsv(header, body)], { type: 'text/csv;charset=utf-8' }), 'reports-check.csv');
  };
  return (
    <button type="button" onClick={download} disabled={rows.length === 0} data-testid="rc-csv">
      {t('rc.csv')}
    </button>
  );
}
